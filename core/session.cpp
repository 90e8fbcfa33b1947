#include "core/session.h"

#include <algorithm>

namespace trellis {

Session::Session(WorkspaceStore& store, uint64_t seed) : Store_(store), Ids_(seed)
{
}

Status Session::Open()
{
    Result<LoadedWorkspace> loaded = Store_.Load();
    if (!loaded)
        return loaded.GetError();
    Workspace_ = std::move(loaded->Data);
    if (loaded->IsNew || Workspace_.DeviceId == 0)
        Workspace_.DeviceId = Ids_.Next().Lo | 1;   // never 0: 0 means "no device"
    Clock_ = HybridClock(Workspace_.DeviceId);
    Clock_.Observe(Workspace_.Clock);
    Opened_ = true;
    return Status::Ok();
}

RecordMeta Session::NewMeta(int64_t now_ms)
{
    RecordMeta meta;
    meta.RecordId = Ids_.Next();
    meta.CreatedMs = now_ms;
    meta.Updated = Clock_.Now(now_ms);
    return meta;
}

Status Session::Commit(int64_t now_ms)
{
    Workspace_.Clock = Clock_.Last();
    LastSave_ = Store_.Save(Workspace_, now_ms);
    return LastSave_;
}

Result<Id> Session::AddGoal(std::string_view title, int64_t now_ms)
{
    if (!Opened_)
        return Error{"The workspace could not be loaded, so nothing can be changed until it is restored."};
    title = TrimSpace(title);
    if (title.empty())
        return Error{"A goal needs a title."};
    if (title.size() > Limits_.TitleBytes)
        return Error{"That title is too long: keep it under " + std::to_string(Limits_.TitleBytes) + " characters."};
    Goal goal;
    goal.Meta = NewMeta(now_ms);
    goal.Title = std::string(title);
    const Id id = goal.Meta.RecordId;
    Workspace_.Goals.push_back(std::move(goal));
    (void)Commit(now_ms);
    return id;
}

std::vector<const Goal*> Session::LiveGoals() const
{
    std::vector<const Goal*> goals;
    for (const Goal& goal : Workspace_.Goals)
        if (!goal.Meta.Deleted)
            goals.push_back(&goal);
    std::stable_sort(goals.begin(), goals.end(), [](const Goal* a, const Goal* b) { return a->Meta.Updated > b->Meta.Updated; });
    return goals;
}

const Goal* Session::FindGoal(const Id& id) const
{
    for (const Goal& goal : Workspace_.Goals)
        if (goal.Meta.RecordId == id)
            return &goal;
    return nullptr;
}

static size_t LeadingSpaceBytes(std::string_view text)
{
    // ASCII white space, NO-BREAK SPACE (C2 A0) and IDEOGRAPHIC SPACE (E3 80 80).
    if (!text.empty() && (text[0] == ' ' || (text[0] >= '\t' && text[0] <= '\r')))
        return 1;
    if (text.size() >= 2 && text.substr(0, 2) == "\xC2\xA0")
        return 2;
    if (text.size() >= 3 && text.substr(0, 3) == "\xE3\x80\x80")
        return 3;
    return 0;
}

static size_t TrailingSpaceBytes(std::string_view text)
{
    if (!text.empty() && (text.back() == ' ' || (text.back() >= '\t' && text.back() <= '\r')))
        return 1;
    if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0")
        return 2;
    if (text.size() >= 3 && text.substr(text.size() - 3) == "\xE3\x80\x80")
        return 3;
    return 0;
}

std::string_view TrimSpace(std::string_view text)
{
    while (size_t n = LeadingSpaceBytes(text))
        text.remove_prefix(n);
    while (size_t n = TrailingSpaceBytes(text))
        text.remove_suffix(n);
    return text;
}

} // namespace trellis
