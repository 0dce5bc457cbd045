# Shared set-up for the scripts in scripts/: installs what is missing, safe to run again.
# Sourced, not run. Dependencies come only from Debian packages and the npm registry.

# ensure_apt_packages PKG...: installs the Debian packages that are not installed yet.
ensure_apt_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The native toolchain and the C++ test and benchmark libraries.
ensure_native_toolchain() {
  ensure_apt_packages cmake ninja-build g++ libgtest-dev libgmock-dev libbenchmark-dev
}

# configure_native BUILD_DIR [CMAKE ARGS...]: configures the native build (Release by default).
configure_native() {
  local dir="$1"
  shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
}

jobs_count() { nproc 2>/dev/null || echo 2; }

# Node.js and npm (Node 20 is expected; Debian's own package is the fallback when none exists).
ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ensure_apt_packages nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 18 ]; then
    echo "error: Node.js $major is too old; install Node.js 20 or newer" >&2
    return 1
  fi
}
