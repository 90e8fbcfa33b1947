// Drag-to-scroll for a touch screen: a finger that moves more than a few pixels scrolls the window
// it started in instead of pressing what is under it, and the scroll carries on with inertia after
// the finger lifts. A mouse wheel keeps working as ImGui does it.
#pragma once

#include "imgui.h"

struct TouchScrollParams
{
    float   DragThresholdPx = 8.0f;     // movement before a touch becomes a drag (a tap wobbles less)
    float   FrictionPerSecond = 0.04f;  // the share of its speed a fling keeps after one second
    float   MinSpeedPxPerS = 12.0f;     // a fling slower than this stops
    float   MaxSpeedPxPerS = 6000.0f;   // a fling never goes faster than this
};

class TouchScroller
{
public:
    // Call inside the scrolling window, after its content (ImGui::EndChild() comes after).
    void    Update(const TouchScrollParams& params = {});
    // Forgets any drag or fling (the page changed under it).
    void    Stop()              { Pressed_ = Dragging_ = false; Velocity_ = 0.0f; }
    bool    IsDragging() const  { return Dragging_; }
    bool    IsMoving() const    { return Dragging_ || Velocity_ != 0.0f; }

private:
    bool    Pressed_ = false;       // a press started in this window and is not released
    bool    Dragging_ = false;      // that press moved past the threshold
    float   StartY_ = 0.0f;         // where the finger went down
    float   StartScroll_ = 0.0f;    // the scroll then
    float   Target_ = 0.0f;         // the scroll asked for last frame (ImGui applies it a frame later)
    float   Velocity_ = 0.0f;       // px/s of scroll, while flinging after release (and tracked while dragging)
};
