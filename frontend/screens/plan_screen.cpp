// Development plan: arrives with its own issue; until then the tab says what it will hold.
#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "imgui.h"
#include "screen.h"

class PlanScreen final : public Screen
{
public:
    const char* Title() const override { return "Development plan"; }

    void Draw(App& app) override
    {
        Widgets::Heading("Development plan");
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_PLAN "  Coming next");
        Widgets::MutedTextWrapped("Courses, credentials, mentoring, stretch assignments, cross-training: the activities that move your goals forward, with dates and the support you need.");
        Widgets::EndCard();
    }
};

std::unique_ptr<Screen> CreatePlanScreen()
{
    return std::make_unique<PlanScreen>();
}
