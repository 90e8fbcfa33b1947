// trellis-file: the app's file operations from a terminal, for tests, for reproducing fuzz findings
// and for people who prefer one. It goes through WorkspaceStore and Session exactly as the app does.
//
//   trellis-file check FILE                                 exit 0 and a summary, or 1 and the reason
//   trellis-file import WORKSPACE_DIR FILE [--yes]          print the preview; apply it with --yes
//   trellis-file export share|response|backup WORKSPACE_DIR OUT [--report DEVICE]
//   trellis-file agenda WORKSPACE_DIR                       the next one-on-one's agenda, in Markdown
//
// Exit codes: 0 done, 1 refused (the message says why), 2 wrong usage.
// Every command that opens a workspace prints on stderr what the app would show on opening it (a
// fallback to a backup); only `import --yes` writes to the workspace folder or creates it.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "core/agenda.h"
#include "core/exchange.h"
#include "core/file_system.h"
#include "core/session.h"
#include "core/store.h"

using namespace trellis;

static int64_t NowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

static int Usage()
{
    std::fputs("usage: trellis-file check FILE\n"
               "       trellis-file import WORKSPACE_DIR FILE [--yes]\n"
               "       trellis-file export share|response|backup WORKSPACE_DIR OUT [--report DEVICE]\n"
               "       trellis-file agenda WORKSPACE_DIR\n", stderr);
    return 2;
}

static int Refuse(const std::string& message)
{
    std::fprintf(stderr, "%s\n", message.c_str());
    return 1;
}

static int Check(const std::string& path)
{
    Result<std::string> bytes = ReadImportFile(path);
    if (!bytes)
        return Refuse(bytes.GetError().Message);
    Result<ExchangeFile> file = ReadExchangeFile(bytes.Value());
    if (!file)
        return Refuse(file.GetError().Message);
    std::printf("%s\n", Summary(file.Value()).c_str());
    return 0;
}

static int Import(Session& session, const std::string& path, bool yes)
{
    Result<std::string> bytes = ReadImportFile(path);
    if (!bytes)
        return Refuse(bytes.GetError().Message);
    ExchangeLimits limits;
    limits.NowMs = NowMs();
    Result<ImportPreview> preview = PreviewImport(session.Data(), bytes.Value(), limits);
    if (!preview)
        return Refuse(preview.GetError().Message);
    const ImportDescription text = preview->Describe();
    std::printf("%s\n%s\n", text.Summary.c_str(), text.Destination.c_str());
    for (const std::string& change : text.Changes)
        std::printf("  %s\n", change.c_str());
    if (!text.Note.empty())
        std::printf("%s\n", text.Note.c_str());
    if (!yes)
    {
        std::printf("Nothing changed yet: run again with --yes to import.\n");
        return 0;
    }
    if (Status applied = session.ApplyImport(preview.Value(), NowMs()); !applied)
        return Refuse(applied.GetError().Message);
    if (!session.LastSave())
        return Refuse(session.LastSave().GetError().Message);
    std::printf("Imported.\n");
    return 0;
}

static int Export(Session& session, const std::string& kind, const std::string& out, const std::string& report)
{
    const Workspace& w = session.Data();
    const int64_t now = NowMs();
    std::string bytes;
    if (kind == "share")
        bytes = ExportShare(w, now, 0);
    else if (kind == "backup")
        bytes = ExportBackup(w, now);
    else if (kind == "response")
    {
        if (report.empty() && w.Team.size() != 1)
            return Refuse("Say which report the response is for with --report DEVICE (" + std::to_string(w.Team.size()) + " people in the team).");
        uint64_t device = w.Team.empty() ? 0 : w.Team[0].Device;
        if (!report.empty())
            device = std::strtoull(report.c_str(), nullptr, 16);
        Result<std::string> response = ExportResponse(w, device, now);
        if (!response)
            return Refuse(response.GetError().Message);
        bytes = std::move(response.Value());
    }
    else
        return Usage();
    DiskFileSystem fs;
    if (Status written = WriteFileAtomically(fs, out, bytes); !written)
        return Refuse(written.GetError().Message);
    std::printf("Wrote %s (%zu bytes); a good name to send it under: %s\n", out.c_str(), bytes.size(),
                ExchangeFileName(kind == "share" ? FileKind::Share : kind == "response" ? FileKind::Response : FileKind::Backup, w.Me.Name, now).c_str());
    return 0;
}

static int PrintAgenda(const Session& session)
{
    const Agenda agenda = BuildAgenda(session.Data(), LocalNow{NowMs(), 0});
    std::printf("# One-on-one%s\n\n", agenda.MeetingOn ? (" on " + agenda.MeetingOn->ToString()).c_str() : "");
    std::printf("Changes since %s.\n", agenda.Since.ToString().c_str());
    if (!agenda.GoalUpdates.empty())
        std::printf("\n## Goal updates\n\n");
    for (const AgendaGoal& goal : agenda.GoalUpdates)
        std::printf("- %s (%d%%)\n", goal.Record->Title.c_str(), goal.Progress);
    if (!agenda.Activities.empty())
        std::printf("\n## Plan\n\n");
    for (const AgendaActivity& activity : agenda.Activities)
        std::printf("- %s: %s\n", activity.Record->Title.c_str(), activity.Completed ? "done" : "due soon");
    if (!agenda.CarriedOver.empty())
        std::printf("\n## Open action items\n\n");
    for (const CarriedAction& action : agenda.CarriedOver)
        std::printf("- [ ] %s (%s)\n", action.Item->Text.c_str(), DisplayName(action.Item->Owner));
    if (!agenda.TalkingPoints.empty())
        std::printf("\n## Talking points\n\n");
    for (const AgendaItem* item : agenda.TalkingPoints)
        std::printf("- %s\n", item->Text.c_str());
    if (!agenda.Questions.empty())
        std::printf("\n## Questions\n\n");
    for (const BankQuestion* question : agenda.Questions)
        std::printf("- %s\n", question->Text);
    return 0;
}

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    bool yes = false;
    std::string report;
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); i++)
    {
        if (args[i] == "--yes")
            yes = true;
        else if (args[i] == "--report" && i + 1 < args.size())
            report = args[++i];
        else
            positional.push_back(args[i]);
    }
    if (positional.empty())
        return Usage();
    const std::string& command = positional[0];
    if (command == "check" && positional.size() == 2)
        return Check(positional[1]);

    const bool needs_workspace = (command == "import" && positional.size() == 3) || (command == "export" && positional.size() == 4) ||
                                 (command == "agenda" && positional.size() == 2);
    if (!needs_workspace)
        return Usage();
    const std::string dir = command == "export" ? positional[2] : positional[1];
    DiskFileSystem fs;
    // Only an import that will be applied writes; everything else leaves the folder as it found it
    // (a missing folder opens as a new, empty workspace).
    if (command == "import" && yes)
        if (Status made = fs.MakeDirs(dir); !made)
            return Refuse(made.GetError().Message);
    WorkspaceStore store(fs, dir);
    Session session(store, std::random_device{}() ^ static_cast<uint64_t>(NowMs()));
    if (Status open = session.Open(); !open)
        return Refuse(open.GetError().Message);
    if (!session.OpenNotice().empty())
        std::fprintf(stderr, "%s\n", session.OpenNotice().c_str());
    if (command == "import")
        return Import(session, positional[2], yes);
    if (command == "export")
        return Export(session, positional[1], positional[3], report);
    return PrintAgenda(session);
}
