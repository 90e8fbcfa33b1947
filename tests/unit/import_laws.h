// Hostile files that parse, and the laws every import keeps (issue 18). Shared by
// tests/unit/import_laws_test.cpp (thousands of seeded rounds) and tests/fuzz/fuzz_structured.cpp
// (libFuzzer choosing the changes).
//
// A round takes a file the app wrote (a share, a response or a backup) and changes a few of its
// values as a hostile colleague would: text padded past its limit, lone surrogates, control
// characters, ids of records of another kind, stamps at the end of time, copied records, removed
// fields, parts of another kind of file planted in it. It is imported into the workspace that path
// meets in the app. For every accepted file:
//   - the result's backup is read back and restores into an empty workspace to the same bytes;
//   - its share file and its responses (one per report) are read back;
//   - a preview that said "nothing changes" left the workspace as it was (clocks aside);
//   - the same share or response imported again changes nothing.
#pragma once

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/exchange.h"
#include "core/merge.h"
#include "sample_workspace.h"

namespace trellis::test {


constexpr int64_t kNow = 1772323200000 + 3600000;     // an hour after the golden files' export

struct Files
{
    Workspace   Employee;   // FullWorkspaceV5
    Workspace   Manager;    // the employee's share imported, and comments on it
    std::string Share, Response, Backup;
    rapidjson::Document Parsed[3];  // the three files, as the mutations start from them
};

// Files is not copyable (its documents), so it is built in place.
inline void MakeFiles(Files& f)
{
    f.Employee = FullWorkspaceV5();
    f.Share = ExportShare(f.Employee, kNow - 1000, 0);
    Result<ImportPreview> share = PreviewImport(Workspace{}, f.Share);
    f.Manager.DeviceId = 0x5eed;
    f.Manager.Me.Name = "Li Na";
    f.Manager.Me.Updated = Stamp{kNow - 5000, 0, 0x5eed};
    f.Manager = ApplyImport(f.Manager, share.Value(), kNow - 900);
    TeamReport& report = f.Manager.Team.at(0);
    int n = 0;
    for (const Goal& goal : report.Plan.Goals)
    {
        Comment c;
        c.Meta.RecordId = Id{0xc0, static_cast<uint64_t>(++n)};
        c.Meta.Updated = Stamp{kNow - 800 + n, 0, 0x5eed};
        c.TargetId = goal.Meta.RecordId;
        c.Author = "Li Na";
        c.Text = "Good progress on " + goal.Title;
        report.Plan.Comments.push_back(c);
    }
    Result<std::string> response = ExportResponse(f.Manager, report.Device, kNow - 500);
    f.Response = response.Value();
    f.Backup = ExportBackup(f.Employee, kNow - 400);
    f.Parsed[0].Parse(f.Share.c_str());
    f.Parsed[1].Parse(f.Response.c_str());
    f.Parsed[2].Parse(f.Backup.c_str());
}

// Where the choices come from: bytes (a fuzzer's input, two per choice) while they last, then a
// seeded generator.
struct Rng
{
    std::mt19937_64 Engine;
    const uint8_t*  Data = nullptr;
    size_t          Size = 0;

