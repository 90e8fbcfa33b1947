#include "frame_pacer.h"

#include "imgui_internal.h"

unsigned int HashDrawData(const ImDrawData* data)
{
    unsigned int hash = 0;
    for (const ImDrawList* list : data->CmdLists)
    {
        hash = ImHashData(list->VtxBuffer.Data, list->VtxBuffer.size_in_bytes(), hash);
        hash = ImHashData(list->IdxBuffer.Data, list->IdxBuffer.size_in_bytes(), hash);
    }
    return hash;
}

void FramePacer::FrameDrawn(const ImDrawData* data, bool input_queued, bool animating)
{
    if (FramesToDraw_ > 0)
        FramesToDraw_--;
    // What a tap changes shows in the frame after the queue empties.
    if (input_queued)
        FramesToDraw_ = ImMax(FramesToDraw_, 2);
    const unsigned int hash = HashDrawData(data);
    if (hash != LastDrawHash_ || animating)
        FramesToDraw_ = ImMax(FramesToDraw_, 1);
    LastDrawHash_ = hash;
}
