// Every released schema version has a golden file in tests/golden/, loaded here forever: old data
// must always open.
#include <gtest/gtest.h>

#include "core/codec.h"
#include "golden_files.h"
#include "sample_workspace.h"

using namespace trellis;
using test::ReadGolden;

TEST(Golden, WorkspaceSchema1Loads)
{
    const std::string bytes = ReadGolden("workspace-v1.json");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v1.json";
    Result<Workspace> loaded = DecodeWorkspace(bytes);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    const Workspace& w = loaded.Value();
    EXPECT_EQ(w.Me.Name, "Zoë Ångström");
    EXPECT_EQ(w.Me.ManagerName, "Олег");
    EXPECT_EQ(w.Me.ReviewCadenceMonths, 6);
    EXPECT_EQ(w.Me.OneOnOneCadenceWeeks, 2);
    ASSERT_EQ(w.Goals.size(), 2u);
    EXPECT_EQ(w.Goals[0].Title, "Lead a design review 🚀 — 设计评审 — مراجعة");
    EXPECT_EQ(w.Goals[0].Kind, Motivation::Advancement);
    EXPECT_EQ(w.Goals[0].Milestones.size(), 2u);
    EXPECT_EQ(w.Goals[0].Target->ToString(), "2027-06-30");
    EXPECT_TRUE(w.Goals[1].Meta.Deleted);
    // Schema 1 had no other records: they load empty.
    EXPECT_TRUE(w.Reflections.empty());
    EXPECT_TRUE(w.Skills.empty());
    EXPECT_TRUE(w.CareerPaths.empty());
    EXPECT_TRUE(w.Activities.empty());
    EXPECT_TRUE(w.OneOnOnes.empty());
    EXPECT_TRUE(w.Comments.empty());
}