    size_t Below(size_t n)
    {
        if (n == 0)
            return 0;
        if (Size >= 2)
        {
            const size_t value = static_cast<size_t>(Data[0]) << 8 | Data[1];
            Data += 2;
            Size -= 2;
            return value % n;
        }
        return static_cast<size_t>(Engine() % n);
    }
};

using Value = rapidjson::Value;

// Every value of a document, for picking one at random.
inline void Collect(Value& v, std::vector<Value*>& all, std::vector<Value*>& objects, std::vector<Value*>& arrays)
{
    all.push_back(&v);
    if (v.IsObject())
    {
        objects.push_back(&v);
        for (auto& m : v.GetObject())
            Collect(m.value, all, objects, arrays);
    }
    else if (v.IsArray())
    {
        arrays.push_back(&v);
        for (auto& e : v.GetArray())
            Collect(e, all, objects, arrays);
    }
}

// Placeholders that become raw JSON escapes after writing (the DOM holds decoded text only).
inline const char* const kLoneLow = "@@LONE-LOW@@";     // -> \udc00
inline const char* const kLoneHigh = "@@LONE-HIGH@@";   // -> \ud800

inline std::string HostileText(Rng& r, const std::string& was)
{
    switch (r.Below(9))
    {
    case 0: return std::string(30000, ' ') + was + std::string(30000, ' ');
    case 1: return was + kLoneLow;
    case 2: return kLoneHigh + was;
    case 3: return was + "\n# Injected heading\n\x1b[31mred";
    case 4: return std::string(300000, 'x');
    case 5: return "";
    case 6: return was + "\xe2\x80\xae" "evil";     // a right-to-left override
    case 7: return "\t  " + was + " \r\n";
    default: return was + was;
    }
}

inline std::string HostileStamp(Rng& r)
{
    switch (r.Below(5))
    {
    case 0: return "9223372036854775807.4294967295.1";
    case 1: return std::to_string(kNow + 2 * kMaxFutureMs) + ".0.1";
    case 2: return std::to_string(kNow + kMaxFutureMs / 2) + ".4294967295.ffffffffffffffff";
    case 3: return "0.0.0";
    default: return std::to_string(kNow - 10) + ".7.2";
    }
}

inline void Mutate(rapidjson::Document& doc, const rapidjson::Document& other, Rng& r)
{
    auto& alloc = doc.GetAllocator();
    std::vector<Value*> all, objects, arrays;
    Collect(doc, all, objects, arrays);
    // Ids anywhere in the file, to give one to a record of another kind.
    std::vector<std::string> ids;
    for (Value* v : objects)
        if (v->HasMember("id") && (*v)["id"].IsString())
            ids.emplace_back((*v)["id"].GetString());
    switch (r.Below(8))
    {
    case 0:
    case 1: // a string's text
    {
        std::vector<Value*> strings;
        for (Value* v : all)
            if (v->IsString())
                strings.push_back(v);
        if (strings.empty())
            return;
        Value* s = strings[r.Below(strings.size())];
        const std::string was = s->GetString();
        if (was.find('.') != std::string::npos && was.size() > 20 && was.find(' ') == std::string::npos && r.Below(2))
            s->SetString(HostileStamp(r).c_str(), alloc);
        else
            s->SetString(HostileText(r, was).c_str(), alloc);
        return;
    }
    case 2: // a number
    {
        std::vector<Value*> numbers;
        for (Value* v : all)
            if (v->IsNumber())
                numbers.push_back(v);
        if (numbers.empty())
            return;
        static const int64_t kNumbers[] = { -1, 0, 999, 101, 1LL << 40, INT64_MAX, kNow + 3 * kMaxFutureMs };
        numbers[r.Below(numbers.size())]->SetInt64(kNumbers[r.Below(std::size(kNumbers))]);
        return;
    }
    case 3: // an id of another record
    {
        if (ids.size() < 2)
            return;
        std::vector<Value*> with_id;
        for (Value* v : objects)
            if (v->HasMember("id") && (*v)["id"].IsString())
                with_id.push_back(v);
        (*with_id[r.Below(with_id.size())])["id"].SetString(ids[r.Below(ids.size())].c_str(), alloc);
        return;
    }
    case 4: // a record copied within its list
    {
        std::vector<Value*> lists;
        for (Value* v : arrays)
            if (!v->Empty() && (*v)[0].IsObject())
                lists.push_back(v);
        if (lists.empty())
            return;
        Value* list = lists[r.Below(lists.size())];
        Value copy((*list)[static_cast<rapidjson::SizeType>(r.Below(list->Size()))], alloc);
        list->PushBack(copy, alloc);
        return;
    }
    case 5: // a member removed
    {
        if (objects.empty())
            return;
        Value* o = objects[r.Below(objects.size())];
        if (o->MemberCount() == 0)
            return;
        o->RemoveMember(o->MemberBegin() + static_cast<long>(r.Below(o->MemberCount())));
        return;
    }
    default: // a part of another file's content planted in this one
    {
        const Value& from = other["content"];
        static const char* kParts[] = { "profile", "goals", "reflections", "skills", "activities", "one_on_ones", "comments", "superseded", "team", "clock" };
        const char* part = kParts[r.Below(std::size(kParts))];
        if (!from.HasMember(part))
            return;
        Value copy(from[part], alloc);
        Value& content = doc["content"];
        if (content.HasMember(part))
            content[part] = copy;
        else
            content.AddMember(Value(part, alloc), copy, alloc);
        return;
    }
    }
}

inline std::string Replace(std::string s, const std::string& from, const std::string& to)
{
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

inline std::string Write(const rapidjson::Document& doc)
{
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    doc.Accept(writer);
    return Replace(Replace(out.GetString(), kLoneLow, "\\udc00"), kLoneHigh, "\\ud800");
}

// Which law an accepted file broke, in words; empty when every one holds.
inline std::string BrokenExportLaw(const Workspace& w)
{
    const std::string backup = ExportBackup(w, kNow);
    Result<ImportPreview> restore = PreviewImport(Workspace{}, backup);
    if (!restore)
        return "its backup is refused: " + restore.GetError().Message;
    if (ExportBackup(ApplyImport(Workspace{}, restore.Value(), kNow), kNow) != backup)
        return "its backup does not restore to the same bytes";
    if (Result<ExchangeFile> shared = ReadExchangeFile(ExportShare(w, kNow, 0)); !shared)
        return "its share file is refused: " + shared.GetError().Message;
    for (const TeamReport& report : w.Team)
    {
        Result<std::string> response = ExportResponse(w, report.Device, kNow);
        if (!response)
            return "no response for a report";
        if (Result<ExchangeFile> read = ReadExchangeFile(response.Value()); !read)
            return "a response is refused: " + read.GetError().Message;
    }
    return {};
}

struct Round
{
    int         Kind = 0;           // 0 share, 1 response, 2 backup
    bool        Accepted = false;
    std::string Broken;             // the law broken, in words; empty: none
};

// One hostile file, imported where its kind goes, and the laws checked.
inline Round RunRound(const Files& f, Rng& r)
{
    Round round;
    round.Kind = static_cast<int>(r.Below(3));
    const rapidjson::Document& original = f.Parsed[round.Kind];
    const rapidjson::Document& other = f.Parsed[(round.Kind + 1 + r.Below(2)) % 3];
    rapidjson::Document doc;
    doc.CopyFrom(original, doc.GetAllocator());
    const size_t mutations = 1 + r.Below(3);
    for (size_t m = 0; m < mutations; m++)
        Mutate(doc, r.Below(2) ? other : original, r);
    const std::string bytes = Write(doc);
    // A share goes to the manager, a response to the employee, a backup onto the employee's
    // workspace, into an empty one (a restore) or onto the manager's (with its team).
    static const Workspace empty;
    const size_t where = r.Below(3);
    const Workspace& into = round.Kind == 0 ? f.Manager : round.Kind == 1 ? f.Employee : where == 0 ? f.Employee : where == 1 ? empty : f.Manager;
    ExchangeLimits limits;
    limits.NowMs = kNow;
    Result<ImportPreview> preview = PreviewImport(into, bytes, limits);
    if (!preview)
    {
        if (preview.GetError().Message.empty())
            round.Broken = "a refusal without words";
        return round;
    }
    round.Accepted = true;
    (void)preview->Describe();
    const Workspace after = ApplyImport(into, preview.Value(), kNow);
    round.Broken = BrokenExportLaw(after);
    if (round.Broken.empty() && preview->IsNoOp() && !SameApartFromClocks(after, into))
        round.Broken = "the preview said nothing changes, and the import changed the workspace";
    if (round.Broken.empty() && round.Kind != 2)
    {
        Result<ImportPreview> again = PreviewImport(after, bytes, limits);
        if (!again)
            round.Broken = "the second import is refused: " + again.GetError().Message;
        else if (!again->IsNoOp())
            round.Broken = "the second import changes something";
    }
    return round;
}

} // namespace trellis::test
