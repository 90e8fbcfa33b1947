// Several career paths on Path & skills, the gap to any role on them, and the manager's view of a
// report's goals (milestones, target date) and career path with its gap.
//
// [SECTION] Helpers
// [SECTION] Path & skills
// [SECTION] Team
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/records.h"
#include "core/session.h"
#include "core/views.h"
#include "icons.h"
#include "ui_driver.h"
#include "widgets.h"

namespace {

// [SECTION] Helpers

trellis::PathRole Role(const char* title, std::vector<trellis::SkillRequirement> skills = {})
{
    trellis::PathRole role;
    role.Title = title;
    role.Skills = std::move(skills);
    return role;
}

trellis::Id AddPath(trellis::Session& session, const char* title, std::vector<trellis::PathRole> roles, int64_t now_ms)
{
    trellis::CareerPath path;
    path.Title = title;
    path.Roles = std::move(roles);
    trellis::Result<trellis::Id> added = session.AddCareerPath(path, now_ms);
    EXPECT_TRUE(added) << added.GetError().Message;
    return added ? added.Value() : trellis::Id{};
}

void AddSkill(trellis::Session& session, const char* name, int current, int64_t now_ms)
{
    trellis::Skill skill;
    skill.Name = name;
    skill.Current = current;
    skill.Target = 5;
    EXPECT_TRUE(session.AddSkill(skill, now_ms));
}

std::string GapLine(const trellis::SkillGap& need)
{
    return need.SkillName + ": level " + std::to_string(need.Current) + " of " + std::to_string(need.Required) +
           (need.Have == nullptr ? " (not in your skills yet)" : "");
}

// Scrolls down with slow drags until a line of text (not a touch target) is drawn above the tab bar.
bool SeeText(UiDriver& ui, const char* label)
{
    const float bottom = ImGui::GetIO().DisplaySize.y - ui.GetApp().Metrics().TabBarPx;
    for (int attempt = 0; attempt < 20; attempt++)
    {
        const AutomationItem* item = ui.Find(label);
        if (item != nullptr && item->Max.y <= bottom)
            return true;
        ui.Drag(ImVec2(30.0f, bottom - 100.0f), ImVec2(30.0f, bottom - 400.0f), 30);
        ui.Frames(30);
    }
    return false;
}

} // namespace

// [SECTION] Path & skills

