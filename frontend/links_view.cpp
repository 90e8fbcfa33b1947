#include "links_view.h"

#include <algorithm>
#include <vector>

#include "app.h"
#include "core/records.h"
#include "core/text_fold.h"
#include "core/views.h"
#include "icons.h"
#include "imgui.h"
#include "widgets.h"

namespace {

// How many records to link are listed at once; a search finds the others.
constexpr size_t kShownCandidates = 8;

// "Skill: Facilitation", "Entry of Mon 3 Nov 2026: The guild meeting went well."
std::string LinkLabel(const trellis::LinkedRecord& link)
{
    switch (link.Kind)
    {
    case trellis::RecordKind::Goal:         return "Goal: " + link.Title;
    case trellis::RecordKind::Skill:        return "Skill: " + link.Title;
    case trellis::RecordKind::PlanActivity: return "Activity: " + link.Title;
    default:                                return "Entry of " + (link.On ? Widgets::FormatDate(*link.On) : std::string("a day")) + ": " + link.Title;
    }
}

// What a record of this kind can be linked to, for the button that opens the list.
// Not saved yet (`draft`), a record can only have the links it keeps itself (core KeepsLink()).
const char* LinkPrompt(trellis::RecordKind kind, bool draft)
{
    if (draft)
        return kind == trellis::RecordKind::PlanActivity ? ICON_LINK "  Link a goal or skill"
             : kind == trellis::RecordKind::Goal         ? ICON_LINK "  Link a skill" : ICON_LINK "  Link a goal";
    switch (kind)
    {
    case trellis::RecordKind::Goal:         return ICON_LINK "  Link a skill, activity or entry";
    case trellis::RecordKind::Skill:        return ICON_LINK "  Link a goal or activity";
    case trellis::RecordKind::PlanActivity: return ICON_LINK "  Link a goal or skill";
    default:                                return ICON_LINK "  Link a goal";
    }
}

const char* NothingLinked(trellis::RecordKind kind, bool draft)
{
    if (draft && kind == trellis::RecordKind::Goal)
        return "Nothing linked yet: the skills this goal grows. Activities and journal entries can be linked once it is saved.";
    switch (kind)
    {
    case trellis::RecordKind::Goal:         return "Nothing linked yet: the skills this goal grows, the activities that serve it, the journal entries about it.";
    case trellis::RecordKind::Skill:        return "Nothing linked yet: the goals that need this skill, the activities that build it.";
    case trellis::RecordKind::PlanActivity: return "Nothing linked yet: the goals this activity serves, the skills it builds.";
    default:                                return "Nothing linked yet: the goals this entry is about.";
    }
}

// A row: the text wrapped in the room the button leaves, and at the row's right end a square
// button with `icon` on it, named `action` for automation and screen readers. True when tapped.
bool RowWithButton(const std::string& text, const char* icon, const std::string& action, float button)
{
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::CalcItemWidth();                     // the card's inner edge, as its other rows
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - button - spacing);
    const float text_height = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - button - spacing).y;
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + std::max(0.0f, (button - text_height) * 0.5f)));
    Widgets::TextItem(text.c_str());
    ImGui::PopTextWrapPos();
    const float bottom = std::max(ImGui::GetItemRectMax().y, start.y + button);
    ImGui::SetCursorScreenPos(ImVec2(start.x + width - button, start.y));
    const std::string id = "##" + action;
    const bool tapped = ImGui::Button(id.c_str(), ImVec2(button, button));
    const ImVec2 icon_size = ImGui::CalcTextSize(icon);
    const ImVec2 min = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + (button - icon_size.x) * 0.5f, min.y + (button - icon_size.y) * 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_Text), icon);
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));     // the Dummy adds the spacing after the row
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    return tapped;
}

} // namespace

