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

        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_FILE " ");
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(trellis::Summary(preview->File).c_str());
        ImGui::PopTextWrapPos();
        Widgets::MutedTextWrapped(("Goes to " + preview->Destination + ".").c_str());
        Widgets::EndCard();

        Widgets::BeginCard();
        if (preview->ChangesNothing())
        {
            Widgets::MutedTextWrapped("Everything in this file is already here: importing it changes nothing.");
        }
        else
        {
            ImGui::TextUnformatted("What changes");
            const auto line = [](const std::string& text) {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::Text("\xe2\x80\xa2 %s", text.c_str());
                ImGui::PopTextWrapPos();
            };
            const auto count = [&](int n, const char* one, const char* many) {
                if (n > 0)
                    line(std::to_string(n) + " " + (n == 1 ? one : many));
            };
            if (preview->Restore)
                line("Your workspace is empty: the backup is restored as it is.");
            count(preview->New, "new record", "new records");
            count(preview->Changed, "record updated", "records updated");
            count(preview->Comments, "new comment", "new comments");
            count(preview->Conflicting, "older version kept in the history", "older versions kept in the history");
            for (const std::string& deleted : preview->Deleted)
                line("Deletes " + deleted);
        }
        if (preview->Conflicting > 0)
            Widgets::MutedTextWrapped("Where you changed something after the file was made, your version stays; the file's is kept in the history.");
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