TEST(UiPaths, TwoPathsOpenEachAndSeeTheGapToARoleFurtherOn)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    AddSkill(session, "SQL", 2, platform.NowMs());
    AddSkill(session, "Coaching", 1, platform.NowMs());
    const trellis::Id lead = AddPath(session, "Lead track",
                                     { Role("Engineer"), Role("Senior engineer", {{"SQL", 3}}), Role("Staff engineer", {{"SQL", 5}, {"Architecture", 4}}) },
                                     platform.NowMs());
    const trellis::Id manage = AddPath(session, "Management",
                                       { Role("Engineer"), Role("Team lead", {{"Coaching", 3}}), Role("Engineering manager", {{"Coaching", 5}, {"Hiring", 3}}) },
                                       platform.NowMs());
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));

    // The first path is open; the list holds both.
    ASSERT_TRUE(ui.ScrollTo("Management"));
    EXPECT_NE(ui.Find("Lead track"), nullptr);

    // A role two steps on, on the first path: its own gap, as GapToRole computes it.
    ASSERT_TRUE(ui.ScrollTo("Staff engineer"));
    ASSERT_TRUE(ui.Tap("Staff engineer"));
    ui.Frames(2);
    const trellis::CareerPath* first = trellis::FindRecord<trellis::CareerPath>(session.Data(), lead);
    ASSERT_NE(first, nullptr);
    const trellis::RoleGap staff = trellis::GapToRole(session.Data(), *first, 2);
    ASSERT_EQ(staff.Skills.size(), 2u);
    EXPECT_NE(ui.Find(ICON_ROAD "  Gap to Staff engineer"), nullptr);
    for (const trellis::SkillGap& need : staff.Skills)
        EXPECT_NE(ui.Find(GapLine(need).c_str()), nullptr) << GapLine(need);
    EXPECT_NE(ui.Find("SQL: level 2 of 5"), nullptr);
    EXPECT_NE(ui.Find("Architecture: level 0 of 4 (not in your skills yet)"), nullptr);
    EXPECT_EQ(ui.Find("SQL: level 2 of 3"), nullptr) << "not the next role's gap";
    ASSERT_TRUE(ui.ScrollTo("Cancel"));
    ASSERT_TRUE(ui.Tap("Cancel"));
    ui.Frames(2);

    // Open the second path and a role further on there.
    ASSERT_TRUE(ui.ScrollTo("Management"));
    ASSERT_TRUE(ui.Tap("Management"));
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollTo("Engineering manager"));
    ASSERT_TRUE(ui.Tap("Engineering manager"));
    ui.Frames(2);
    const trellis::CareerPath* second = trellis::FindRecord<trellis::CareerPath>(session.Data(), manage);
    ASSERT_NE(second, nullptr);
    const trellis::RoleGap manager = trellis::GapToRole(session.Data(), *second, 2);
    ASSERT_EQ(manager.Skills.size(), 2u);
    EXPECT_NE(ui.Find(ICON_ROAD "  Gap to Engineering manager"), nullptr);
    for (const trellis::SkillGap& need : manager.Skills)
        EXPECT_NE(ui.Find(GapLine(need).c_str()), nullptr) << GapLine(need);
    EXPECT_NE(ui.Find("Coaching: level 1 of 5"), nullptr);
    EXPECT_EQ(ui.Find("SQL: level 2 of 5"), nullptr) << "the other path's role is not shown";
}

TEST(UiPaths, TheCurrentRoleIsMarkedInItsEditor)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    AddPath(session, "Lead track", { Role("Engineer"), Role("Senior engineer", {{"SQL", 3}}) }, platform.NowMs());
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ASSERT_TRUE(ui.ScrollTo("Engineer"));
    ASSERT_TRUE(ui.Tap("Engineer"));
    ui.Frames(2);
    EXPECT_NE(ui.Find(ICON_CHECK "  Your role now"), nullptr);
    EXPECT_EQ(ui.Find(ICON_ROAD "  Gap to Engineer"), nullptr);
}

TEST(UiPaths, AddRenameAndDeleteAPathWithASecondTap)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    AddPath(session, "Lead track", { Role("Engineer"), Role("Senior engineer") }, platform.NowMs());
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));

    ASSERT_TRUE(ui.ScrollTo("new-path"));
    ASSERT_TRUE(ui.Tap("new-path"));
    ui.TypeText("Management");
    ui.PressKey(ImGuiKey_Enter);
    ui.Frames(2);
    ASSERT_EQ(session.Data().CareerPaths.size(), 2u);
    EXPECT_EQ(session.Data().CareerPaths[1].Title, "Management");

    // The new path is open: a role typed now lands on it.
    ASSERT_TRUE(ui.ScrollTo("new-role"));
    ASSERT_TRUE(ui.Tap("new-role"));
    ui.TypeText("Team lead");
    ui.PressKey(ImGuiKey_Enter);
    ASSERT_EQ(session.Data().CareerPaths[1].Roles.size(), 1u);
    EXPECT_EQ(session.Data().CareerPaths[1].Roles[0].Title, "Team lead");
    EXPECT_EQ(session.Data().CareerPaths[0].Roles.size(), 2u);

    // Rename it.
    const char* rename = "Rename or delete \xe2\x80\x9cManagement\xe2\x80\x9d";
    ASSERT_TRUE(ui.ScrollTo(rename));
    ASSERT_TRUE(ui.Tap(rename));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("path-title"));
    ui.TypeText(" track");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save path"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save path"));
    EXPECT_EQ(session.Data().CareerPaths[1].Title, "Management track");

    // Delete it: the first tap only asks.
    const char* again = "Rename or delete \xe2\x80\x9cManagement track\xe2\x80\x9d";
    ASSERT_TRUE(ui.ScrollTo(again));
    ASSERT_TRUE(ui.Tap(again));
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete path"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete path"));
    EXPECT_FALSE(session.Data().CareerPaths[1].Meta.Deleted) << "one tap only asks";
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete"));
    EXPECT_TRUE(session.Data().CareerPaths[1].Meta.Deleted);
    EXPECT_FALSE(session.Data().CareerPaths[0].Meta.Deleted);
    ui.Frames(2);
    EXPECT_NE(ui.Find("Rename or delete \xe2\x80\x9cLead track\xe2\x80\x9d"), nullptr) << "the path left is open";
    EXPECT_EQ(ui.Find("Management track"), nullptr);
}

