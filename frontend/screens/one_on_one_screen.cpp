// One-on-one: arrives with its own issue; until then the tab says what it will hold.
#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "imgui.h"
#include "screen.h"

class OneOnOneScreen final : public Screen
{
public:
    const char* Title() const override { return "One-on-one"; }

    void Draw(App& app) override
    {
        Widgets::Heading("One-on-one");
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_ONE_ON_ONE "  Coming next");
        Widgets::MutedTextWrapped("Build the agenda for your next meeting from goal updates, plan items and questions, share it with your manager, and import their response.");
        Widgets::EndCard();
    }
};

std::unique_ptr<Screen> CreateOneOnOneScreen()
{
    return std::make_unique<OneOnOneScreen>();
}
