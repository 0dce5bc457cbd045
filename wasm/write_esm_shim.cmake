# cmake -DDIST=<dir> -P write_esm_shim.cmake
# Writes <dir>/asl-core.mjs (asl-core.js without its CommonJS/AMD export tail, with an ES default
# export of createAslCore) and <dir>/package.json ({"type": "commonjs"}, so that Node's require()
# takes asl-core.js inside the "type": "module" package).
file(READ ${DIST}/asl-core.js script)
string(FIND "${script}" "if (typeof exports === 'object' && typeof module === 'object')" tail)
if(tail GREATER -1)
  string(SUBSTRING "${script}" 0 ${tail} script)
endif()
file(WRITE ${DIST}/asl-core.mjs "${script}export default createAslCore;\n")
file(WRITE ${DIST}/package.json "{\n  \"type\": \"commonjs\"\n}\n")