TEST(Golden, WorkspaceSchema2Loads)
{
    const std::string bytes = ReadGolden("workspace-v2.json");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v2.json";
    Result<Workspace> loaded = DecodeWorkspace(bytes);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    const Workspace& w = loaded.Value();
    EXPECT_EQ(w.DeviceId, 0x0badc0ffee15600dULL);
    EXPECT_EQ(w.Clock, (Stamp{1770681600000, 9, 0x0badc0ffee15600dULL}));

    EXPECT_EQ(w.Me.Name, "Inès Ødegård");
    EXPECT_EQ(w.Me.ManagerName, "李娜");
    EXPECT_EQ(w.Me.Motivations, (std::vector<Motivation>{Motivation::Mastery, Motivation::Learning, Motivation::Advancement}));
    EXPECT_EQ(w.Me.NextOneOnOne->ToString(), "2026-03-12");

    ASSERT_EQ(w.Goals.size(), 3u);
    EXPECT_EQ(w.Goals[0].Title, "Become the go-to person for accessibility ♿");
    EXPECT_EQ(w.Goals[0].Why, "Our users who read العربية and עברית need layouts that work right to left.");
    EXPECT_EQ(w.Goals[0].Milestones[1].Title, "Audit the checkout flow — 結帳");
    EXPECT_FALSE(w.Goals[0].Milestones[1].DoneOn);
    EXPECT_EQ(w.Goals[1].Title, "Présenter au meetup de Lyon 🎤");
    EXPECT_EQ(w.Goals[1].Visible, Visibility::Private);
    EXPECT_TRUE(w.Goals[2].Meta.Deleted);

    ASSERT_EQ(w.Reflections.size(), 2u);
    const Reflection& r = w.Reflections[0];
    EXPECT_EQ(r.On.ToString(), "2026-02-02");
    EXPECT_EQ(r.Text, "Pairing with Ayşe on the right-to-left bug was the best part. 今日はいい日だった。");
    EXPECT_EQ(r.Loved, (std::vector<std::string>{"Pairing", "Fixing the مرحبا layout"}));
    EXPECT_EQ(r.Disliked, (std::vector<std::string>{"Status meetings 😩"}));
    EXPECT_EQ(r.Energy, 4);
    EXPECT_EQ(r.Tags, (std::vector<std::string>{"rtl", "pairing"}));
    EXPECT_EQ(r.GoalIds, (std::vector<Id>{Id{0x1001, 1}}));
    EXPECT_EQ(r.Visible, Visibility::Private);
    EXPECT_EQ(w.Reflections[1].Prompt, "");
    EXPECT_EQ(w.Reflections[1].Visible, Visibility::Shared);

    ASSERT_EQ(w.Skills.size(), 2u);
    EXPECT_EQ(w.Skills[0].Name, "Accessibility (a11y)");
    EXPECT_EQ(w.Skills[0].Current, 2);
    EXPECT_EQ(w.Skills[0].Target, 4);
    EXPECT_EQ(w.Skills[1].Category, "Communication");
    // Schema 4's additions take their defaults.
    EXPECT_TRUE(w.Skills[0].History.empty());
    EXPECT_EQ(w.Me.OneOnOneCadenceWeeks, 2);

    ASSERT_EQ(w.CareerPaths.size(), 1u);
    const CareerPath& path = w.CareerPaths[0];
    EXPECT_EQ(path.Title, "Engineering — individual contributor");
    ASSERT_EQ(path.Roles.size(), 3u);
    EXPECT_EQ(path.Roles[1].Title, "Senior engineer");
    EXPECT_EQ(path.Roles[1].Skills[1].SkillName, "System design");
    EXPECT_EQ(path.Roles[1].Skills[1].Level, 3);
    EXPECT_EQ(path.Roles[1].Experiences[0].Type, ActivityType::LeadProject);
    EXPECT_EQ(path.Roles[2].Title, "Staff engineer 🌟");
    EXPECT_EQ(path.Roles[2].Experiences[0].Type, ActivityType::Mentoring);

    ASSERT_EQ(w.Activities.size(), 2u);
    const PlanActivity& course = w.Activities[0];
    EXPECT_EQ(course.Type, ActivityType::Course);
    EXPECT_EQ(course.Status, ActivityStatus::Done);
    EXPECT_EQ(course.Start->ToString(), "2025-12-01");
    EXPECT_EQ(course.CompletedOn->ToString(), "2026-01-20");
    EXPECT_EQ(course.FundedBy, Funding::Employer);
    EXPECT_EQ(course.Evidence, "https://example.org/certificates/123");
    EXPECT_EQ(course.Usefulness, 5);
    EXPECT_EQ(w.Activities[1].Title, "Shadow the design-systems team «дизайн»");
    EXPECT_EQ(w.Activities[1].Status, ActivityStatus::InProgress);
    EXPECT_FALSE(w.Activities[1].Start);
    EXPECT_EQ(w.Activities[1].Visible, Visibility::Private);

    ASSERT_EQ(w.OneOnOnes.size(), 2u);
    const OneOnOne& january = w.OneOnOnes[0];
    EXPECT_EQ(january.On.ToString(), "2026-01-15");
    EXPECT_TRUE(january.CoveredCareer);
    ASSERT_EQ(january.Agenda.size(), 2u);
    EXPECT_EQ(january.Agenda[0].Kind, AgendaItemKind::GoalUpdate);
    EXPECT_EQ(january.Agenda[0].RefId, (Id{0x1001, 1}));
    EXPECT_TRUE(january.Agenda[1].RefId.IsNil());
    EXPECT_EQ(january.Notes, "Talked about the senior promotion criteria. 👍");
    ASSERT_EQ(january.Actions.size(), 2u);
    EXPECT_EQ(january.Actions[0].Owner, ActionOwner::Manager);
    EXPECT_FALSE(january.Actions[0].DoneOn);
    EXPECT_EQ(january.Actions[1].DoneOn->ToString(), "2026-02-04");
    EXPECT_EQ(w.OneOnOnes[1].Agenda[1].Visible, Visibility::Private);

    ASSERT_EQ(w.Comments.size(), 2u);
    EXPECT_EQ(w.Comments[0].TargetId, (Id{0x1001, 1}));
    EXPECT_EQ(w.Comments[0].Author, "李娜");
    EXPECT_EQ(w.Comments[1].Text, "Merci ! תודה רבה");
    EXPECT_EQ(w.Comments[1].Meta.CreatedMs, 1768694400000);
}

// The store's binary encoding (schema 2 on) has its golden file too: the same workspace as
// workspace-v2.json, as the store wrote it.
TEST(Golden, BinaryWorkspaceSchema2LoadsAsItsJsonTwin)
{
    const std::string bytes = ReadGolden("workspace-v2.bin");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v2.bin";
    Result<Workspace> binary = DecodeStoredWorkspace(bytes);
    ASSERT_TRUE(binary) << binary.GetError().Message;
    Result<Workspace> json = DecodeWorkspace(ReadGolden("workspace-v2.json"));
    ASSERT_TRUE(json) << json.GetError().Message;
    EXPECT_EQ(EncodeWorkspace(binary.Value(), 0), EncodeWorkspace(json.Value(), 0));
    EXPECT_FALSE(binary->Reflections.empty());
    EXPECT_EQ(DecodeStoredHeader(bytes)->SavedAtMs, 1763900000000);
}

// [SECTION] Schema 4: the one-on-one cadence and skills' level histories

static const int64_t kV4SavedAtMs = 1772323200000;     // 2026-03-01 00:00 UTC

