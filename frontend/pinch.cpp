#include "pinch.h"

#include <cmath>

int PinchGesture::IndexOf(int64_t finger) const
{
    for (int i = 0; i < Count_; i++)
        if (Fingers_[i].Id == finger)
            return i;
    return -1;
}

float PinchGesture::Distance() const
{
    const float dx = Fingers_[0].Pos.x - Fingers_[1].Pos.x;
    const float dy = Fingers_[0].Pos.y - Fingers_[1].Pos.y;
    return std::sqrt(dx * dx + dy * dy);
}

void PinchGesture::FingerDown(int64_t finger, ImVec2 pos)
{
    if (IndexOf(finger) >= 0)
        return;     // said twice
    Down_++;
    if (Count_ == 2)
        return;
    Fingers_[Count_++] = Finger{finger, pos};
    if (Count_ == 2)
    {
        Pinching_ = true;
        if (!Holding_)
            Started_ = true;
        Holding_ = true;
        StartDistance_ = Distance();
        // Steps already handed out in this hold (a finger lifted and landed again) stay taken.
        Total_ = Taken_ = 0;
    }
}

void PinchGesture::FingerMove(int64_t finger, ImVec2 pos)
{
    const int i = IndexOf(finger);
    if (i < 0)
        return;
    Fingers_[i].Pos = pos;
    if (Pinching_)
        Measure();
}

void PinchGesture::Measure()
{
    if (StartDistance_ < Params_.MinDistancePx)
    {
        StartDistance_ = Distance();    // fingers landed on top of each other: measure from where they part
        return;
    }
    const float distance = std::fmax(Distance(), 1.0f);
    const float steps = std::log(distance / StartDistance_) / std::log(Params_.StepRatio);
    // A step is left only by going a whole step back, so fingers resting on a boundary do not flicker
    // across it (each crossing bakes the fonts again).
    if (steps >= static_cast<float>(Total_ + 1))
        Total_ = static_cast<int>(std::floor(steps));
    else if (steps <= static_cast<float>(Total_ - 1))
        Total_ = static_cast<int>(std::ceil(steps));
}

void PinchGesture::FingerUp(int64_t finger)
{
    Down_ = Down_ > 0 ? Down_ - 1 : 0;
    const int i = IndexOf(finger);
    if (i >= 0)
    {
        Fingers_[i] = Fingers_[Count_ - 1];
        Count_--;
        Pinching_ = false;
    }
    if (Down_ == 0)
    {
        Count_ = 0;
        Holding_ = false;
    }
}

bool PinchGesture::TakeStarted()
{
    const bool started = Started_;
    Started_ = false;
    return started;
}

int PinchGesture::TakeSteps()
{
    const int steps = Total_ - Taken_;
    Taken_ = Total_;
    return steps;
}
