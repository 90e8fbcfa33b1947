// Path & skills, the second view of the Plan tab: my career path from the role I have to the one I
// aim for, my skills with where each is and where I want it, and at a glance what stands between me
// and the next role (the core's GapToNextRole: nothing is typed twice). Levels are stepped with
// buttons, never typed. A person may keep several paths (a lead track and a management one, say):
// one is open at a time, and a role's editor shows the gap to that role, however far on it is.
//
// [SECTION] Gap to the next role
// [SECTION] Career path
// [SECTION] Career paths
// [SECTION] Path editor
// [SECTION] Skills
// [SECTION] Role editor
// [SECTION] Skill editor
#include <string>
#include <vector>

#include "../app.h"
#include "../comments_view.h"
#include "../icons.h"
#include "../links_view.h"
#include "../versions_view.h"
#include "../widgets.h"
#include "core/records.h"
#include "core/views.h"
#include "core/words.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "screen.h"

// `name` on the left and `value` in muted text at the right end of the line; when both do not fit
// (a long name, a large text size), the name wraps and the value goes under it, at the right.
static void NameAndValue(const std::string& name, const std::string& value)
{
    const float width = ImGui::CalcItemWidth();
    const float value_width = ImGui::CalcTextSize(value.c_str()).x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::CalcTextSize(name.c_str()).x + gap + value_width <= width)
    {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
        ImGui::GetWindowDrawList()->AddText(pos, ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + width - value_width, pos.y), GetThemeColors().MutedText, value.c_str());
        return;
    }
    Widgets::TextItem(name.c_str());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImMax(0.0f, width - value_width));
    ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().MutedText);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopStyleColor();
}

// A full-width button with its label on the left and a muted note at its right end; when both do
// not fit on one line, the label wraps and the note goes under it, and the button grows.
static bool RowButton(const std::string& label, const char* note, float width)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const char* label_end = ImGui::FindRenderedTextEnd(label.c_str());
    const float pad = style.FramePadding.x;
    const float room = width - pad * 2.0f;
    const bool has_note = note != nullptr && note[0] != '\0';
    const ImVec2 note_size = has_note ? ImGui::CalcTextSize(note) : ImVec2(0.0f, 0.0f);
    const float label_width = ImGui::CalcTextSize(label.c_str(), label_end).x;
    const bool one_line = label_width + (has_note ? style.ItemSpacing.x + note_size.x : 0.0f) <= room;
    const float text_height = one_line ? 0.0f : ImGui::CalcTextSize(label.c_str(), label_end, false, room).y + (has_note ? note_size.y : 0.0f);
    const float height = one_line ? ImGui::GetFrameHeight() : ImMax(ImGui::GetFrameHeight(), text_height + style.FramePadding.y * 1.2f);
    const bool pressed = ImGui::InvisibleButton(label.c_str(), ImVec2(width, height));
    const ImGuiCol fill = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(fill), style.FrameRounding);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    if (one_line)
    {
        const float y = pos.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
        draw->AddText(ImVec2(pos.x + pad, y), text, label.c_str(), label_end);
        if (has_note)
            draw->AddText(ImVec2(pos.x + width - pad - note_size.x, y), GetThemeColors().MutedText, note);
        return pressed;
    }
    const float top = pos.y + (height - text_height) * 0.5f;
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, top), text, label.c_str(), label_end, room);
    if (has_note)
        draw->AddText(ImVec2(pos.x + width - pad - note_size.x, top + text_height - note_size.y), GetThemeColors().MutedText, note);
    return pressed;
}

static std::string LevelWords(int level)
{
    return std::to_string(level) + " \xc2\xb7 " + trellis::SkillLevelName(level);
}

class PathScreen final : public ListDetailScreen
{
public:
    const char* Title() const override { return "Path & skills"; }

    bool DetailOpen() const override { return Editing_ != Editing::None; }

    void DrawList(App& app) override
    {
        const trellis::CareerPath* path = FindPath(app);
        Widgets::Heading("Path & skills");
        DrawGap(app, path);
        DrawPath(app, path);
        DrawPaths(app, path);
        DrawSkills(app);
    }

    void DrawDetail(App& app) override
    {
        switch (Editing_)
        {
        case Editing::Role:  DrawRoleEditor(app); break;
        case Editing::Skill: DrawSkillEditor(app); break;
        case Editing::Path:  DrawPathEditor(app); break;
        case Editing::None:
            Widgets::MutedTextWrapped("Tap a role to say which skills and experiences it asks for, or a skill to update it.");
            break;
        }
    }

