// Journal: my reflections, newest first, with search; and the editor for one reflection ("what I
// loved, what drained me", energy, tags). Never in a share file; an entry can be put in the wins I copy.
//
// [SECTION] List
// [SECTION] Editor
#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "../app.h"
#include "../icons.h"
#include "../links_view.h"
#include "../versions_view.h"
#include "../widgets.h"
#include "core/question_bank.h"
#include "core/records.h"
#include "core/search.h"
#include "imgui.h"
#include "screen.h"
#include "core/sort.h"

class JournalScreen final : public ListDetailScreen
{
public:
    const char* Title() const override { return "Journal"; }

    bool DetailOpen() const override { return Editing_; }

    void DrawDetail(App& app) override
    {
        if (Editing_)
            DrawEditor(app);
        else
            Widgets::MutedTextWrapped("Tap an entry to read it, or write today's reflection.");
    }

    // [SECTION] List

    void DrawList(App& app) override
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::Heading("Journal");
        if (Widgets::PrimaryButton(ICON_PLUS "  Write a reflection"))
            StartNew(app);
        if (Widgets::Button(ICON_HEART "  Review my week", -1.0f))
            app.OpenWeekReview();
        if (Widgets::Button(ICON_BOLT "  Patterns in my journal", -1.0f))
            app.OpenInsights();
        Widgets::TextField("##search", ICON_SEARCH "  Search your journal", &Query_);

        RefreshVisible(data);
        if (Visible_.empty())
        {
            Widgets::MutedTextWrapped(Query_.empty()
                ? "Write down what you loved and what drained you at work. After a week or two, the patterns show."
                : "No reflection matches.");
            return;
        }

        // Ten years of entries: only the rows on screen are drawn.
        const float row_height = app.Metrics().TouchTargetPx * 1.75f;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(Visible_.size()), row_height + ImGui::GetStyle().ItemSpacing.y);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++)
                if (DrawRow(app, *Visible_[i], row_height))
                    StartEdit(*Visible_[i]);
    }

