// Two fingers pinching on the page change the text size (the browser's own pinch zoom is off: it
// would blur the canvas and hide half the page). Spreading the fingers by a factor of StepRatio
// steps the size up once, bringing them together by as much steps it down; the steps are counted
// from where the fingers were when the second one landed, so a gesture gives the same steps
// however its movement is split into events.
//
// Pure input bookkeeping, no SDL: SdlRunner feeds it finger events in pixels.
#pragma once

#include <cstdint>

#include "imgui.h"

struct PinchParams
{
    float   StepRatio = 1.2f;       // fingers this much further apart (or nearer) for one step
    float   MinDistancePx = 16.0f;  // closer than this the distance is too noisy to measure from
};

class PinchGesture
{
public:
    explicit PinchGesture(const PinchParams& params = {}) : Params_(params) {}

    void    FingerDown(int64_t finger, ImVec2 pos);
    void    FingerMove(int64_t finger, ImVec2 pos);
    void    FingerUp(int64_t finger);

    // A pinch started since the last call: the caller cancels what the first finger began (a press,
    // a drag) so that it neither taps nor scrolls.
    bool    TakeStarted();
    // Size steps owed since the last call: positive to grow, negative to shrink.
    int     TakeSteps();
    // From a pinch's start until every finger has lifted: the fingers' pointer input goes nowhere.
    bool    Holding() const     { return Holding_; }

private:
    struct Finger
    {
        int64_t Id = 0;
        ImVec2  Pos;
    };
    int     IndexOf(int64_t finger) const;
    float   Distance() const;
    void    Measure();

    PinchParams Params_;
    Finger      Fingers_[2];
    int         Count_ = 0;         // fingers down among the two followed (a third is ignored)
    int         Down_ = 0;          // every finger down, followed or not
    bool        Holding_ = false;
    bool        Started_ = false;   // not taken yet
    bool        Pinching_ = false;  // two followed fingers: StartDistance_ is measured
    float       StartDistance_ = 0.0f;
    int         Total_ = 0;         // steps the gesture has reached
    int         Taken_ = 0;         // of those, handed out by TakeSteps()
};
