#include "touch_scroll.h"

#include <cmath>

#include "imgui_internal.h"

void TouchScroller::Update(const TouchScrollParams& params)
{
    ImGuiIO& io = ImGui::GetIO();
    const float dt = ImMax(io.DeltaTime, 1.0f / 1000.0f);
    ScrollPending_ = false;     // ImGui applied last frame's SetScrollY() as this frame began

    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
    {
        Pressed_ = true;
        Dragging_ = false;
        Velocity_ = 0.0f;       // a touch stops a fling, as on every phone
        StartY_ = io.MousePos.y;
        StartScroll_ = ImGui::GetScrollY();
        Target_ = StartScroll_;
    }

    if (Pressed_ && ImGui::IsMouseDown(ImGuiMouseButton_Left))
    {
        const float moved = io.MousePos.y - StartY_;
        if (!Dragging_ && std::fabs(moved) > params.DragThresholdPx)
        {
            // From here the finger scrolls: whatever it pressed must not fire on release.
            Dragging_ = true;
            ImGui::ClearActiveID();
        }
        if (Dragging_)
        {
            const float target = ImClamp(StartScroll_ - moved, 0.0f, ImGui::GetScrollMaxY());
            ImGui::SetScrollY(target);
            Velocity_ = ImLerp(Velocity_, (target - Target_) / dt, 0.5f);  // smoothed: one jittery sample must not fling
            Target_ = target;
        }
        return;
    }

    if (Pressed_)
    {
        // Released: a drag becomes a fling, a tap was a tap.
        Pressed_ = false;
        if (!Dragging_)
            Velocity_ = 0.0f;
        Dragging_ = false;
        Velocity_ = ImClamp(Velocity_, -params.MaxSpeedPxPerS, params.MaxSpeedPxPerS);
    }

    if (Velocity_ != 0.0f)
    {
        const float step = ImMin(dt, params.MaxStepS);
        const float next = Target_ + Velocity_ * step;
        Target_ = ImClamp(next, 0.0f, ImGui::GetScrollMaxY());
        ImGui::SetScrollY(Target_);
        ScrollPending_ = true;
        Velocity_ *= std::pow(params.FrictionPerSecond, step);
        if (std::fabs(Velocity_) < params.MinSpeedPxPerS || next <= 0.0f || next >= ImGui::GetScrollMaxY())
            Velocity_ = 0.0f;
    }
}
