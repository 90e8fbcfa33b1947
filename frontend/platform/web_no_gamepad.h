// Forced into Dear ImGui's SDL2 backend on the web only (frontend/CMakeLists.txt). The backend asks
// SDL for a gamepad every frame (when gamepad navigation is on, which Trellis never turns on), and
// that one call links all of SDL's game controller code: its mapping database and the parsers of
// it, about 3 KB brotli on every first visit. On the web the answer is always "no gamepad".
#pragma once

#include <SDL.h>

static inline SDL_GameController* TrellisNoGamepad(int) { return nullptr; }
#define SDL_GameControllerOpen TrellisNoGamepad