TEST(Golden, WorkspaceSchema4LoadsTheCadenceAndTheLevelHistories)
{
    const std::string bytes = ReadGolden("workspace-v4.json");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v4.json";
    EXPECT_EQ(DecodeHeader(bytes)->Schema, 4);
    Result<Workspace> loaded = DecodeWorkspace(bytes);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    const Workspace& w = loaded.Value();
    EXPECT_EQ(w.Me.OneOnOneCadenceWeeks, 3);
    EXPECT_EQ(w.Me.ReviewCadenceMonths, 6);
    ASSERT_EQ(w.Skills.size(), 2u);
    EXPECT_EQ(w.Skills[0].History, (std::vector<SkillLevelChange>{{Date::FromCivil(2025, 10, 6), 1, 2}}));
    ASSERT_EQ(w.Skills[1].History.size(), 2u);
    EXPECT_EQ(w.Skills[1].History[1].On.ToString(), "2026-01-20");
    EXPECT_EQ(w.Skills[1].History[1].From, 2);
    EXPECT_EQ(w.Skills[1].History[1].To, 1);
    EXPECT_EQ(w.Reflections[0].Text, "Pairing with Ayşe on the right-to-left bug was the best part. 今日はいい日だった。");
    // Schema 5's additions take their defaults; a question stored on a meeting counted as asked.
    EXPECT_EQ(w.OneOnOnes[0].PrivateNotes, "");
    EXPECT_FALSE(w.OneOnOnes[0].Agenda[0].Covered);
    EXPECT_TRUE(w.OneOnOnes[0].Agenda[1].Covered);
    EXPECT_EQ(w.Comments[0].Owner, ActionOwner::Me);
    EXPECT_FALSE(w.Comments[0].Due);
    // Released: the file is what FullWorkspaceV4() was, read by this build.
    Workspace expected = test::FullWorkspaceV4();
    expected.OneOnOnes[0].Agenda[1].Covered = true;
    EXPECT_EQ(EncodeWorkspace(w, kV4SavedAtMs), EncodeWorkspace(expected, kV4SavedAtMs));
}

TEST(Golden, BinaryWorkspaceSchema4LoadsAsItsJsonTwin)
{
    const std::string bytes = ReadGolden("workspace-v4.bin");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v4.bin";
    EXPECT_EQ(DecodeStoredHeader(bytes)->Schema, 4);
    Result<Workspace> binary = DecodeStoredWorkspace(bytes);
    ASSERT_TRUE(binary) << binary.GetError().Message;
    Result<Workspace> json = DecodeWorkspace(ReadGolden("workspace-v4.json"));
    ASSERT_TRUE(json) << json.GetError().Message;
    EXPECT_EQ(EncodeWorkspace(binary.Value(), 0), EncodeWorkspace(json.Value(), 0));
    EXPECT_EQ(binary->Skills[1].History.size(), 2u);
    EXPECT_EQ(binary->Me.OneOnOneCadenceWeeks, 3);
    EXPECT_TRUE(binary->OneOnOnes[0].Agenda[1].Covered);
}

// A schema 2 store written again by this build is a file of this schema that keeps everything it had.
TEST(Golden, BinaryWorkspaceSchema2SavedAgainKeepsEverything)
{
    Result<Workspace> old = DecodeStoredWorkspace(ReadGolden("workspace-v2.bin"));
    ASSERT_TRUE(old) << old.GetError().Message;
    const std::string again = EncodeWorkspaceBinary(old.Value(), kV4SavedAtMs);
    EXPECT_EQ(DecodeStoredHeader(again)->Schema, 5);
    Result<Workspace> reloaded = DecodeStoredWorkspace(again);
    ASSERT_TRUE(reloaded) << reloaded.GetError().Message;
    EXPECT_EQ(EncodeWorkspace(reloaded.Value(), 0), EncodeWorkspace(old.Value(), 0));
}

// [SECTION] Schema 5: action owners and due dates, answers, private notes, covered agenda items

static const int64_t kV5SavedAtMs = 1772409600000;     // 2026-03-02 00:00 UTC

TEST(Golden, WorkspaceSchema5LoadsActionsAnswersAndPrivateNotes)
{
    test::WriteGoldenIfAsked("workspace-v5.json", EncodeWorkspace(test::FullWorkspaceV5(), kV5SavedAtMs));
    const std::string bytes = ReadGolden("workspace-v5.json");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v5.json";
    EXPECT_EQ(DecodeHeader(bytes)->Schema, 5);
    Result<Workspace> loaded = DecodeWorkspace(bytes);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    const Workspace& w = loaded.Value();
    EXPECT_EQ(w.OneOnOnes[0].PrivateNotes, "Ask about the Lisbon team before the next review. 🤫");
    EXPECT_TRUE(w.OneOnOnes[0].Agenda[0].Covered);
    EXPECT_FALSE(w.OneOnOnes[1].Agenda[0].Covered);
    ASSERT_EQ(w.Comments.size(), 4u);
    EXPECT_EQ(w.Comments[2].Kind, CommentKind::Action);
    EXPECT_EQ(w.Comments[2].Owner, ActionOwner::Me);
    EXPECT_EQ(w.Comments[2].Due->ToString(), "2026-03-20");
    EXPECT_EQ(w.Comments[3].TargetId, w.Comments[0].Meta.RecordId);
    // What this build writes for the same workspace is the file, to the byte.
    EXPECT_EQ(EncodeWorkspace(w, kV5SavedAtMs), bytes);
}

