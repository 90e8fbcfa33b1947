// Merge: the later stamp wins, losers are kept, and the laws hold over thousands of random
// workspaces (commutative, associative, idempotent), as do backup -> restore and the privacy of
// share files.
#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "core/exchange.h"
#include "core/merge.h"
#include "core/records.h"

using namespace trellis;

// Workspaces compared as their backup bytes, with the device id (each side's own) left out.
static std::string Bytes(Workspace w)
{
    w.DeviceId = 1;
    return ExportBackup(w, 0);
}

static Goal MakeGoal(uint64_t id, int64_t wall, uint64_t device, std::string title)
{
    Goal g;
    g.Meta.RecordId = Id{id, id};
    g.Meta.Updated = Stamp{wall, 0, device};
    g.Title = std::move(title);
    return g;
}

TEST(Merge, TheLaterStampWinsAndTheLoserIsKept)
{
    Workspace a, b;
    a.Goals.push_back(MakeGoal(1, 100, 1, "mine"));
    b.Goals.push_back(MakeGoal(1, 200, 2, "theirs"));
    Merge(a, b);
    ASSERT_EQ(a.Goals.size(), 1u);
    EXPECT_EQ(a.Goals[0].Title, "theirs");
    ASSERT_EQ(a.Superseded.Goals.size(), 1u);
    EXPECT_EQ(a.Superseded.Goals[0].Title, "mine");
    EXPECT_EQ(a.Clock, (Stamp{200, 0, 2}));
}

TEST(Merge, TiesAreBrokenByDeviceAndANewerTombstoneDeletes)
{
    Workspace a, b;
    a.Goals.push_back(MakeGoal(1, 100, 9, "device 9"));
    b.Goals.push_back(MakeGoal(1, 100, 3, "device 3"));
    Merge(a, b);
    EXPECT_EQ(a.Goals[0].Title, "device 9");
    Workspace c;
    Goal gone = MakeGoal(1, 300, 3, "device 3");
    gone.Meta.Deleted = true;
    c.Goals.push_back(gone);
    Merge(a, c);
    EXPECT_TRUE(a.Goals[0].Meta.Deleted);
}

// A skill's level history is part of the record: the later edit brings its whole history, and the
// other side's (with its moves) is kept among the superseded versions, not spliced in.
TEST(Merge, ASkillsLevelHistoryTravelsWithTheWinningVersion)
{
    const Date jan = Date::FromCivil(2026, 1, 15), feb = Date::FromCivil(2026, 2, 2);
    Skill mine;
    mine.Meta.RecordId = Id{4, 4};
    mine.Meta.Updated = Stamp{100, 0, 1};
    mine.Name = "SQL";
    mine.Current = 3;
    mine.History = {SkillLevelChange{jan, 2, 3}};
    Skill theirs = mine;
    theirs.Meta.Updated = Stamp{200, 0, 2};
    theirs.Current = 4;
    theirs.History = {SkillLevelChange{jan, 2, 3}, SkillLevelChange{feb, 3, 4}};
    Workspace ab, ba;
    ab.Skills.push_back(mine);
    ba.Skills.push_back(theirs);
    const Workspace a = ab, b = ba;
    Merge(ab, b);
    Merge(ba, a);
    ASSERT_EQ(ab.Skills.size(), 1u);
    EXPECT_EQ(ab.Skills[0], theirs);
    ASSERT_EQ(ab.Superseded.Skills.size(), 1u);
    EXPECT_EQ(ab.Superseded.Skills[0].History, mine.History);
    EXPECT_EQ(Bytes(ab), Bytes(ba));
}

TEST(Merge, KeepsTenVersionsPerRecord)
{
    Workspace w;
    for (int i = 0; i < 25; i++)
    {
        Workspace edit;
        edit.Goals.push_back(MakeGoal(1, 100 + i, 2, "v" + std::to_string(i)));
        Merge(w, edit);
    }
    EXPECT_EQ(w.Goals[0].Title, "v24");
    ASSERT_EQ(w.Superseded.Goals.size(), 10u);
    EXPECT_EQ(w.Superseded.Goals.front().Title, "v14");
    EXPECT_EQ(w.Superseded.Goals.back().Title, "v23");
}

