# Shared settings for the scripts. Sourced, never run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/trellis"
IMGUI_DEB_VERSION=1.90.1+ds-1
SDL2_DEB_VERSION=2.26.5+dfsg-1
IMGUI_DIR="$CACHE/imgui-$IMGUI_DEB_VERSION"
# "-lean": SDL2 built with only what Trellis uses (scripts/deps); a change of its options needs a
# new name here, so no cache keeps serving the old build.
SDL2_WASM_PREFIX="$CACHE/sdl2-wasm-$SDL2_DEB_VERSION-lean"

log() { printf '\033[1m[trellis]\033[0m %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's emcc finds acorn in /usr/share/nodejs; its output runs under node 20 only without
# the experimental fetch.
emcc_env() {
    export NODE_PATH=/usr/share/nodejs
}