private:
    // Newest first; a search keeps the matching entries only. Sorting ten years on every frame of
    // a scroll would be waste: the list is rebuilt only when the data or the query changed (every
    // edit moves the workspace's clock).
    void RefreshVisible(const trellis::Workspace& data)
    {
        // The clock moves with every edit; the vector's address and size also catch an import that
        // merged older records (no new stamp) and so could have moved the records.
        if (VisibleValid_ && VisibleClock_ == data.Clock && VisibleQuery_ == Query_ &&
            VisibleRecords_ == data.Reflections.data() && VisibleCount_ == data.Reflections.size())
            return;
        VisibleClock_ = data.Clock;
        VisibleRecords_ = data.Reflections.data();
        VisibleCount_ = data.Reflections.size();
        VisibleQuery_ = Query_;
        VisibleValid_ = true;
        Visible_.clear();
        if (trellis::TrimSpace(Query_).empty())
        {
            for (const trellis::Reflection& r : data.Reflections)
                if (!r.Meta.Deleted)
                    Visible_.push_back(&r);
            trellis::StableSort(Visible_.begin(), Visible_.end(), [](const trellis::Reflection* a, const trellis::Reflection* b) { return a->On > b->On; });
            return;
        }
        for (const trellis::SearchHit& hit : Index_.Search(data, Query_))
            if (hit.Kind == trellis::RecordKind::Reflection)
                if (const trellis::Reflection* r = trellis::FindRecord<trellis::Reflection>(data, hit.RecordId))
                    Visible_.push_back(r);
    }

    static bool DrawRow(App& app, const trellis::Reflection& r, float height)
    {
        const std::string date = Widgets::FormatDate(r.On);
        const std::string label = date + "##" + r.Meta.RecordId.ToHex();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        const bool pressed = ImGui::InvisibleButton(label.c_str(), ImVec2(width, height));
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ThemeColors& colors = GetThemeColors();
        draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), colors.Card, app.Metrics().CardRoundingPx);
        const float pad = app.Metrics().PagePaddingPx;
        const float line = ImGui::GetTextLineHeight();
        draw->AddText(ImVec2(pos.x + pad, pos.y + pad * 0.75f), ImGui::GetColorU32(ImGuiCol_Text), date.c_str());

        // Energy as five dots on the right, then a lock for a private entry.
        const float dot = 5.0f;
        for (int e = 0; e < 5; e++)
        {
            const ImVec2 centre(pos.x + width - pad - (4 - e) * (dot * 2.8f) - dot, pos.y + pad * 0.75f + line * 0.5f);
            draw->AddCircleFilled(centre, dot, e < r.Energy ? colors.Accent : ImGui::GetColorU32(ImGuiCol_FrameBg));
        }
        // The first line of what was written, cut to the row.
        std::string snippet = !r.Loved.empty() ? ICON_HEART " " + r.Loved[0] : r.Text;
        const size_t newline = snippet.find('\n');
        if (newline != std::string::npos)
            snippet.resize(newline);
        const ImVec4 clip(pos.x + pad, pos.y, pos.x + width - pad, pos.y + height);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, pos.y + pad * 0.75f + line + 6.0f),
                      colors.MutedText, snippet.c_str(), nullptr, 0.0f, &clip);
        return pressed;
    }

    // [SECTION] Editor

    void StartNew(App& app)
    {
        Draft_ = trellis::Reflection{};
        Draft_.On = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
        Draft_.Prompt = trellis::JournalPrompts()[0];
        Editing_ = true;
        IsNew_ = true;
        ConfirmDelete_ = false;
        Error_.clear();
        Links_.Reset();
        Tags_.clear();
    }

    void StartEdit(const trellis::Reflection& r)
    {
        Draft_ = r;
        Editing_ = true;
        IsNew_ = false;
        ConfirmDelete_ = false;
        Error_.clear();
        Versions_.Reset();
        Links_.Reset();
        Tags_.clear();
        for (const std::string& tag : r.Tags)
            Tags_ += (Tags_.empty() ? "" : ", ") + tag;
    }

    void DrawEditor(App& app)
    {
        Widgets::Heading(IsNew_ ? "New reflection" : "Reflection");

        // The day: stepped with buttons at the ends of the row, never typed. Where the date does not
        // fit between them (a large text size), it sits above them.
        const float step = app.Metrics().TouchTargetPx;
        const std::string day = Widgets::FormatDate(Draft_.On);
        const float row = Widgets::RowWidth();
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const bool between = ImGui::CalcTextSize(day.c_str()).x + (step + gap) * 2.0f <= row;
        if (!between)
            Widgets::TextItem(day.c_str());
        const float start_x = ImGui::GetCursorPosX();
        if (ImGui::Button(ICON_LEFT "##earlier", ImVec2(step, step)))
            Draft_.On = trellis::AddDays(Draft_.On, -1);
        ImGui::SameLine();
        if (between)
        {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(day.c_str());
            ImGui::SameLine();
        }
        ImGui::SetCursorPosX(start_x + row - step);
        if (ImGui::Button(ICON_RIGHT "##later", ImVec2(step, step)))
            Draft_.On = trellis::AddDays(Draft_.On, 1);

        Widgets::BeginCard();
        ImGui::TextWrapped("%s", Draft_.Prompt.empty() ? "Free writing" : Draft_.Prompt.c_str());
        if (ImGui::Button("Another question"))
        {
            const std::span<const char* const> prompts = trellis::JournalPrompts();
            Draft_.Prompt = prompts[(PromptIndex_ = (PromptIndex_ + 1) % static_cast<int>(prompts.size()))];
        }
        Widgets::TextArea("##text", &Draft_.Text, ImGui::GetTextLineHeight() * 6.0f);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_HEART "  What I loved");
        Widgets::ListEditor("loved", "Something that gave you energy", &Draft_.Loved, &NewLoved_);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_BOLT "  What drained me");
        Widgets::ListEditor("disliked", "Something that took energy", &Draft_.Disliked, &NewDisliked_);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Energy today");
        Widgets::EnergyChoice("energy", &Draft_.Energy);
        ImGui::TextUnformatted("Tags");
        Widgets::TextField("##tags", "e.g. mentoring, deadlines", &Tags_);
        // A reflection never travels in a share file (the journal is mine); what this toggle does is
        // put the entry in the wins summary I copy for my manager or my review, and nothing more.
        Widgets::SharingToggle("Include in the wins I copy for my manager", &Draft_.Visible,
                               ICON_LOCK "  Private: only in a wins summary if you ask for private wins. Never in a share file.");
        if (Draft_.Visible == trellis::Visibility::Shared)
            Widgets::MutedTextWrapped("In Insights, Wins lists it when you copy them. Your journal itself is never in a share file.");
        Widgets::EndCard();
        if (IsNew_)
            Links_.DrawDraft(app, trellis::RecordKind::Reflection, &Draft_.GoalIds, nullptr);     // saved with it
        else if (Links_.Draw(app, Draft_.Meta.RecordId))
            if (const auto* stored = trellis::FindRecord<trellis::Reflection>(app.GetSession().Data(), Draft_.Meta.RecordId))
                Draft_.GoalIds = stored->GoalIds;           // the links are saved already; Save keeps them
        if (const auto* stored = IsNew_ ? nullptr : trellis::FindRecord<trellis::Reflection>(app.GetSession().Data(), Draft_.Meta.RecordId);
            stored && Versions_.Draw(app, *stored))
            StartEdit(*trellis::FindRecord<trellis::Reflection>(app.GetSession().Data(), Draft_.Meta.RecordId));

        Widgets::ErrorText(Error_);
        switch (Widgets::EditorButtons(ICON_CHECK "  Save reflection", IsNew_ ? nullptr : ICON_TRASH "  Delete", &ConfirmDelete_))
        {
        case Widgets::EditorAction::Cancel: Editing_ = false; break;
        case Widgets::EditorAction::Save:   Save(app); break;
        case Widgets::EditorAction::Delete: Finish(app, app.GetSession().DeleteReflection(Draft_.Meta.RecordId, app.GetPlatform().NowMs())); break;
        case Widgets::EditorAction::None:   break;
        }
    }

    void Finish(App& app, const trellis::Status& done)
    {
        if (!done)
        {
            Error_ = done.GetError().Message;
            return;
        }
        app.AfterEdit(app.GetSession().LastSave());
        Editing_ = false;
    }

    // The entry as Save keeps it: items typed but not yet added with "Add" are kept, as the person
    // expects, and the tags are read from their field.
    trellis::Reflection Collected() const
    {
        trellis::Reflection r = Draft_;
        for (auto [pending, list] : { std::pair{&NewLoved_, &r.Loved}, std::pair{&NewDisliked_, &r.Disliked} })
            if (!trellis::TrimSpace(*pending).empty())
                list->emplace_back(trellis::TrimSpace(*pending));
        r.Tags.clear();
        size_t start = 0;
        while (start <= Tags_.size())
        {
            const size_t comma = std::min(Tags_.find(',', start), Tags_.size());
            const std::string_view tag = trellis::TrimSpace(std::string_view(Tags_).substr(start, comma - start));
            if (!tag.empty())
                r.Tags.emplace_back(tag);
            start = comma + 1;
        }
        return r;
    }