// [SECTION] Random workspaces

struct Random
{
    std::mt19937_64 Engine;
    int Below(int n) { return static_cast<int>(Engine() % static_cast<uint64_t>(n)); }
};

// A few records from a small pool of ids and stamps, so workspaces overlap and conflict. A stamp
// names one edit, so the same stamp always carries the same content.
static Workspace RandomWorkspace(Random& r)
{
    Workspace w;
    w.DeviceId = 1 + r.Below(3);
    // Goal 1 is always there in some version: the comments are about it.
    const int64_t first = 1000 + r.Below(6);
    w.Goals.push_back(MakeGoal(1, first, 1, "goal 1 at " + std::to_string(first) + "/1"));
    const int goals = r.Below(6);
    for (int i = 0; i < goals; i++)
    {
        const uint64_t id = 1 + r.Below(5);
        const int64_t wall = 1000 + r.Below(6);
        const uint64_t device = 1 + r.Below(3);
        Goal g = MakeGoal(id, wall, device, "goal " + std::to_string(id) + " at " + std::to_string(wall) + "/" + std::to_string(device));
        g.Meta.Deleted = (wall + device) % 4 == 0;
        if (!FindRecord<Goal>(w, g.Meta.RecordId))
            w.Goals.push_back(g);
    }
    const int comments = r.Below(4);
    for (int i = 0; i < comments; i++)
    {
        Comment c;
        c.Meta.RecordId = Id{50, static_cast<uint64_t>(r.Below(4))};
        c.Meta.Updated = Stamp{2000 + r.Below(3), 0, 1};
        c.TargetId = Id{1, 1};
        c.Author = "M";
        c.Text = "comment " + c.Meta.Updated.ToString() + c.Meta.RecordId.ToHex();
        if (!FindRecord<Comment>(w, c.Meta.RecordId))
            w.Comments.push_back(c);
    }
    if (r.Below(2))
    {
        w.Me.Updated = Stamp{500 + r.Below(4), 0, 1};
        w.Me.Name = "name " + w.Me.Updated.ToString();
    }
    if (r.Below(3) == 0)
    {
        TeamReport report;
        report.Device = 7 + r.Below(2);
        report.Plan.Goals.push_back(MakeGoal(1, 1000 + r.Below(3), report.Device, "team"));
        report.Plan.Goals.back().Title += report.Plan.Goals.back().Meta.Updated.ToString();
        w.Team.push_back(report);
    }
    return w;
}

static Workspace Merged(Workspace a, const Workspace& b)
{
    Merge(a, b);
    return a;
}

TEST(MergeLaws, CommutativeAssociativeIdempotent)
{
    Random r{std::mt19937_64(20261123)};
    for (int i = 0; i < 2000; i++)
    {
        const Workspace a = RandomWorkspace(r), b = RandomWorkspace(r), c = RandomWorkspace(r);
        const Workspace ab = Merged(a, b);
        ASSERT_EQ(Bytes(ab), Bytes(Merged(b, a))) << "case " << i;
        ASSERT_EQ(Bytes(Merged(ab, c)), Bytes(Merged(a, Merged(b, c)))) << "case " << i;
        ASSERT_EQ(Bytes(Merged(ab, ab)), Bytes(ab)) << "case " << i;
        ASSERT_EQ(Bytes(Merged(ab, b)), Bytes(ab)) << "case " << i;
    }
}

TEST(MergeLaws, BackupRestoresIdentically)
{
    Random r{std::mt19937_64(7)};
    for (int i = 0; i < 500; i++)
    {
        const Workspace w = Merged(RandomWorkspace(r), RandomWorkspace(r));
        const std::string backup = ExportBackup(w, 42);
        Result<ImportPreview> preview = PreviewImport(Workspace{}, backup);
        ASSERT_TRUE(preview) << preview.GetError().Message;
        ASSERT_EQ(ExportBackup(ApplyImport(Workspace{}, preview.Value(), 43), 42), backup);
    }
}

