// Goals: the list of my goals, and the form that adds one.
#include <string>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/views.h"
#include "imgui.h"
#include "screen.h"

class GoalsScreen final : public Screen
{
public:
    const char* Title() const override { return "Goals"; }

    void Draw(App& app) override
    {
        if (app.TakeNewGoalRequest())
            OpenForm();
        Widgets::Heading("Goals");
        if (FormOpen_)
            DrawNewGoalForm(app);
        else if (Widgets::PrimaryButton(ICON_PLUS "  Add a goal"))
            OpenForm();
        DrawList(app);
    }

private:
    void OpenForm()
    {
        FormOpen_ = true;
        FocusTitle_ = true;
        NewTitle_.clear();
        FormError_.clear();
    }

    void DrawNewGoalForm(App& app)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("New goal");
        if (FocusTitle_)
        {
            ImGui::SetKeyboardFocusHere();
            FocusTitle_ = false;
        }
        const bool entered = Widgets::TextField("##title", "What do you want to achieve?", &NewTitle_);
        if (!FormError_.empty())
        {
            ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().Danger);
            ImGui::TextWrapped("%s", FormError_.c_str());
            ImGui::PopStyleColor();
        }
        const float half = (ImGui::CalcItemWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        if (Widgets::Button("Cancel", half))
            FormOpen_ = false;
        ImGui::SameLine();
        const bool save = Widgets::PrimaryButton(ICON_CHECK "  Save goal", half);
        if (entered || save)
            Submit(app);
        Widgets::EndCard();
    }

    void Submit(App& app)
    {
        trellis::Result<trellis::Id> added = app.GetSession().AddGoal(NewTitle_, app.GetPlatform().NowMs());
        if (!added)
        {
            FormError_ = added.GetError().Message;
            FocusTitle_ = true;
            return;
        }
        app.AfterEdit(app.GetSession().LastSave());
        FormOpen_ = false;
        NewTitle_.clear();
    }

    static void DrawList(App& app)
    {
        std::vector<const trellis::Goal*> goals = app.GetSession().LiveGoals();
        if (goals.empty())
        {
            Widgets::MutedTextWrapped("Your goals will appear here. Not only promotion: mastery, learning, stability, relationships, new experiences, strengths, interests.");
            return;
        }
        for (const trellis::Goal* goal : goals)
        {
            ImGui::PushID(goal);
            Widgets::BeginCard();
            ImGui::TextWrapped("%s", goal->Title.c_str());
            const std::string meta = std::string(trellis::DisplayName(goal->Kind)) + "  ·  " + trellis::DisplayName(goal->Status);
            Widgets::MutedTextWrapped(meta.c_str());
            Widgets::ProgressBar(trellis::GoalProgress(*goal) / 100.0f);
            Widgets::EndCard(goal->Title.c_str());
            ImGui::PopID();
        }
    }

    bool        FormOpen_ = false;
    bool        FocusTitle_ = false;
    std::string NewTitle_;
    std::string FormError_;
};

std::unique_ptr<Screen> CreateGoalsScreen()
{
    return std::make_unique<GoalsScreen>();
}
