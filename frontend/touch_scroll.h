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
    float   MaxStepS = 1.0f / 15.0f;    // a frame late by more than this (a stalled page) moves a
                                        // fling as far as this long a frame would, not in one leap
};

class TouchScroller
{
public:
    // Call inside the scrolling window, after its content (ImGui::EndChild() comes after).
    void    Update(const TouchScrollParams& params = {});
    // Forgets any drag or fling (the page changed under it).
    void    Stop()              { Pressed_ = Dragging_ = ScrollPending_ = false; Velocity_ = 0.0f; }
    bool    IsDragging() const  { return Dragging_; }
    bool    IsMoving() const    { return Dragging_ || Velocity_ != 0.0f; }
    // Moving with no finger on it: frames are owed until it stops, changed pixels or not.
    bool    IsFlinging() const  { return !Pressed_ && (Velocity_ != 0.0f || ScrollPending_); }

private:
    bool    Pressed_ = false;       // a press started in this window and is not released
    bool    Dragging_ = false;      // that press moved past the threshold
    float   StartY_ = 0.0f;         // where the finger went down
    float   StartScroll_ = 0.0f;    // the scroll then
    float   Target_ = 0.0f;         // the scroll asked for last frame (ImGui applies it a frame later)
    float   Velocity_ = 0.0f;       // px/s of scroll, while flinging after release (and tracked while dragging)
    bool    ScrollPending_ = false; // this frame's fling step is still to show (the last one too)
};
