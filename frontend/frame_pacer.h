// When to draw: an idle Trellis draws nothing, so a phone's battery is spent only on change. A
// frame is owed after input (a few: ImGui's queue spreads a tap over frames), after a frame that
// looked different from the one before (what changed may change more), and for as long as
// something moves on its own, such as a fling: ImGui rounds scrolling to whole pixels, so the slow
// end of a fling can draw a frame identical to the last one while it still has speed. Stopping
// there froze the fling, and the next touch woke it with a jump under the finger (the tap landed
// on whatever slid there). No SDL or GL here: the runners use it, and tests drive it.
#pragma once

#include "imgui.h"

// A hash of what a frame draws (vertices and indices): equal hashes, same picture.
unsigned int    HashDrawData(const ImDrawData* data);

class FramePacer
{
public:
    explicit FramePacer(int settle_frames = 3) : SettleFrames_(settle_frames) {}

    // Input arrived (or the app changed outside a frame): draw until it settles.
    void    Wake()              { FramesToDraw_ = SettleFrames_; }
    bool    NeedsFrame() const  { return FramesToDraw_ > 0; }
    // After each frame drawn: `data` is what it drew; `input_queued` whether ImGui still holds
    // input for later frames; `animating` whether something is moving with no input (App::IsAnimating()).
    void    FrameDrawn(const ImDrawData* data, bool input_queued, bool animating);

private:
    int             SettleFrames_;
    int             FramesToDraw_ = 0;
    unsigned int    LastDrawHash_ = 0;
};