    std::optional<trellis::Draft> CurrentDraft() const override
    {
        trellis::Draft draft;
        draft.IsNew = false;            // skills and paths are added by their names; the editors edit them
        switch (Editing_)
        {
        case Editing::None:  return std::nullopt;
        case Editing::Skill: draft.Kind = trellis::DraftKind::Skill; draft.AsSkill = SkillDraft_; break;
        case Editing::Path:  draft.Kind = trellis::DraftKind::CareerPath; draft.AsPath = PathDraft_; break;
        case Editing::Role:
            // A skill or an experience typed and not yet added is kept as added, as Save takes it.
            draft.Kind = trellis::DraftKind::CareerPath;
            draft.AsPath = WithPending();
            draft.RoleIndex = static_cast<int>(RoleIndex_);
            break;
        }
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        const trellis::Workspace& data = app.GetSession().Data();
        const auto live = [](const auto* record) { return record != nullptr && !record->Meta.Deleted; };
        if (draft.Kind == trellis::DraftKind::Skill && live(trellis::FindRecord<trellis::Skill>(data, draft.AsSkill.Meta.RecordId)))
        {
            StartSkillEdit(draft.AsSkill);
            return true;
        }
        if (draft.Kind != trellis::DraftKind::CareerPath || !live(trellis::FindRecord<trellis::CareerPath>(data, draft.AsPath.Meta.RecordId)))
            return false;               // gone since: nothing to edit
        OpenPath_ = draft.AsPath.Meta.RecordId;
        if (draft.RoleIndex < 0)
            StartPathEdit(draft.AsPath);
        else if (static_cast<size_t>(draft.RoleIndex) < draft.AsPath.Roles.size())
            StartRoleEdit(draft.AsPath, static_cast<size_t>(draft.RoleIndex));
        else
            return false;
        return true;
    }

    void DropDraft() override { Editing_ = Editing::None; }

private:
    enum class Editing { None, Role, Skill, Path };

    // The path open is the one last opened or added, else the first one kept.
    const trellis::CareerPath* FindPath(App& app) const
    {
        const trellis::CareerPath* first = nullptr;
        for (const trellis::CareerPath& path : app.GetSession().Data().CareerPaths)
        {
            if (path.Meta.Deleted)
                continue;
            if (path.Meta.RecordId == OpenPath_)
                return &path;
            if (first == nullptr)
                first = &path;
        }
        return first;
    }

    // One line per skill short of the level and per experience missing, as items tests can find.
    static void DrawGapLines(const trellis::RoleGap& gap)
    {
        for (const trellis::SkillGap& need : gap.Skills)
        {
            const std::string line = need.SkillName + ": level " + std::to_string(need.Current) + " of " + std::to_string(need.Required) +
                                     (need.Have == nullptr ? " (not in your skills yet)" : "");
            Widgets::TextItem(line.c_str());
            Widgets::LevelBar(need.Current, need.Required, trellis::kMaxSkillLevel);
        }
        for (const trellis::ExperienceGap& need : gap.Experiences)
        {
            const std::string line = "\xe2\x80\xa2 " + need.Title + " (" + trellis::DisplayName(need.Type) + ")";
            Widgets::TextItem(line.c_str());
        }
    }

    static const char* StepWord(size_t index, size_t count)
    {
        if (index == 0)
            return "now";
        if (index == 1)
            return "next";
        return index + 1 == count ? "aim" : "later";
    }

    // [SECTION] Gap to the next role