TEST(MergeLaws, ShareFilesNeverCarryPrivateTextIdsOrCounts)
{
    Random r{std::mt19937_64(99)};
    for (int i = 0; i < 500; i++)
    {
        Workspace w = RandomWorkspace(r);
        w.DeviceId = 5;
        const int secrets = r.Below(5);
        for (int k = 0; k < secrets; k++)
        {
            Reflection journal;
            journal.Meta.RecordId = Id{0xabc0 + static_cast<uint64_t>(k), 77};
            journal.On = Date::FromCivil(2026, 1, 1 + k);
            journal.Text = "SECRET-JOURNAL-" + std::to_string(k);
            w.Reflections.push_back(journal);
            Goal goal = MakeGoal(0xdef0 + k, 3000, 5, "SECRET-GOAL-" + std::to_string(k));
            goal.Visible = Visibility::Private;
            w.Goals.push_back(goal);
            if (!w.Goals.empty())
                w.Goals.front().ActivityIds.push_back(Id{0xfed0 + static_cast<uint64_t>(k), 3});
            PlanActivity activity;
            activity.Meta.RecordId = Id{0xfed0 + static_cast<uint64_t>(k), 3};
            activity.Title = "SECRET-PLAN";
            activity.Visible = Visibility::Private;
            w.Activities.push_back(activity);
        }
        const std::string share = ExportShare(w, 10000, 0);
        ASSERT_EQ(share.find("SECRET"), std::string::npos);
        for (int k = 0; k < secrets; k++)
        {
            ASSERT_EQ(share.find(Id{0xabc0 + static_cast<uint64_t>(k), 77}.ToHex()), std::string::npos);
            ASSERT_EQ(share.find(Id{0xfed0 + static_cast<uint64_t>(k), 3}.ToHex()), std::string::npos);
        }
        // Without the private records the file is the same bytes: nothing counts them.
        Workspace without = w;
        without.Reflections.clear();
        std::erase_if(without.Goals, [](const Goal& g) { return g.Visible == Visibility::Private; });
        for (Goal& g : without.Goals)
            std::erase_if(g.ActivityIds, [](const Id& id) { return id.Lo == 3; });
        without.Activities.clear();
        ASSERT_EQ(ExportShare(without, 10000, 0), share);
        ASSERT_TRUE(ReadExchangeFile(share));
    }
}

// [SECTION] Equal stamps

// Versions that share a stamp but not their content, which only a crafted file (or a bug) makes:
// titles, names and comment texts drawn apart from their stamps, in records, in history and in
// the profile, from pools small enough that most cases conflict.
static Workspace EqualStampWorkspace(Random& r)
{
    static const char* kWords[] = { "alpha", "beta", "gamma" };
    Workspace w;
    w.DeviceId = 1 + r.Below(3);
    const int goals = 1 + r.Below(4);
    for (int i = 0; i < goals; i++)
    {
        const uint64_t id = 1 + r.Below(3);
        Goal g = MakeGoal(id, 1000 + r.Below(2), 1, kWords[r.Below(3)]);
        g.ManualProgress = r.Below(2) * 50;
        g.Meta.Deleted = r.Below(5) == 0;
        if (!FindRecord<Goal>(w, g.Meta.RecordId))
            w.Goals.push_back(g);
    }
    const int history = r.Below(4);
    for (int i = 0; i < history; i++)
    {
        Goal old = MakeGoal(1 + r.Below(3), 900 + r.Below(2), 1, std::string("was ") + kWords[r.Below(3)]);
        const bool taken = std::any_of(w.Superseded.Goals.begin(), w.Superseded.Goals.end(), [&](const Goal& g) {
            return g.Meta.RecordId == old.Meta.RecordId && g.Meta.Updated == old.Meta.Updated;
        });
        if (!taken)
            w.Superseded.Goals.push_back(old);
    }
    std::sort(w.Superseded.Goals.begin(), w.Superseded.Goals.end(), [](const Goal& a, const Goal& b) {
        return std::pair(a.Meta.RecordId, a.Meta.Updated) < std::pair(b.Meta.RecordId, b.Meta.Updated);
    });
    if (r.Below(2))
    {
        Comment c;
        c.Meta.RecordId = Id{50, 1};
        c.Meta.Updated = Stamp{2000, 0, 1};
        c.TargetId = Id{1, 1};
        c.Author = "M";
        c.Text = kWords[r.Below(3)];
        w.Comments.push_back(c);
    }
    if (r.Below(3))
    {
        w.Me.Updated = Stamp{500, 0, 1};
        w.Me.Name = kWords[r.Below(3)];
        if (r.Below(2))
        {
            Profile old;
            old.Updated = Stamp{400, 0, 1};
            old.Name = std::string("was ") + kWords[r.Below(3)];
            w.Superseded.Profiles.push_back(old);
        }
    }
    return w;
}

