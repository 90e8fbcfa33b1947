#include "core/history.h"

namespace trellis {

void EditHistory::Push(HistoryStep step)
{
    Undone_.clear();
    Pushes_++;
    Done_.push_back(std::move(step));
    while (Done_.size() > Limits_.Steps)
        Done_.pop_front();
}

const HistoryStep* EditHistory::Undo()
{
    if (Done_.empty())
        return nullptr;
    Undone_.push_back(std::move(Done_.back()));
    Done_.pop_back();
    return &Undone_.back();
}

const HistoryStep* EditHistory::Redo()
{
    if (Undone_.empty())
        return nullptr;
    Done_.push_back(std::move(Undone_.back()));
    Undone_.pop_back();
    return &Done_.back();
}

} // namespace trellis
