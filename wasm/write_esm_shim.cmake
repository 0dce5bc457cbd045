# cmake -DDIST=<dir> -P write_esm_shim.cmake
# Writes <dir>/asl-core.mjs (asl-core.js with an ES default export of createAslCore) and
# <dir>/package.json ({"type": "commonjs"}, so Node's require() takes asl-core.js).
file(READ ${DIST}/asl-core.js script)
file(WRITE ${DIST}/asl-core.mjs "${script}\nexport default createAslCore;\n")
file(WRITE ${DIST}/package.json "{\n  \"type\": \"commonjs\"\n}\n")
