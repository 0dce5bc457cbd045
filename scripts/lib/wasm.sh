# The WebAssembly build of the asl-wasm package (wasm/js). Sourced after setup.sh, not run.
# Uses Debian's emscripten package (3.1.6); its quirks are handled here.

# require_node_major N: fails with advice unless Node.js is at least version N (the package
# needs 20: ensure_node in setup.sh accepts older ones).
require_node_major() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt "$1" ]; then
    echo "error: asl-wasm needs Node.js $1 or later; this machine has $(node --version)." >&2
    return 1
  fi
}

# Emscripten, CMake, Ninja and Node.
ensure_wasm_toolchain() {
  ensure_apt_packages emscripten cmake ninja-build
  ensure_node
  require_node_major 20
}

# em ARGS...: runs an Emscripten tool with Debian's Node modules (acorn) on NODE_PATH.
em() {
  NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" "$@"
}

# build_wasm BUILD_DIR: configures (once; Ninja re-runs CMake when a CMakeLists.txt changes) and
# builds the module's target only. The artefacts land in BUILD_DIR/wasm/dist/.
build_wasm() {
  local dir="$1"
  if [ ! -f "$dir/build.ninja" ]; then
    em emcmake cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  em ninja -C "$dir" -j"$(jobs_count)" asl_core
}

# install_wasm_dist BUILD_DIR DEST: copies the artefacts the package loads into DEST, leaving
# unchanged files untouched.
install_wasm_dist() {
  local from="$1/wasm/dist" to="$2"
  local file
  mkdir -p "$to"
  for file in asl-core.js asl-core.mjs asl-core.wasm package.json; do
    cmp -s "$from/$file" "$to/$file" || cp "$from/$file" "$to/$file"
  done
}
