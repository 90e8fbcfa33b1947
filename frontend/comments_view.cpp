// [SECTION] Reading comments
// [SECTION] The thread
#include "comments_view.h"

#include <algorithm>
#include <map>
#include <vector>

#include "app.h"
#include "icons.h"
#include "imgui.h"
#include "widgets.h"
#include "core/records.h"
#include "core/sort.h"
#include "core/words.h"

// [SECTION] Reading comments

// Live comments by the id they are about: a record's comments, or a comment's answers. Made again
// only when the workspace changed, not for every card of every frame.
static const std::map<trellis::Id, std::vector<const trellis::Comment*>>& CommentsByTarget(const trellis::Workspace& w)
{
    // The comments' storage is part of the key: a workspace read again from disk may have the same
    // clock and count in a new buffer, and the index points into the old one.
    static const trellis::Comment* s_Of = nullptr;
    static trellis::Stamp s_Clock;
    static size_t s_Count = 0;
    static std::map<trellis::Id, std::vector<const trellis::Comment*>> s_Index;
    if (s_Of != w.Comments.data() || s_Clock != w.Clock || s_Count != w.Comments.size())
    {
        s_Of = w.Comments.data();
        s_Clock = w.Clock;
        s_Count = w.Comments.size();
        s_Index.clear();
        for (const trellis::Comment& c : w.Comments)
            if (!c.Meta.Deleted)
                s_Index[c.TargetId].push_back(&c);
        for (auto& [target, list] : s_Index)
            trellis::StableSort(list.begin(), list.end(), [](const trellis::Comment* a, const trellis::Comment* b) { return a->Meta.CreatedMs > b->Meta.CreatedMs; });
    }
    return s_Index;
}

static const std::vector<const trellis::Comment*>& CommentsOn(const trellis::Workspace& w, const trellis::Id& target)
{
    static const std::vector<const trellis::Comment*> s_None;
    const auto& index = CommentsByTarget(w);
    const auto found = index.find(target);
    return found == index.end() ? s_None : found->second;
}

std::string CommentBadge(const trellis::Workspace& workspace, const trellis::Id& target)
{
    const size_t count = CommentsOn(workspace, target).size();
    if (count == 0)
        return {};
    return "  \xc2\xb7  " ICON_COMMENT " " + trellis::Counted(static_cast<int>(count), "comment", "comments");
}

std::string CommentKindLine(const trellis::Comment& comment, bool for_the_manager)
{
    switch (comment.Kind)
    {
    case trellis::CommentKind::Agreement:
        return ICON_CHECK "  Agreed";
    case trellis::CommentKind::Action:
    {
        const bool mine = comment.Owner == trellis::ActionOwner::Me;
        std::string line = ICON_BOLT "  Action for ";
        line += for_the_manager ? (mine ? "them" : "you") : (mine ? "you" : "your manager");
        if (comment.Due)
            line += ", due " + Widgets::FormatDate(*comment.Due);
        return line;
    }
    default:
        return "Note";
    }
}

std::string CommentSubject(const trellis::Workspace& workspace, const trellis::Comment& comment)
{
    const trellis::Id& id = comment.TargetId;
    auto quoted = [](const char* what, const std::string& title) { return std::string("On your ") + what + " \xe2\x80\x9c" + title + "\xe2\x80\x9d"; };
    if (const trellis::Goal* goal = trellis::FindRecord<trellis::Goal>(workspace, id))
        return quoted("goal", goal->Title);
    if (const trellis::PlanActivity* activity = trellis::FindRecord<trellis::PlanActivity>(workspace, id))
        return quoted("plan activity", activity->Title);
    if (const trellis::Skill* skill = trellis::FindRecord<trellis::Skill>(workspace, id))
        return quoted("skill", skill->Name);
    if (const trellis::CareerPath* path = trellis::FindRecord<trellis::CareerPath>(workspace, id))
        return quoted("career path", path->Title);
    if (const trellis::OneOnOne* meeting = trellis::FindRecord<trellis::OneOnOne>(workspace, id))
        return "On your one-on-one of " + Widgets::FormatDate(meeting->On);
    if (trellis::FindRecord<trellis::Comment>(workspace, id))
        return "Answering you";
    return "On something since deleted";
}

// [SECTION] The thread

void CommentThread::Reset()
{
    Answering_ = trellis::Id{};
    Answer_.clear();
    Error_.clear();
}

void CommentThread::Draw(App& app, const trellis::Id& target)
{
    const trellis::Workspace& data = app.GetSession().Data();
    const std::vector<const trellis::Comment*>& comments = CommentsOn(data, target);
    if (target.IsNil() || comments.empty())
        return;
    const int64_t now = app.GetPlatform().NowMs();
    // A copy: answering changes the workspace, and with it the index, while the list is drawn.
    const std::vector<const trellis::Comment*> shown = comments;
    trellis::Id answer_to;
    Widgets::BeginCard();
    ImGui::TextUnformatted(ICON_COMMENT "  Comments");
    for (const trellis::Comment* c : shown)
    {
        ImGui::PushID(c);
        Widgets::Divider();
        Widgets::MutedTextItem(CommentKindLine(*c, false).c_str());
        Widgets::TextItem(c->Text.c_str());
        const std::string by = c->Author + ", " + Widgets::FormatAgo(c->Meta.CreatedMs, now);
        Widgets::MutedTextWrapped(by.c_str());
        // My answers, oldest first under the comment, as a conversation reads.
        std::vector<const trellis::Comment*> answers = CommentsOn(data, c->Meta.RecordId);
        std::reverse(answers.begin(), answers.end());
        for (const trellis::Comment* a : answers)
        {
            ImGui::Indent();
            const std::string answer = ICON_REPLY "  " + a->Author + ": " + a->Text;
            Widgets::MutedTextItem(answer.c_str());
            Widgets::MutedTextWrapped(Widgets::FormatAgo(a->Meta.CreatedMs, now).c_str());
            ImGui::Unindent();
        }
        if (Answering_ != c->Meta.RecordId)
        {
            if (Widgets::Button(ICON_REPLY "  Answer", -1.0f))
            {
                Answering_ = c->Meta.RecordId;
                Answer_.clear();
                Error_.clear();
                Focus_ = true;
            }
        }
        else
        {
            if (Focus_)
            {
                ImGui::SetKeyboardFocusHere();
                Focus_ = false;
            }
            const bool entered = Widgets::TextField("##answer", "Your answer", &Answer_);
            Widgets::ErrorText(Error_);
            const float half = Widgets::SharedWidth({ "Cancel##answer", ICON_CHECK "  Send answer" }, ImGui::CalcItemWidth());
            if (Widgets::Button("Cancel##answer", half))
                Reset();
            Widgets::NextInRow(half);
            if (Widgets::PrimaryButton(ICON_CHECK "  Send answer", half) || entered)
                answer_to = c->Meta.RecordId;
        }
        ImGui::PopID();
    }
    Widgets::MutedTextWrapped("Answers go to your manager with your next share file.");
    Widgets::EndCard();
    if (answer_to.IsNil())
        return;
    trellis::Result<trellis::Id> added = app.GetSession().AnswerComment(answer_to, Answer_, now);
    if (app.AfterCommand(added ? trellis::Status::Ok() : trellis::Status(added.GetError()), &Error_))
        Reset();
}
