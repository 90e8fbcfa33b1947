// Helpers shared by the core tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/file_system.h"
#include "core/model.h"

namespace trellis::test {

// A MemoryFileSystem that fails one chosen step (counting every WriteFile, SyncFile and Rename
// from 0). A failed WriteFile leaves half the bytes behind, as a crash mid-write would.
class FaultyFileSystem final : public FileSystem
{
public:
    int FailAtStep = -1;        // -1: never fail
    int Steps = 0;              // steps attempted so far
    MemoryFileSystem Inner;

    Status WriteFile(const std::string& path, const std::string& bytes) override
    {
        if (Fail())
        {
            Inner.Files[path] = bytes.substr(0, bytes.size() / 2);
            return Error{"The device is full."};
        }
        return Inner.WriteFile(path, bytes);
    }
    Status SyncFile(const std::string& path) override
    {
        if (Fail())
            return Error{"Could not flush."};
        return Inner.SyncFile(path);
    }
    Status Rename(const std::string& from, const std::string& to) override
    {
        if (Fail())
            return Error{"Could not rename."};
        return Inner.Rename(from, to);
    }
    Result<std::string> ReadFile(const std::string& path) override { return Inner.ReadFile(path); }
    bool Exists(const std::string& path) override { return Inner.Exists(path); }
    Status Remove(const std::string& path) override { return Inner.Remove(path); }
    Status MakeDirs(const std::string& dir) override { return Inner.MakeDirs(dir); }
    std::vector<std::string> List(const std::string& dir) override { return Inner.List(dir); }

private:
    bool Fail() { return Steps++ == FailAtStep; }
};

// A file of tests/golden/, or "" when it is missing.
inline std::string ReadGolden(const char* name)
{
    std::ifstream in(std::string(TRELLIS_GOLDEN_DIR) + "/" + name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Replaces the value of the first `"key": value` in a JSON text (a string, a number, or a literal)
// by `value_json`. Returns false when the key is not there.
inline bool ReplaceJsonValue(std::string& json, const std::string& key, const std::string& value_json)
{
    const std::string quoted = "\"" + key + "\"";
    size_t at = json.find(quoted);
    if (at == std::string::npos)
        return false;
    at = json.find(':', at + quoted.size());
    at = json.find_first_not_of(" \t\r\n", at + 1);
    size_t end = at;
    if (json[at] == '"')
        end = json.find('"', at + 1) + 1;
    else
        end = json.find_first_of(",}]", at);
    json.replace(at, end - at, value_json);
    return true;
}

// A small workspace with text in several scripts.
inline Workspace SampleWorkspace()
{
    Workspace w;
    w.DeviceId = 0x1234abcd5678ef90ULL;
    w.Clock = Stamp{1732300000000, 4, w.DeviceId};
    w.Me.Updated = Stamp{1732300000000, 1, w.DeviceId};
    w.Me.Name = "Zoë Ångström";
    w.Me.Role = "Ingénieure logicielle";
    w.Me.ManagerName = "Олег";
    w.Me.Motivations = {Motivation::Mastery, Motivation::NewExperiences};
    w.Me.NextOneOnOne = Date::FromCivil(2026, 12, 3);
    Goal g;
    g.Meta.RecordId = Id{1, 2};
    g.Meta.CreatedMs = 1732300000000;
    g.Meta.Updated = Stamp{1732300000000, 2, w.DeviceId};
    g.Title = "Lead a design review 🚀 — 设计评审 — مراجعة";
    g.Why = "Line one\nLine \"two\" with a tab\t.";
    g.Kind = Motivation::Advancement;
    g.Term = Horizon::Long;
    g.Status = GoalStatus::OnHold;
    g.Visible = Visibility::Private;
    g.Target = Date::FromCivil(2027, 6, 30);
    g.Milestones.push_back(Milestone{Id{3, 4}, "Shadow two reviews", Date::FromCivil(2026, 1, 15), Date::FromCivil(2026, 1, 10)});
    g.Milestones.push_back(Milestone{Id{5, 6}, "Run one", std::nullopt, std::nullopt});
    g.ManualProgress = 40;
    g.SkillIds = {Id{7, 8}};
    g.ActivityIds = {Id{9, 10}, Id{11, 12}};
    w.Goals.push_back(g);
    Goal deleted;
    deleted.Meta.RecordId = Id{13, 14};
    deleted.Meta.Deleted = true;
    deleted.Meta.Updated = Stamp{1732300000000, 3, w.DeviceId};
    deleted.Title = "Gone";
    w.Goals.push_back(deleted);
    return w;
}

} // namespace trellis::test
