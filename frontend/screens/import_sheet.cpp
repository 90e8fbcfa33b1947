// The preview of a file being imported: what it is, who it is from, and what it would change. Nothing
// changes until the person taps "Import"; "Cancel" leaves the workspace as it was. Drawn over the
// page (App::OnFileOpened made the preview through the core's PreviewImport).
#include <string>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/exchange.h"
#include "imgui.h"
#include "screen.h"

class ImportSheet final : public Screen
{
public:
    const char* Title() const override { return "Import a file"; }

    void Draw(App& app) override
    {
        const trellis::ImportPreview* preview = app.PendingImport();
        if (preview == nullptr)
            return;
        Widgets::Heading("Import a file");

        // The wording is the core's (ImportPreview::Describe), as trellis-file prints it.
        const trellis::ImportDescription text = preview->Describe();
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_FILE " ");
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(text.Summary.c_str());
        ImGui::PopTextWrapPos();
        Widgets::MutedTextWrapped(text.Destination.c_str());
        Widgets::EndCard();

        Widgets::BeginCard();
        if (!text.Changes.empty())
        {
            ImGui::TextUnformatted("What changes");
            ImGui::PushTextWrapPos(0.0f);
            for (const std::string& change : text.Changes)
                ImGui::Text("\xe2\x80\xa2 %s", change.c_str());
            ImGui::PopTextWrapPos();
        }
        if (!text.Note.empty())
            Widgets::MutedTextWrapped(text.Note.c_str());
        Widgets::EndCard();

        if (Widgets::PrimaryButton(ICON_CHECK " Import"))
            app.ApplyPendingImport();
        if (Widgets::Button("Cancel", -1.0f))
            app.CancelPendingImport();
    }
};

std::unique_ptr<Screen> CreateImportSheet()
{
    return std::make_unique<ImportSheet>();
}