public:
    std::optional<trellis::Draft> CurrentDraft() const override
    {
        if (!Editing_)
            return std::nullopt;
        trellis::Draft draft;
        draft.Kind = trellis::DraftKind::Reflection;
        draft.IsNew = IsNew_;
        draft.AsReflection = Collected();
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        if (draft.Kind != trellis::DraftKind::Reflection)
            return false;
        const bool stored = !draft.IsNew && trellis::FindRecord<trellis::Reflection>(app.GetSession().Data(), draft.AsReflection.Meta.RecordId);
        StartEdit(draft.AsReflection);
        IsNew_ = !stored;               // an entry deleted since is written again as a new one
        NewLoved_.clear();
        NewDisliked_.clear();
        return true;
    }

    void DropDraft() override { Editing_ = false; }

private:
    void Save(App& app)
    {
        Draft_ = Collected();
        NewLoved_.clear();
        NewDisliked_.clear();
        trellis::Session& session = app.GetSession();
        const int64_t now = app.GetPlatform().NowMs();
        if (IsNew_)
        {
            trellis::Result<trellis::Id> added = session.AddReflection(Draft_, now);
            Finish(app, added ? trellis::Status::Ok() : trellis::Status(added.GetError()));
        }
        else
        {
            Finish(app, session.EditReflection(Draft_, now));
        }
    }

    bool                                    Editing_ = false;
    bool                                    IsNew_ = false;
    bool                                    ConfirmDelete_ = false;
    int                                     PromptIndex_ = 0;
    trellis::Reflection                     Draft_;
    std::string                             NewLoved_;
    std::string                             NewDisliked_;
    std::string                             Tags_;
    std::string                             Error_;
    EarlierVersionsView                     Versions_;      // what a merge replaced of the entry open
    LinksView                               Links_;         // the goals the entry open is about
    std::string                             Query_;
    trellis::SearchIndex                    Index_;
    std::vector<const trellis::Reflection*> Visible_;       // the rows of the list, as shown
    trellis::Stamp                          VisibleClock_;  // what Visible_ was built from
    std::string                             VisibleQuery_;
    const trellis::Reflection*              VisibleRecords_ = nullptr;
    size_t                                  VisibleCount_ = 0;
    bool                                    VisibleValid_ = false;
};

std::unique_ptr<Screen> CreateJournalScreen()
{
    return std::make_unique<JournalScreen>();
}