// [SECTION] Team

TEST(UiPaths, TheManagerSeesAReportsMilestonesTargetDateAndGap)
{
    FakePlatform platform;
    UiDriver ui(platform);
    const trellis::Date target = trellis::Date::FromCivil(2026, 3, 31);
    const trellis::Date done = trellis::Date::FromCivil(2025, 11, 10);
    const std::string share = ShareFileFrom("Inès", "Run the guild", false, [&](trellis::Session& s) {
        trellis::Goal goal;
        goal.Title = "Speak at a meetup";
        goal.Target = target;
        trellis::Milestone outline;
        outline.Title = "Write the outline";
        outline.DoneOn = done;
        trellis::Milestone rehearse;
        rehearse.Title = "Rehearse with the team";
        goal.Milestones = { outline, rehearse };
        EXPECT_TRUE(s.AddGoal(goal, 3000));
        trellis::Skill speaking;
        speaking.Name = "Public speaking";
        speaking.Current = 2;
        EXPECT_TRUE(s.AddSkill(speaking, 3100));
        trellis::CareerPath path;
        path.Title = "Lead track";
        path.Roles = { Role("Engineer"), Role("Senior engineer", {{"Public speaking", 4}}) };
        EXPECT_TRUE(s.AddCareerPath(path, 3200));
    });
    ui.GetApp().OnFileOpened("share.json", share);
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ASSERT_EQ(ui.GetApp().GetSession().Data().Team.size(), 1u);
    const trellis::Workspace& plan = ui.GetApp().GetSession().Data().Team[0].Plan;
    ASSERT_EQ(plan.CareerPaths.size(), 1u);
    const trellis::RoleGap gap = trellis::GapToNextRole(plan, plan.CareerPaths[0]);
    ASSERT_EQ(gap.Skills.size(), 1u);

    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("Team"));
    ASSERT_TRUE(ui.Tap("Inès"));
    ui.Frames(2);
    const std::string ticked = ICON_CHECK " Write the outline  \xc2\xb7  done " + Widgets::FormatDate(done);
    ASSERT_TRUE(SeeText(ui, ticked.c_str()));
    EXPECT_NE(ui.Find("\xe2\x80\xa2 Rehearse with the team"), nullptr) << "an open milestone, not ticked";
    const std::string by = "Target " + Widgets::FormatDate(target);
    EXPECT_NE(ui.Find(by.c_str()), nullptr);

    ASSERT_TRUE(SeeText(ui, "Lead track"));
    ASSERT_TRUE(SeeText(ui, "2. Senior engineer  (next)"));
    EXPECT_NE(ui.Find("1. Engineer  (now)"), nullptr);
    const std::string line = gap.Skills[0].SkillName + ": level " + std::to_string(gap.Skills[0].Current) + " of " + std::to_string(gap.Skills[0].Required);
    ASSERT_TRUE(SeeText(ui, line.c_str()));
    EXPECT_EQ(line, "Public speaking: level 2 of 4");
}