bool LinksView::Draw(App& app, const trellis::Id& record)
{
    const trellis::Workspace& w = app.GetSession().Data();
    const std::optional<trellis::RecordKind> kind = trellis::FindLiveKind(w, record);
    if (!kind)
        return false;
    const std::optional<Change> change = DrawCard(app, *kind, LinksOf(w, record), Open_ ? LinkCandidates(w, record) : Links{}, false);
    if (!change)
        return false;
    if (!app.AfterCommand(app.GetSession().SetLinked(record, change->Other, change->Linked, app.GetPlatform().NowMs()), &Error_))
        return false;
    Error_.clear();
    return true;
}

bool LinksView::DrawDraft(App& app, trellis::RecordKind kind, std::vector<trellis::Id>* goal_ids, std::vector<trellis::Id>* skill_ids)
{
    std::vector<trellis::Id> chosen;
    for (const std::vector<trellis::Id>* ids : { goal_ids, skill_ids })
        if (ids)
            chosen.insert(chosen.end(), ids->begin(), ids->end());
    const trellis::Workspace& w = app.GetSession().Data();
    const std::optional<Change> change = DrawCard(app, kind, trellis::LinkableRecords(w, kind, chosen, true),
                                                  Open_ ? trellis::LinkableRecords(w, kind, chosen, false) : Links{}, true);
    std::vector<trellis::Id>* ids = !change ? nullptr : change->Kind == trellis::RecordKind::Goal ? goal_ids
                                  : change->Kind == trellis::RecordKind::Skill ? skill_ids : nullptr;
    if (!ids)
        return false;
    if (change->Linked)
        ids->push_back(change->Other);
    else
        std::erase(*ids, change->Other);
    return true;
}

std::optional<LinksView::Change> LinksView::DrawCard(App& app, trellis::RecordKind kind, const Links& links, const Links& candidates, bool draft)
{
    const float button = app.Metrics().TouchTargetPx;
    Widgets::BeginCard();
    const std::string title = ICON_LINK "  Linked" + (links.empty() ? std::string() : " (" + std::to_string(links.size()) + ")");
    Widgets::TextItem(title.c_str());
    if (links.empty())
        Widgets::MutedTextItem(NothingLinked(kind, draft));
    // After the lists: a link changes the workspace they point into.
    std::optional<Change> change;
    for (size_t i = 0; i < links.size(); i++)
    {
        ImGui::PushID(static_cast<int>(i));
        const std::string label = LinkLabel(links[i]);
        if (RowWithButton(label, ICON_TIMES, "Unlink " + label, button))
            change = Change{links[i].RecordId, links[i].Kind, false};
        ImGui::PopID();
    }

    if (Widgets::Button(Open_ ? "Done linking" : LinkPrompt(kind, draft), -1.0f))
    {
        Open_ = !Open_;
        Filter_.clear();
    }
    if (Open_)
    {
        if (candidates.size() > kShownCandidates || !Filter_.empty())
            Widgets::TextField("##link-search", ICON_SEARCH "  Search what to link", &Filter_);
        const std::string wanted = trellis::FoldForSearch(trellis::TrimSpace(Filter_));
        size_t shown = 0, matching = 0;
        for (size_t i = 0; i < candidates.size(); i++)
        {
            const std::string label = LinkLabel(candidates[i]);
            if (!wanted.empty() && trellis::FoldForSearch(label).find(wanted) == std::string::npos)
                continue;
            if (matching++ >= kShownCandidates)
                continue;
            shown++;
            ImGui::PushID(static_cast<int>(i));
            if (RowWithButton(label, ICON_PLUS, "Link " + label, button))
                change = Change{candidates[i].RecordId, candidates[i].Kind, true};
            ImGui::PopID();
        }
        if (candidates.empty())
            Widgets::MutedTextItem(links.empty() ? "There is nothing yet it could be linked to." : "Everything it can be linked to is linked.");
        else if (matching == 0)
            Widgets::MutedTextItem("Nothing to link matches that search.");
        else if (matching > shown)
        {
            const std::string more = std::to_string(matching - shown) + " more: search to find them.";
            Widgets::MutedTextItem(more.c_str());
        }
    }
    Widgets::ErrorText(Error_);
    Widgets::EndCard();
    return change;
}

void LinksView::Reset()
{
    Open_ = false;
    Filter_.clear();
    Error_.clear();
}