// How many (id, stamp) pairs carry different content in `a` and `b`, records and history.
static int Conflicts(const Workspace& a, const Workspace& b)
{
    int n = 0;
    auto count = [&](const std::vector<Goal>& x, const std::vector<Goal>& y) {
        for (const Goal& g : x)
            for (const Goal& h : y)
                n += g.Meta.RecordId == h.Meta.RecordId && g.Meta.Updated == h.Meta.Updated && !(g == h);
    };
    count(a.Goals, b.Goals);
    count(a.Superseded.Goals, b.Superseded.Goals);
    n += a.Me.Updated == b.Me.Updated && a.Me.Updated != Stamp{} && !(a.Me == b.Me);
    return n;
}

TEST(Merge, EqualStampsMergeTheSameWhateverTheOrder)
{
    Random r{std::mt19937_64(20261207)};
    int conflicts = 0;
    for (int i = 0; i < 3000; i++)
    {
        const Workspace a = EqualStampWorkspace(r), b = EqualStampWorkspace(r), c = EqualStampWorkspace(r);
        conflicts += Conflicts(a, b) + Conflicts(b, c);
        const Workspace ab = Merged(a, b);
        ASSERT_EQ(Bytes(ab), Bytes(Merged(b, a))) << "case " << i;
        ASSERT_EQ(Bytes(Merged(ab, c)), Bytes(Merged(a, Merged(b, c)))) << "case " << i;
        ASSERT_EQ(Bytes(Merged(ab, ab)), Bytes(ab)) << "case " << i;
        ASSERT_EQ(Bytes(Merged(ab, b)), Bytes(ab)) << "case " << i;
        // Every order of the three imports into an empty workspace gives one workspace.
        const std::string abc = Bytes(Merged(Merged(Merged(Workspace{}, a), b), c));
        ASSERT_EQ(Bytes(Merged(Merged(Merged(Workspace{}, c), a), b)), abc) << "case " << i;
        ASSERT_EQ(Bytes(Merged(Merged(Merged(Workspace{}, b), c), a)), abc) << "case " << i;
    }
    // The cases are worth their time only if they conflict.
    EXPECT_GT(conflicts, 1000);
}

TEST(Merge, OfTwoVersionsWithOneStampTheGreaterContentWins)
{
    Goal a = MakeGoal(1, 100, 1, "alpha"), b = MakeGoal(1, 100, 1, "beta");
    ASSERT_NE(ContentLess(a, b), ContentLess(b, a));
    const Goal& winner = ContentLess(a, b) ? b : a;
    Workspace x, y;
    x.Goals.push_back(a);
    y.Goals.push_back(b);
    EXPECT_EQ(Merged(x, y).Goals[0], winner);
    EXPECT_EQ(Merged(y, x).Goals[0], winner);
    // The other one is not history: it has the winner's stamp.
    EXPECT_TRUE(Merged(x, y).Superseded.Goals.empty());
    EXPECT_FALSE(ContentLess(a, a));
}
