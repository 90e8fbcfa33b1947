// Journal: arrives with its own issue; until then the tab says what it will hold.
#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "imgui.h"
#include "screen.h"

class JournalScreen final : public Screen
{
public:
    const char* Title() const override { return "Journal"; }

    void Draw(App& app) override
    {
        Widgets::Heading("Journal");
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_JOURNAL "  Coming next");
        Widgets::MutedTextWrapped("Your private reflection journal: what you loved and what drained you today, your energy, and the patterns over weeks. Entries stay on this device unless you make a backup.");
        Widgets::EndCard();
    }
};

std::unique_ptr<Screen> CreateJournalScreen()
{
    return std::make_unique<JournalScreen>();
}
