// A realistic workspace with every kind of record, in several scripts (accents, CJK, emoji,
// right-to-left). tests/golden/workspace-v2.json was written from it, the v4 golden files from
// FullWorkspaceV4().
#pragma once

#include "core/model.h"

namespace trellis::test {

inline constexpr uint64_t kSampleDevice = 0x0badc0ffee15600dULL;

inline RecordMeta SampleMeta(uint64_t n, int64_t created_ms, uint32_t counter)
{
    RecordMeta meta;
    meta.RecordId = Id{0x1000 + n, n};
    meta.CreatedMs = created_ms;
    meta.Updated = Stamp{created_ms, counter, kSampleDevice};
    return meta;
}

inline Workspace FullWorkspace()
{
    const int64_t jan_1_2026 = 1767225600000;
    const int64_t day = 86400000;
    Workspace w;
    w.DeviceId = kSampleDevice;
    w.Clock = Stamp{jan_1_2026 + 40 * day, 9, kSampleDevice};

    w.Me.Updated = Stamp{jan_1_2026, 1, kSampleDevice};
    w.Me.Name = "Inès Ødegård";
    w.Me.Role = "Software engineer II";
    w.Me.ManagerName = "李娜";
    w.Me.Motivations = {Motivation::Mastery, Motivation::Learning, Motivation::Advancement};
    w.Me.ReviewCadenceMonths = 6;
    w.Me.NextOneOnOne = Date::FromCivil(2026, 3, 12);

    Goal a11y;
    a11y.Meta = SampleMeta(1, jan_1_2026, 2);
    a11y.Title = "Become the go-to person for accessibility ♿";
    a11y.Why = "Our users who read العربية and עברית need layouts that work right to left.";
    a11y.Kind = Motivation::Mastery;
    a11y.Term = Horizon::Long;
    a11y.Status = GoalStatus::Active;
    a11y.Target = Date::FromCivil(2027, 6, 30);
    a11y.Milestones.push_back(Milestone{Id{0x2000, 1}, "Finish the WCAG course", Date::FromCivil(2026, 1, 31), Date::FromCivil(2026, 1, 20)});
    a11y.Milestones.push_back(Milestone{Id{0x2000, 2}, "Audit the checkout flow — 結帳", Date::FromCivil(2026, 3, 31), std::nullopt});
    a11y.SkillIds = {Id{0x1004, 4}};
    a11y.ActivityIds = {Id{0x1008, 8}};
    w.Goals.push_back(a11y);

    Goal talk;
    talk.Meta = SampleMeta(2, jan_1_2026 + day, 0);
    talk.Title = "Présenter au meetup de Lyon 🎤";
    talk.Kind = Motivation::NewExperiences;
    talk.Status = GoalStatus::Idea;
    talk.Visible = Visibility::Private;
    talk.ManualProgress = 10;
    w.Goals.push_back(talk);

    Goal gone;
    gone.Meta = SampleMeta(3, jan_1_2026, 3);
    gone.Meta.Deleted = true;
    gone.Title = "Learn Rust";
    w.Goals.push_back(gone);

    Reflection loved_week;
    loved_week.Meta = SampleMeta(5, jan_1_2026 + 32 * day, 0);
    loved_week.On = Date::FromCivil(2026, 2, 2);
    loved_week.Prompt = "What did you love and what did you dislike this week?";
    loved_week.Text = "Pairing with Ayşe on the right-to-left bug was the best part. 今日はいい日だった。";
    loved_week.Loved = {"Pairing", "Fixing the مرحبا layout"};
    loved_week.Disliked = {"Status meetings 😩"};
    loved_week.Energy = 4;
    loved_week.Tags = {"rtl", "pairing"};
    loved_week.GoalIds = {a11y.Meta.RecordId};
    w.Reflections.push_back(loved_week);

    Reflection on_call;
    on_call.Meta = SampleMeta(6, jan_1_2026 + 33 * day, 0);
    on_call.On = Date::FromCivil(2026, 2, 3);
    on_call.Text = "Tired after on-call. Πολύ στρες.";
    on_call.Disliked = {"The pager at 3 a.m."};
    on_call.Energy = 2;
    on_call.Tags = {"on-call"};
    on_call.Visible = Visibility::Shared;
    w.Reflections.push_back(on_call);

    Skill accessibility;
    accessibility.Meta = SampleMeta(4, jan_1_2026, 4);
    accessibility.Name = "Accessibility (a11y)";
    accessibility.Category = "Technical";
    accessibility.Current = 2;
    accessibility.Target = 4;
    accessibility.Evidence = "Fixed 12 screen-reader bugs in Q4.";
    w.Skills.push_back(accessibility);

    Skill speaking;
    speaking.Meta = SampleMeta(7, jan_1_2026, 5);
    speaking.Name = "Public speaking";
    speaking.Category = "Communication";
    speaking.Current = 1;
    speaking.Target = 3;
    w.Skills.push_back(speaking);

    CareerPath path;
    path.Meta = SampleMeta(9, jan_1_2026, 6);
    path.Title = "Engineering — individual contributor";
    path.Roles.push_back(PathRole{Id{0x3000, 1}, "Software engineer II", {}, {}});
    path.Roles.push_back(PathRole{Id{0x3000, 2}, "Senior engineer",
                                  {SkillRequirement{"Accessibility (a11y)", 3}, SkillRequirement{"System design", 3}},
                                  {ExperienceRequirement{"Lead a cross-team project", ActivityType::LeadProject}}});
    path.Roles.push_back(PathRole{Id{0x3000, 3}, "Staff engineer 🌟",
                                  {SkillRequirement{"System design", 4}},
                                  {ExperienceRequirement{"Mentor two engineers", ActivityType::Mentoring}}});
    w.CareerPaths.push_back(path);

    PlanActivity course;
    course.Meta = SampleMeta(8, jan_1_2026 - 31 * day, 0);
    course.Title = "WCAG 2.2 course";
    course.Type = ActivityType::Course;
    course.GoalIds = {a11y.Meta.RecordId};
    course.SkillIds = {accessibility.Meta.RecordId};
    course.Start = Date::FromCivil(2025, 12, 1);
    course.Due = Date::FromCivil(2026, 1, 31);
    course.Status = ActivityStatus::Done;
    course.CompletedOn = Date::FromCivil(2026, 1, 20);
    course.FundedBy = Funding::Employer;
    course.SupportNeeded = "Two hours a week of focus time.";
    course.Outcome = "Certificate, and an audit checklist for the team.";
    course.Evidence = "https://example.org/certificates/123";
    course.Usefulness = 5;
    w.Activities.push_back(course);

    PlanActivity shadowing;
    shadowing.Meta = SampleMeta(10, jan_1_2026 + 35 * day, 0);
    shadowing.Title = "Shadow the design-systems team «дизайн»";
    shadowing.Type = ActivityType::Shadowing;
    shadowing.Due = Date::FromCivil(2026, 3, 20);
    shadowing.Status = ActivityStatus::InProgress;
    shadowing.SupportNeeded = "An introduction to their lead.";
    shadowing.Visible = Visibility::Private;
    w.Activities.push_back(shadowing);

    OneOnOne january;
    january.Meta = SampleMeta(11, jan_1_2026 + 14 * day, 0);
    january.On = Date::FromCivil(2026, 1, 15);
    january.Agenda.push_back(AgendaItem{Id{0x4000, 1}, AgendaItemKind::GoalUpdate, a11y.Title, a11y.Meta.RecordId, Visibility::Shared});
    january.Agenda.push_back(AgendaItem{Id{0x4000, 2}, AgendaItemKind::Question, "How are promotions decided here, and who takes part in the decision?", Id{}, Visibility::Shared});
    january.Notes = "Talked about the senior promotion criteria. 👍";
    january.Actions.push_back(ActionItem{Id{0x4000, 3}, "Share the promotion rubric", ActionOwner::Manager, Date::FromCivil(2026, 1, 29), std::nullopt});
    january.Actions.push_back(ActionItem{Id{0x4000, 4}, "Draft the accessibility audit plan", ActionOwner::Me, Date::FromCivil(2026, 2, 5), Date::FromCivil(2026, 2, 4)});
    january.CoveredCareer = true;
    w.OneOnOnes.push_back(january);

    OneOnOne march;
    march.Meta = SampleMeta(12, jan_1_2026 + 36 * day, 0);
    march.On = Date::FromCivil(2026, 3, 12);
    march.Agenda.push_back(AgendaItem{Id{0x4000, 5}, AgendaItemKind::TalkingPoint, "Conference budget for 2026?", Id{}, Visibility::Shared});
    march.Agenda.push_back(AgendaItem{Id{0x4000, 6}, AgendaItemKind::TalkingPoint, "Feeling stretched thin", Id{}, Visibility::Private});
    w.OneOnOnes.push_back(march);

    Comment praise;
    praise.Meta = SampleMeta(13, jan_1_2026 + 16 * day, 0);
    praise.TargetId = a11y.Meta.RecordId;
    praise.Author = "李娜";
    praise.Text = "Great progress — let's find you a project to lead. ✨";
    w.Comments.push_back(praise);

    Comment thanks;
    thanks.Meta = SampleMeta(14, jan_1_2026 + 17 * day, 0);
    thanks.TargetId = course.Meta.RecordId;
    thanks.Author = "Inès Ødegård";
    thanks.Text = "Merci ! תודה רבה";
    w.Comments.push_back(thanks);
    return w;
}

// FullWorkspace() with what schema 4 added: a one-on-one cadence and skills' level histories.
inline Workspace FullWorkspaceV4()
{
    Workspace w = FullWorkspace();
    w.Me.OneOnOneCadenceWeeks = 3;
    w.Skills[0].History = {SkillLevelChange{Date::FromCivil(2025, 10, 6), 1, 2}};
    w.Skills[1].History = {SkillLevelChange{Date::FromCivil(2025, 11, 3), 1, 2},
                           SkillLevelChange{Date::FromCivil(2026, 1, 20), 2, 1}};
    return w;
}

// FullWorkspaceV4() with what schema 5 added: an agreed action with its owner and due date, an
// answer to the manager's comment, a meeting's private notes and agenda items marked as covered.
inline Workspace FullWorkspaceV5()
{
    Workspace w = FullWorkspaceV4();
    const int64_t march_1_2026 = 1772323200000;
    OneOnOne& january = w.OneOnOnes[0];
    january.PrivateNotes = "Ask about the Lisbon team before the next review. 🤫";
    january.Agenda[0].Covered = true;
    january.Agenda[1].Covered = true;
    Comment action;
    action.Meta = SampleMeta(15, march_1_2026, 0);
    action.Meta.Updated.Device = 0xd9a9135d5afb2f59ULL;     // the manager's device
    action.TargetId = january.Meta.RecordId;
    action.Author = "李娜";
    action.Text = "Book a slot with the accessibility guild";
    action.Kind = CommentKind::Action;
    action.Owner = ActionOwner::Me;
    action.Due = Date::FromCivil(2026, 3, 20);
    w.Comments.push_back(action);
    Comment answer;
    answer.Meta = SampleMeta(16, march_1_2026 + 60000, 0);
    answer.TargetId = w.Comments[0].Meta.RecordId;          // answers the manager's praise
    answer.Author = "Inès Ødegård";
    answer.Text = "Thank you! The checkout audit could be that project.";
    w.Comments.push_back(answer);
    w.Clock = answer.Meta.Updated;
    return w;
}

} // namespace trellis::test
