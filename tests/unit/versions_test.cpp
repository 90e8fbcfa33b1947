// The versions a merge replaced, as a person meets them: the same goal edited on a phone and a
// laptop, the laptop's backup imported on the phone, and the phone's own words still there to read
// and put back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/exchange.h"
#include "core/records.h"
#include "core/session.h"
#include "core/views.h"
#include "test_support.h"

using namespace trellis;

namespace {

const int64_t kJan1 = 1767225600000;     // 2026-01-01T00:00:00Z
const int64_t kHour = 3600000;

struct Device
{
    MemoryFileSystem    Fs;
    WorkspaceStore      Store{Fs, "/data"};
    Session             App;

    explicit Device(uint64_t seed) : App(Store, seed) { EXPECT_TRUE(App.Open()); }
    void Import(const std::string& bytes, int64_t now_ms)
    {
        Result<ImportPreview> preview = PreviewImport(App.Data(), bytes);
        ASSERT_TRUE(preview) << preview.GetError().Message;
        ASSERT_TRUE(App.ApplyImport(preview.Value(), now_ms));
    }
};

// A phone and a laptop of one person with the same goal, edited on both, the laptop later; the
// laptop's backup then imported on the phone.
class Versions : public ::testing::Test
{
protected:
    Device  Phone{1};
    Device  Laptop{2};
    Id      GoalId;

    void SetUp() override
    {
        Goal goal;
        goal.Title = "Run the guild";
        goal.Why = "Share what I know";
        Result<Id> added = Phone.App.AddGoal(goal, kJan1);
        ASSERT_TRUE(added);
        GoalId = added.Value();
        Laptop.Import(ExportBackup(Phone.App.Data(), kJan1 + kHour), kJan1 + kHour);

        Goal on_phone = *Phone.App.FindGoal(GoalId);
        on_phone.Title = "Run the accessibility guild";
        on_phone.ManualProgress = 40;
        ASSERT_TRUE(Phone.App.EditGoal(on_phone, kJan1 + 2 * kHour));
        Goal on_laptop = *Laptop.App.FindGoal(GoalId);
        on_laptop.Title = "Start a guild";
        on_laptop.Status = GoalStatus::OnHold;
        ASSERT_TRUE(Laptop.App.EditGoal(on_laptop, kJan1 + 3 * kHour));
        Phone.Import(ExportBackup(Laptop.App.Data(), kJan1 + 4 * kHour), kJan1 + 4 * kHour);
    }
};

} // namespace

TEST_F(Versions, TheVersionAMergeReplacedIsListedWithWhatItSaidDifferently)
{
    const Workspace& data = Phone.App.Data();
    EXPECT_EQ(Phone.App.FindGoal(GoalId)->Title, "Start a guild") << "the later edit won";
    const std::vector<const Goal*> earlier = EarlierVersions<Goal>(data, GoalId);
    ASSERT_EQ(earlier.size(), 1u);
    EXPECT_EQ(earlier[0]->Title, "Run the accessibility guild");
    EXPECT_EQ(VersionDifferences(*earlier[0], *Phone.App.FindGoal(GoalId)),
              (std::vector<std::string>{ "Title: Run the accessibility guild", "Status: Active", "Progress: 40 %" }));
    EXPECT_TRUE(EarlierVersions<Goal>(data, Id{}).empty());
    EXPECT_TRUE(VersionDifferences(*earlier[0], *earlier[0]).empty());
}

TEST_F(Versions, AnEarlierVersionIsRestoredAsAnUndoableEditThatTravels)
{
    const Goal earlier = *EarlierVersions<Goal>(Phone.App.Data(), GoalId)[0];
    const Stamp before = Phone.App.FindGoal(GoalId)->Meta.Updated;
    ASSERT_TRUE(Phone.App.RestoreVersion(earlier, kJan1 + 5 * kHour));
    const Goal* now = Phone.App.FindGoal(GoalId);
    EXPECT_EQ(now->Title, "Run the accessibility guild");
    EXPECT_EQ(now->Status, GoalStatus::Active);
    EXPECT_EQ(now->ManualProgress, 40);
    EXPECT_GT(now->Meta.Updated, before) << "a new edit: it wins the next merge with the laptop";
    EXPECT_EQ(Phone.App.UndoLabel(), "Restore goal");

    // The laptop takes the restored version from the phone's next backup.
    Laptop.Import(ExportBackup(Phone.App.Data(), kJan1 + 6 * kHour), kJan1 + 6 * kHour);
    EXPECT_EQ(Laptop.App.FindGoal(GoalId)->Title, "Run the accessibility guild");

    ASSERT_TRUE(Phone.App.Undo(kJan1 + 7 * kHour));
    EXPECT_EQ(Phone.App.FindGoal(GoalId)->Title, "Start a guild");
}

TEST_F(Versions, OnlyAKeptVersionOfALiveRecordCanBeRestored)
{
    Goal forged = *EarlierVersions<Goal>(Phone.App.Data(), GoalId)[0];
    forged.Title = "Something never written";
    EXPECT_FALSE(Phone.App.RestoreVersion(forged, kJan1 + 5 * kHour));
    EXPECT_EQ(Phone.App.FindGoal(GoalId)->Title, "Start a guild");

    const Goal earlier = *EarlierVersions<Goal>(Phone.App.Data(), GoalId)[0];
    ASSERT_TRUE(Phone.App.DeleteGoal(GoalId, kJan1 + 5 * kHour));
    const Status refused = Phone.App.RestoreVersion(earlier, kJan1 + 6 * kHour);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.GetError().Message, "That goal no longer exists.");
}

TEST(VersionDifferences, NameEachFieldOfEveryKindInTheEarlierVersionsWords)
{
    PlanActivity a, b;
    a.Title = "Audit course";
    b.Title = "Audit course";
    a.Status = ActivityStatus::InProgress;
    b.Status = ActivityStatus::Done;
    b.CompletedOn = Date::FromCivil(2026, 3, 2);
    a.Outcome = std::string(200, 'x');
    EXPECT_EQ(VersionDifferences(a, b), (std::vector<std::string>{
        "Status: In progress", "Done on: none", "Outcome: " + std::string(120, 'x') + "\u2026" }));

    Reflection r, s;
    r.Loved = { "mentoring", "design" };
    r.Energy = 4;
    EXPECT_EQ(VersionDifferences(r, s), (std::vector<std::string>{ "What I loved: mentoring, design", "Energy: 4 of 5" }));

    Skill k, l;
    k.Current = 2;
    l.Current = 3;
    EXPECT_EQ(VersionDifferences(k, l), (std::vector<std::string>{ "Level: 2 of 5" }));

    OneOnOne m, n;
    m.Actions.push_back(ActionItem{ Id{}, "Book the room", ActionOwner::Me, std::nullopt, Date::FromCivil(2026, 3, 2) });
    m.CoveredCareer = true;
    EXPECT_EQ(VersionDifferences(m, n), (std::vector<std::string>{ "Action items: Book the room (done)", "We talked about my career" }));

    CareerPath p, q;
    p.Roles.push_back(PathRole{ Id{}, "Engineer", {}, {} });
    q.Roles.push_back(PathRole{ Id{}, "Engineer", { SkillRequirement{} }, {} });
    EXPECT_EQ(VersionDifferences(p, q), (std::vector<std::string>{ "Other skills or experience asked for by its roles" }));

    Goal g, h;
    g.Meta.Deleted = true;
    EXPECT_EQ(VersionDifferences(g, h), (std::vector<std::string>{ "Deleted in this version" }));
}
