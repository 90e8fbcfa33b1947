#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/model.h"
#include "core/records.h"
#include "sample_workspace.h"

using namespace trellis;

// Every value has a distinct file name and display name, and FromString reads the file name back.
template <typename E>
static void ExpectNamesRoundTrip()
{
    std::set<std::string> keys, shown;
    for (int i = 0; i < static_cast<int>(E::COUNT); i++)
    {
        const E value = static_cast<E>(i);
        const std::string key = ToString(value);
        EXPECT_FALSE(key.empty()) << i;
        EXPECT_FALSE(std::string(DisplayName(value)).empty()) << key;
        EXPECT_TRUE(keys.insert(key).second) << "duplicate " << key;
        EXPECT_TRUE(shown.insert(DisplayName(value)).second) << "duplicate " << DisplayName(value);
        E parsed = E::COUNT;
        ASSERT_TRUE(FromString(key, &parsed)) << key;
        EXPECT_EQ(parsed, value);
    }
    E untouched = static_cast<E>(0);
    EXPECT_FALSE(FromString("no such value", &untouched));
    EXPECT_FALSE(FromString("", &untouched));
    EXPECT_STREQ(ToString(E::COUNT), "");
}

TEST(Model, EveryEnumNameRoundTrips)
{
    ExpectNamesRoundTrip<Visibility>();
    ExpectNamesRoundTrip<RecordKind>();
    ExpectNamesRoundTrip<Motivation>();
    ExpectNamesRoundTrip<Horizon>();
    ExpectNamesRoundTrip<GoalStatus>();
    ExpectNamesRoundTrip<ActivityType>();
    ExpectNamesRoundTrip<ActivityStatus>();
    ExpectNamesRoundTrip<Funding>();
    ExpectNamesRoundTrip<AgendaItemKind>();
    ExpectNamesRoundTrip<ActionOwner>();
}

TEST(Model, NamesStayAsTheFilesWroteThem)
{
    // These strings are in saved files: changing one breaks every workspace that has it.
    EXPECT_STREQ(ToString(Motivation::NewExperiences), "new_experiences");
    EXPECT_STREQ(ToString(GoalStatus::OnHold), "on_hold");
    EXPECT_STREQ(ToString(ActivityType::TuitionReimbursement), "tuition_reimbursement");
    EXPECT_STREQ(ToString(ActivityType::SelfStudy), "self_study");
    EXPECT_STREQ(ToString(Funding::Self), "self");
    EXPECT_STREQ(ToString(AgendaItemKind::TalkingPoint), "talking_point");
    EXPECT_STREQ(DisplayName(Motivation::NewExperiences), "New experiences");
    EXPECT_STREQ(DisplayName(ActivityType::LeadProject), "Lead a project or team");
}

TEST(Model, SkillLevelsHaveNamesFromOneToFive)
{
    EXPECT_STREQ(SkillLevelName(1), "Novice");
    EXPECT_STREQ(SkillLevelName(3), "Competent");
    EXPECT_STREQ(SkillLevelName(5), "Expert");
    EXPECT_STREQ(SkillLevelName(0), "");
    EXPECT_STREQ(SkillLevelName(6), "");
    EXPECT_STREQ(SkillLevelName(-1), "");
}

TEST(Model, NewRecordsHaveTheDocumentedDefaults)
{
    EXPECT_EQ(Reflection{}.Visible, Visibility::Private);
    EXPECT_EQ(Reflection{}.Energy, 3);
    EXPECT_EQ(Goal{}.Visible, Visibility::Shared);
    EXPECT_EQ(PlanActivity{}.Visible, Visibility::Shared);
    EXPECT_EQ(PlanActivity{}.Usefulness, 0);
    EXPECT_EQ(Profile{}.ReviewCadenceMonths, 6);
    EXPECT_EQ(Profile{}.OneOnOneCadenceWeeks, 2);
    EXPECT_TRUE(Skill{}.History.empty());
    EXPECT_EQ(ActionItem{}.Owner, ActionOwner::Me);
}

TEST(Records, FindsRecordsOfEveryKindById)
{
    Workspace w = test::FullWorkspace();
    EXPECT_EQ(FindRecord<Goal>(w, Id{0x1001, 1})->Title, "Become the go-to person for accessibility ♿");
    EXPECT_EQ(FindRecord<Skill>(w, Id{0x1007, 7})->Name, "Public speaking");
    EXPECT_EQ(FindRecord<Comment>(w, Id{0x100d, 13})->Author, "李娜");
    EXPECT_EQ(FindRecord<Goal>(w, Id{0x1007, 7}), nullptr);    // a skill's id is no goal
    FindRecord<Skill>(w, Id{0x1007, 7})->Current = 2;
    EXPECT_EQ(w.Skills[1].Current, 2);

    EXPECT_EQ(LiveRecords<Goal>(w).size(), 2u);                  // one goal is a tombstone
    EXPECT_EQ(FindLiveKind(w, Id{0x1009, 9}), RecordKind::CareerPath);
    EXPECT_EQ(FindLiveKind(w, Id{0x100c, 12}), RecordKind::OneOnOne);
    EXPECT_FALSE(FindLiveKind(w, Id{0x1003, 3}));                // deleted
    EXPECT_FALSE(FindLiveKind(w, Id{0x9999, 1}));
}
