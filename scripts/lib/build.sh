# Build steps shared by scripts/run and scripts/test. Sourced after common.sh, never run.

# The native build: core, desktop app, unit and UI tests.
build_native() {
    log "building native (build/native)"
    cmake -S "$ROOT" -B "$ROOT/build/native" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DTRELLIS_IMGUI_DIR="$IMGUI_DIR" >"$ROOT/build/native-configure.log" 2>&1 \
        || { cat "$ROOT/build/native-configure.log"; return 1; }
    cmake --build "$ROOT/build/native" -- -k 0
}

# The web build: the app into build/web/, and the core tests as wasm (build/wasm).
build_web() {
    emcc_env
    log "building web (build/wasm -> build/web)"
    emcmake cmake -S "$ROOT" -B "$ROOT/build/wasm" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DTRELLIS_IMGUI_DIR="$IMGUI_DIR" -DSDL2_DIR="$SDL2_WASM_PREFIX/lib/cmake/SDL2" \
        -DTRELLIS_WEB_OUT="$ROOT/build/web" \
        "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" \
        >"$ROOT/build/wasm-configure.log" 2>&1 \
        || { cat "$ROOT/build/wasm-configure.log"; return 1; }
    cmake --build "$ROOT/build/wasm" -- -k 0
}