    static void DrawGap(App& app, const trellis::CareerPath* path)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_ROAD "  Your next step");
        if (path == nullptr || path->Roles.size() < 2)
        {
            Widgets::MutedTextWrapped("Add the role you have now and the one you want next: what stands between them shows here.");
            Widgets::EndCard();
            return;
        }
        const trellis::RoleGap gap = trellis::GapToNextRole(app.GetSession().Data(), *path);
        ImGui::TextWrapped("%s  " ICON_ARROW_RIGHT "  %s", gap.From->Title.c_str(), gap.To->Title.c_str());
        if (gap.To->Skills.empty() && gap.To->Experiences.empty())
        {
            const std::string hint = "Tap \xe2\x80\x9c" + gap.To->Title + "\xe2\x80\x9d below to add the skills and experiences it asks for.";
            Widgets::MutedTextWrapped(hint.c_str());
        }
        else if (gap.Ready())
        {
            Widgets::MutedTextWrapped(ICON_CHECK "  You have every skill and experience it asks for: worth raising at your next one-on-one.");
        }
        else
        {
            for (const trellis::SkillGap& need : gap.Skills)
            {
                NameAndValue(need.SkillName, std::to_string(need.Current) + " of " + std::to_string(need.Required));
                Widgets::LevelBar(need.Current, need.Required, trellis::kMaxSkillLevel);
            }
            for (const trellis::ExperienceGap& need : gap.Experiences)
                ImGui::TextWrapped("\xe2\x80\xa2 %s (%s)", need.Title.c_str(), trellis::DisplayName(need.Type));
            std::string left;
            const auto count = [&left](size_t n, const char* one, const char* many) {
                if (n == 0)
                    return;
                left += (left.empty() ? "" : " and ") + std::to_string(n) + " " + (n == 1 ? one : many);
            };
            count(gap.Skills.size(), "skill", "skills");
            count(gap.Experiences.size(), "experience", "experiences");
            Widgets::MutedTextWrapped((left + " to go.").c_str());
        }
        Widgets::EndCard();
    }

    // [SECTION] Career path

    void DrawPath(App& app, const trellis::CareerPath* path)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Career path");
        const size_t count = path ? path->Roles.size() : 0;
        if (count == 0)
            Widgets::MutedTextWrapped("Roles from the one you have to the one you aim for, with the skills and experiences each asks for.");
        const float button = app.Metrics().TouchTargetPx;
        const float row = ImGui::CalcItemWidth() - button - ImGui::GetStyle().ItemSpacing.x;
        int open = -1, raise = -1;
        for (size_t i = 0; i < count; i++)
        {
            ImGui::PushID(static_cast<int>(i));
            std::string note = StepWord(i, count);
            if (i > 0 && (!path->Roles[i].Skills.empty() || !path->Roles[i].Experiences.empty()))
            {
                // How far each role is, so the one to open is easy to pick.
                const trellis::RoleGap gap = trellis::GapToRole(app.GetSession().Data(), *path, i);
                note += gap.Ready() ? std::string(" \xc2\xb7 ready") : " \xc2\xb7 " + std::to_string(gap.Skills.size() + gap.Experiences.size()) + " to go";
            }
            else if (i == 0)
                note = ICON_CHECK " now";
            if (RowButton(path->Roles[i].Title + "##role", note.c_str(), row))
                open = static_cast<int>(i);
            ImGui::SameLine();
            ImGui::BeginDisabled(i == 0);
            if (ImGui::Button(ICON_ARROW_UP "##earlier", ImVec2(button, button)))
                raise = static_cast<int>(i);
            ImGui::EndDisabled();
            ImGui::PopID();
        }
        const char* hint = count == 0 ? "Your role now" : count == 1 ? "The role you want next" : "A role further on";
        std::string added;
        if (Widgets::AddField("##new-role", hint, &NewRole_, &added))
            AddRole(app, path, added);
        if (open >= 0)
            StartRoleEdit(*path, static_cast<size_t>(open));
        else if (raise > 0)
        {
            // Moving a role up to the top makes it the current one.
            trellis::CareerPath changed = *path;
            std::swap(changed.Roles[static_cast<size_t>(raise)], changed.Roles[static_cast<size_t>(raise) - 1]);
            app.AfterCommand(app.GetSession().EditCareerPath(changed, app.GetPlatform().NowMs()));
        }
        Widgets::EndCard();
    }

    static void AddRole(App& app, const trellis::CareerPath* path, const std::string& title)
    {
        trellis::PathRole role;
        role.Title = title;
        const int64_t now = app.GetPlatform().NowMs();
        if (path == nullptr)
        {
            trellis::CareerPath draft;
            draft.Title = "My career path";
            draft.Roles.push_back(std::move(role));
            trellis::Result<trellis::Id> added = app.GetSession().AddCareerPath(draft, now);
            app.AfterCommand(added ? trellis::Status::Ok() : trellis::Status(added.GetError()));
            return;
        }
        trellis::CareerPath changed = *path;
        changed.Roles.push_back(std::move(role));
        app.AfterCommand(app.GetSession().EditCareerPath(changed, now));
    }

    // [SECTION] Career paths

    // Every path kept: tap one to open it, add another by name, rename or delete the open one.
    void DrawPaths(App& app, const trellis::CareerPath* open)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Career paths");
        const trellis::CareerPath* opened = nullptr;
        for (const trellis::CareerPath& path : app.GetSession().Data().CareerPaths)
        {
            if (path.Meta.Deleted)
                continue;
            ImGui::PushID(&path);
            const std::string note = &path == open ? std::string("open") : trellis::Counted(static_cast<int>(path.Roles.size()), "role", "roles");
            if (RowButton(path.Title + "##path", note.c_str(), ImGui::CalcItemWidth()))
                opened = &path;
            ImGui::PopID();
        }
        if (open != nullptr && Widgets::Button(("Rename or delete \xe2\x80\x9c" + open->Title + "\xe2\x80\x9d").c_str(), -1.0f))
            StartPathEdit(*open);
        std::string added;
        const bool add = Widgets::AddField("##new-path", "Another path, e.g. Engineering manager", &NewPath_, &added);
        Widgets::EndCard();
        if (opened != nullptr)
            OpenPath_ = opened->Meta.RecordId;
        if (add)
        {
            trellis::CareerPath draft;
            draft.Title = added;
            trellis::Result<trellis::Id> made = app.GetSession().AddCareerPath(draft, app.GetPlatform().NowMs());
            if (app.AfterCommand(made ? trellis::Status::Ok() : trellis::Status(made.GetError())))
                OpenPath_ = made.Value();
        }
    }

    // [SECTION] Path editor

    void StartPathEdit(const trellis::CareerPath& path)
    {
        PathDraft_ = path;
        Comments_.Reset();
        Versions_.Reset();
        Editing_ = Editing::Path;
        ConfirmDelete_ = false;
        Error_.clear();
    }

    void DrawPathEditor(App& app)
    {
        Widgets::Heading("Career path");
        Widgets::BeginCard();
        ImGui::TextUnformatted("Name");
        Widgets::TextField("##path-title", "e.g. Engineering, individual contributor", &PathDraft_.Title);
        const std::string roles = trellis::Counted(static_cast<int>(PathDraft_.Roles.size()), "role", "roles");
        Widgets::MutedTextItem(roles.c_str());
        Widgets::EndCard();
        if (const auto* stored = trellis::FindRecord<trellis::CareerPath>(app.GetSession().Data(), PathDraft_.Meta.RecordId);
            stored && Versions_.Draw(app, *stored))
            StartPathEdit(*trellis::FindRecord<trellis::CareerPath>(app.GetSession().Data(), PathDraft_.Meta.RecordId));
        Widgets::ErrorText(Error_);
        const int64_t now = app.GetPlatform().NowMs();
        switch (Widgets::EditorButtons(ICON_CHECK "  Save path", ICON_TRASH "  Delete path", &ConfirmDelete_))
        {
        case Widgets::EditorAction::Cancel: Editing_ = Editing::None; break;
        case Widgets::EditorAction::Save:   Finish(app, app.GetSession().EditCareerPath(PathDraft_, now)); break;
        case Widgets::EditorAction::Delete:
            Finish(app, app.GetSession().DeleteCareerPath(PathDraft_.Meta.RecordId, now));
            if (Editing_ == Editing::None)
                OpenPath_ = trellis::Id{};      // the first path left opens
            break;
        case Widgets::EditorAction::None:   break;
        }
    }

    // [SECTION] Skills

    void DrawSkills(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::BeginCard();
        ImGui::TextUnformatted("Skills");
        const float half = (ImGui::CalcItemWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        const trellis::Skill* open = nullptr;
        std::optional<trellis::Skill> stepped;
        bool any = false;
        for (const trellis::Skill& skill : data.Skills)
        {
            if (skill.Meta.Deleted)
                continue;
            any = true;
            ImGui::PushID(&skill);
            if (RowButton(skill.Name + "##skill", skill.Category.c_str(), ImGui::CalcItemWidth()))
                open = &skill;
            trellis::Skill changed = skill;
            const std::string now = "Now " + std::to_string(skill.Current);
            const std::string aim = "Aim " + std::to_string(skill.Target);
            bool step = Widgets::Stepper((skill.Name + " now").c_str(), &changed.Current, trellis::kMinSkillLevel, trellis::kMaxSkillLevel, now.c_str(), half);
            ImGui::SameLine();
            step |= Widgets::Stepper((skill.Name + " aim").c_str(), &changed.Target, trellis::kMinSkillLevel, trellis::kMaxSkillLevel, aim.c_str(), half);
            Widgets::LevelBar(skill.Current, skill.Target, trellis::kMaxSkillLevel);
            ImGui::Spacing();
            ImGui::PopID();
            if (step)
                stepped = changed;
        }
        if (!any)
            Widgets::MutedTextWrapped("What you are good at and want to grow: each with where it is (1 novice to 5 expert) and where you want it.");
        std::string added;
        const bool add = Widgets::AddField("##new-skill", "A skill, e.g. SQL or coaching", &NewSkill_, &added);
        Widgets::EndCard();

        // Acted on after the loop: a new skill may move the others in memory.
        if (open != nullptr)
            StartSkillEdit(*open);
        else if (stepped)
            app.AfterCommand(app.GetSession().EditSkill(*stepped, app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()));
        if (add)
        {
            trellis::Skill draft;
            draft.Name = added;
            trellis::Result<trellis::Id> made = app.GetSession().AddSkill(draft, app.GetPlatform().NowMs());
            app.AfterCommand(made ? trellis::Status::Ok() : trellis::Status(made.GetError()));
        }
    }

    // [SECTION] Role editor

    void StartRoleEdit(const trellis::CareerPath& path, size_t index)
    {
        PathDraft_ = path;
        Comments_.Reset();
        RoleIndex_ = index;
        Editing_ = Editing::Role;
        ConfirmDelete_ = false;
        Error_.clear();
        NewNeed_.clear();
        NewExperience_.clear();
    }

    void DrawRoleEditor(App& app)
    {
        trellis::PathRole& role = PathDraft_.Roles[RoleIndex_];
        Widgets::Heading("Role");
        Widgets::BeginCard();
        const char* where = RoleIndex_ == 0 ? "The role you have now." : RoleIndex_ == 1 ? "The role you want next." : "A role further on your path.";
        Widgets::MutedTextWrapped(where);
        ImGui::TextUnformatted("Title");
        Widgets::TextField("##role-title", "e.g. Senior engineer", &role.Title);
        Widgets::EndCard();

        DrawRoleGap(app);
        DrawNeededSkills(app, role);
        DrawNeededExperiences(role);
        Comments_.Draw(app, PathDraft_.Meta.RecordId);      // comments are about the path the role is on

        Widgets::ErrorText(Error_);
        switch (Widgets::EditorButtons(ICON_CHECK "  Save role", ICON_TRASH "  Delete role", &ConfirmDelete_))
        {
        case Widgets::EditorAction::Cancel: Editing_ = Editing::None; break;
        case Widgets::EditorAction::Save:   SaveRole(app); break;
        case Widgets::EditorAction::Delete: DeleteRole(app); break;
        case Widgets::EditorAction::None:   break;
        }
    }

    // What stands between me and this role, from the path as saved (the draft's changes count once saved).
    void DrawRoleGap(App& app) const
    {
        const trellis::CareerPath* saved = trellis::FindRecord<trellis::CareerPath>(app.GetSession().Data(), PathDraft_.Meta.RecordId);
        if (saved == nullptr || RoleIndex_ >= saved->Roles.size())
            return;
        Widgets::BeginCard();
        if (RoleIndex_ == 0)
        {
            Widgets::TextItem(ICON_CHECK "  Your role now");
            Widgets::EndCard();
            return;
        }
        const trellis::RoleGap gap = trellis::GapToRole(app.GetSession().Data(), *saved, RoleIndex_);
        const std::string title = ICON_ROAD "  Gap to " + saved->Roles[RoleIndex_].Title;
        Widgets::TextItem(title.c_str());
        if (gap.To != nullptr && gap.To->Skills.empty() && gap.To->Experiences.empty())
            Widgets::MutedTextItem("Add the skills and experiences it asks for below.");
        else if (gap.Ready())
            Widgets::MutedTextItem(ICON_CHECK "  You have every skill and experience it asks for.");
        else
            DrawGapLines(gap);
        Widgets::EndCard();
    }

    void DrawNeededSkills(App& app, trellis::PathRole& role)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Skills it asks for");
        for (size_t i = 0; i < role.Skills.size(); i++)
        {
            trellis::SkillRequirement& need = role.Skills[i];
            ImGui::PushID(static_cast<int>(i));
            const bool remove = Widgets::RemovableItem(need.SkillName.c_str());
            const std::string level = "Level " + LevelWords(need.Level);
            Widgets::Stepper((need.SkillName + " level").c_str(), &need.Level, trellis::kMinSkillLevel, trellis::kMaxSkillLevel, level.c_str());
            ImGui::PopID();
            if (remove)
            {
                role.Skills.erase(role.Skills.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        // One tap adds a skill already in my list.
        std::vector<const char*> mine;
        for (const trellis::Skill& skill : app.GetSession().Data().Skills)
            if (!skill.Meta.Deleted && !Asks(role, skill.Name))
                mine.push_back(skill.Name.c_str());
        if (!mine.empty())
        {
            Widgets::MutedTextWrapped("From your skills:");
            int chosen = -1;
            if (Widgets::ChipChoice("mine", mine.data(), static_cast<int>(mine.size()), &chosen))
                role.Skills.push_back({mine[static_cast<size_t>(chosen)], 3});
        }
        std::string added;
        if (Widgets::AddField("##new-need", "Another skill it asks for", &NewNeed_, &added))
            role.Skills.push_back({added, 3});
        Widgets::EndCard();
    }

    static bool Asks(const trellis::PathRole& role, const std::string& skill)
    {
        for (const trellis::SkillRequirement& need : role.Skills)
            if (need.SkillName == skill)
                return true;
        return false;
    }

    void DrawNeededExperiences(trellis::PathRole& role)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Experiences it asks for");
        for (size_t i = 0; i < role.Experiences.size(); i++)
        {
            const trellis::ExperienceRequirement& need = role.Experiences[i];
            ImGui::PushID(static_cast<int>(i));
            const bool remove = Widgets::RemovableItem((need.Title + "  (" + trellis::DisplayName(need.Type) + ")").c_str());
            ImGui::PopID();
            if (remove)
            {
                role.Experiences.erase(role.Experiences.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        Widgets::MutedTextWrapped("Experience this role asks for. It counts as had once a plan activity of the same kind is done.");
        ImGui::TextUnformatted("Kind of experience");
        Widgets::EnumChips("experience-type", &NewExperienceType_);
        std::string added;
        if (Widgets::AddField("##new-experience", "e.g. Led a cross-team project", &NewExperience_, &added))
            role.Experiences.push_back({added, NewExperienceType_});
        Widgets::EndCard();
    }

    // The path being edited with what was typed into the role's add fields and not yet added: it
    // counts, as a person would expect.
    trellis::CareerPath WithPending() const
    {
        trellis::CareerPath path = PathDraft_;
        trellis::PathRole& role = path.Roles[RoleIndex_];
        if (!trellis::TrimSpace(NewNeed_).empty())
            role.Skills.push_back({std::string(trellis::TrimSpace(NewNeed_)), 3});
        if (!trellis::TrimSpace(NewExperience_).empty())
            role.Experiences.push_back({std::string(trellis::TrimSpace(NewExperience_)), NewExperienceType_});
        return path;
    }

    void SaveRole(App& app)
    {
        PathDraft_ = WithPending();
        NewNeed_.clear();
        NewExperience_.clear();
        Finish(app, app.GetSession().EditCareerPath(PathDraft_, app.GetPlatform().NowMs()));
    }

    void DeleteRole(App& app)
    {
        PathDraft_.Roles.erase(PathDraft_.Roles.begin() + static_cast<std::ptrdiff_t>(RoleIndex_));
        const int64_t now = app.GetPlatform().NowMs();
        Finish(app, PathDraft_.Roles.empty() ? app.GetSession().DeleteCareerPath(PathDraft_.Meta.RecordId, now)
                                             : app.GetSession().EditCareerPath(PathDraft_, now));
    }

    // [SECTION] Skill editor

    void StartSkillEdit(const trellis::Skill& skill)
    {
        SkillDraft_ = skill;
        Comments_.Reset();
        Versions_.Reset();
        Links_.Reset();
        Editing_ = Editing::Skill;
        ConfirmDelete_ = false;
        Error_.clear();
    }

    // The latest moves of the level, newest first: a reminder of what the last reviews changed.
    static void DrawLevelHistory(const std::vector<trellis::SkillLevelChange>& history)
    {
        constexpr size_t kShown = 4;
        for (size_t i = 0; i < history.size() && i < kShown; i++)
        {
            const trellis::SkillLevelChange& change = history[history.size() - 1 - i];
            const std::string line = "Level " + std::to_string(change.From) + " " ICON_ARROW_RIGHT " " + std::to_string(change.To) +
                                     " on " + Widgets::FormatDate(change.On);
            Widgets::MutedTextItem(line.c_str());
        }
        if (history.size() > kShown)
            Widgets::MutedTextItem(("and " + std::to_string(history.size() - kShown) + " earlier").c_str());
    }

    void DrawSkillEditor(App& app)
    {
        Widgets::Heading("Skill");
        Widgets::BeginCard();
        ImGui::TextUnformatted("Name");
        Widgets::TextField("##skill-name", "e.g. SQL, coaching, public speaking", &SkillDraft_.Name);
        ImGui::TextUnformatted("Category");
        Widgets::TextField("##skill-category", "e.g. Technical, Leadership", &SkillDraft_.Category);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Where it is now");
        const std::string now = LevelWords(SkillDraft_.Current);
        Widgets::Stepper("skill now", &SkillDraft_.Current, trellis::kMinSkillLevel, trellis::kMaxSkillLevel, now.c_str());
        ImGui::TextUnformatted("Where you want it");
        const std::string aim = LevelWords(SkillDraft_.Target);
        Widgets::Stepper("skill aim", &SkillDraft_.Target, trellis::kMinSkillLevel, trellis::kMaxSkillLevel, aim.c_str());
        Widgets::LevelBar(SkillDraft_.Current, SkillDraft_.Target, trellis::kMaxSkillLevel);
        DrawLevelHistory(SkillDraft_.History);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Evidence (projects, feedback, a certificate)");
        Widgets::TextArea("##evidence", &SkillDraft_.Evidence, ImGui::GetTextLineHeight() * 4.0f);
        Widgets::EndCard();
        Links_.Draw(app, SkillDraft_.Meta.RecordId);     // a skill keeps none of its links: nothing in the draft to update
        Comments_.Draw(app, SkillDraft_.Meta.RecordId);
        if (const auto* stored = trellis::FindRecord<trellis::Skill>(app.GetSession().Data(), SkillDraft_.Meta.RecordId);
            stored && Versions_.Draw(app, *stored))
            StartSkillEdit(*trellis::FindRecord<trellis::Skill>(app.GetSession().Data(), SkillDraft_.Meta.RecordId));

        Widgets::ErrorText(Error_);
        const int64_t time = app.GetPlatform().NowMs();
        switch (Widgets::EditorButtons(ICON_CHECK "  Save skill", ICON_TRASH "  Delete skill", &ConfirmDelete_))
        {
        case Widgets::EditorAction::Cancel: Editing_ = Editing::None; break;
        case Widgets::EditorAction::Save:   Finish(app, app.GetSession().EditSkill(SkillDraft_, time, app.GetPlatform().UtcOffsetMinutes())); break;
        case Widgets::EditorAction::Delete: Finish(app, app.GetSession().DeleteSkill(SkillDraft_.Meta.RecordId, time)); break;
        case Widgets::EditorAction::None:   break;
        }
    }

    void Finish(App& app, const trellis::Status& done)
    {
        if (app.AfterCommand(done, &Error_))
            Editing_ = Editing::None;
    }

    Editing                 Editing_ = Editing::None;
    bool                    ConfirmDelete_ = false;
    std::string             Error_;
    std::string             NewRole_;
    std::string             NewSkill_;
    std::string             NewPath_;
    trellis::Id             OpenPath_;      // nil: the first path kept

    trellis::CareerPath     PathDraft_;
    size_t                  RoleIndex_ = 0;
    std::string             NewNeed_;
    std::string             NewExperience_;
    trellis::ActivityType   NewExperienceType_ = trellis::ActivityType::StretchAssignment;

    trellis::Skill          SkillDraft_;
    CommentThread           Comments_;      // on the skill or the path being edited
    EarlierVersionsView     Versions_;      // of the skill or the path being edited
    LinksView               Links_;         // the skill's goals and activities
};

std::unique_ptr<Screen> CreatePathScreen()
{
    return std::make_unique<PathScreen>();
}