// Written by the build that released schema 5, before the header had flags: flags 0, only the
// payload checked. It is never written again (this build would set kHeaderChecked).
TEST(Golden, BinaryWorkspaceSchema5LoadsAsItsJsonTwin)
{
    const std::string bytes = ReadGolden("workspace-v5.bin");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v5.bin";
    EXPECT_EQ(bytes.substr(12, 4), std::string(4, '\0')) << "the flags of a file from before kHeaderChecked";
    EXPECT_EQ(DecodeStoredHeader(bytes)->Schema, 5);
    Result<Workspace> binary = DecodeStoredWorkspace(bytes);
    ASSERT_TRUE(binary) << binary.GetError().Message;
    Result<Workspace> json = DecodeWorkspace(ReadGolden("workspace-v5.json"));
    ASSERT_TRUE(json) << json.GetError().Message;
    EXPECT_EQ(EncodeWorkspace(binary.Value(), 0), EncodeWorkspace(json.Value(), 0));
    EXPECT_EQ(binary->Comments[2].Due->ToString(), "2026-03-20");
    EXPECT_EQ(DecodeStoredHeader(bytes)->SavedAtMs, kV5SavedAtMs);
    // The same workspace and header, with only the flags and the checksum rule changed since.
    const std::string now = EncodeWorkspaceBinary(binary.Value(), kV5SavedAtMs);
    EXPECT_EQ(now.substr(0, 12), bytes.substr(0, 12));
    EXPECT_EQ(now.substr(16, 16), bytes.substr(16, 16));
    EXPECT_EQ(now.substr(40), bytes.substr(40));
}

// The header covered by the checksum (kHeaderChecked, codec.h): the same workspace as
// workspace-v5.json and workspace-v5.bin, as this build writes it.
TEST(Golden, BinaryWorkspaceWithACheckedHeaderLoadsAsItsTwins)
{
    test::WriteGoldenIfAsked("workspace-v5-checked-header.bin", EncodeWorkspaceBinary(test::FullWorkspaceV5(), kV5SavedAtMs));
    const std::string bytes = ReadGolden("workspace-v5-checked-header.bin");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v5-checked-header.bin";
    EXPECT_EQ(bytes.substr(12, 4), std::string("\x01\0\0\0", 4));
    Result<FileHeader> header = DecodeStoredHeader(bytes);
    ASSERT_TRUE(header) << header.GetError().Message;
    EXPECT_EQ(header->Schema, 5);
    EXPECT_EQ(header->SavedAtMs, kV5SavedAtMs);
    Result<Workspace> checked = DecodeStoredWorkspace(bytes);
    ASSERT_TRUE(checked) << checked.GetError().Message;
    Result<Workspace> legacy = DecodeStoredWorkspace(ReadGolden("workspace-v5.bin"));
    ASSERT_TRUE(legacy) << legacy.GetError().Message;
    Result<Workspace> json = DecodeWorkspace(ReadGolden("workspace-v5.json"));
    ASSERT_TRUE(json) << json.GetError().Message;
    EXPECT_EQ(EncodeWorkspace(checked.Value(), 0), EncodeWorkspace(json.Value(), 0));
    EXPECT_EQ(EncodeWorkspace(checked.Value(), 0), EncodeWorkspace(legacy.Value(), 0));
    EXPECT_EQ(checked->OneOnOnes[0].PrivateNotes, "Ask about the Lisbon team before the next review. 🤫");
    // What this build writes for the same workspace is the file, to the byte.
    EXPECT_EQ(EncodeWorkspaceBinary(checked.Value(), kV5SavedAtMs), bytes);
}

// A file from before kHeaderChecked, saved again, comes out with the header checked.
TEST(Golden, BinaryWorkspaceSchema5SavedAgainHasACheckedHeader)
{
    Result<Workspace> legacy = DecodeStoredWorkspace(ReadGolden("workspace-v5.bin"));
    ASSERT_TRUE(legacy) << legacy.GetError().Message;
    EXPECT_EQ(EncodeWorkspaceBinary(legacy.Value(), kV5SavedAtMs), ReadGolden("workspace-v5-checked-header.bin"));
}
