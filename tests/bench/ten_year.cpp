#include "ten_year.h"

#include <random>
#include <string>

namespace trellis::bench {

namespace {

const char* const kWords[] = {
    "mentoring", "feedback", "design", "review", "customer", "deadline", "meeting", "team",
    "architecture", "learning", "presentation", "promotion", "interview", "pairing", "workshop",
    "roadmap", "release", "incident", "documentation", "estimate", "planning", "hiring", "coaching",
    "delegation", "budget", "stakeholder", "migration", "prototype", "research", "conference",
    "certification", "course", "negotiation", "writing", "public", "speaking", "leadership",
    "strategy", "onboarding", "retrospective", "standup", "focus", "energy", "tired", "proud",
    "curious", "frustrated", "calm", "busy", "progress", "blocked", "helped", "taught", "shipped",
    "debugged", "refactored", "analysed", "sketched", "listened", "asked", "questions", "manager",
    "colleague", "junior", "senior", "project", "product", "quality", "testing", "automation",
    "performance", "security", "accessibility", "mobile", "data", "pipeline", "dashboard", "metrics",
    "café", "naïve", "résumé", "équipe", "Zürich", "Ελλάδα", "команда", "обучение", "设计", "🚀",
};
constexpr int kWordCount = sizeof(kWords) / sizeof(kWords[0]);

class TextMaker
{
public:
    explicit TextMaker(uint64_t seed) : Engine_(seed) {}

    int     Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(Engine_); }
    const char* Word() { return kWords[Int(0, kWordCount - 1)]; }

    std::string Phrase(int words)
    {
        std::string out;
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
                out += ' ';
            out += Word();
        }
        if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
            out[0] = static_cast<char>(out[0] - 'a' + 'A');
        return out;
    }

    std::string Paragraphs(int bytes)
    {
        std::string out;
        while (static_cast<int>(out.size()) < bytes)
        {
            out += Phrase(Int(6, 16));
            out += Int(0, 5) == 0 ? ".\n" : ". ";
        }
        return out;
    }

private:
    std::mt19937_64 Engine_;
};

} // namespace

Workspace MakeTenYearWorkspace(const TenYearSize& size, uint64_t seed)
{
    TextMaker text(seed);
    IdGenerator ids(seed ^ 0x9e3779b97f4a7c15ULL);
    Workspace w;
    w.DeviceId = 0x7e11150000000001ULL;
    const Date first_day = Date::FromCivil(2016, 1, 4);
    const int64_t day_ms = 86400000;
    const int64_t first_ms = static_cast<int64_t>(first_day.DaysSinceEpoch) * day_ms;
    uint32_t counter = 0;
    auto meta = [&](int day) {
        RecordMeta m;
        m.RecordId = ids.Next();
        m.CreatedMs = first_ms + day * day_ms + 9 * 3600000;
        m.Updated = Stamp{m.CreatedMs, counter++, w.DeviceId};
        return m;
    };
    const int days = 3652;

    w.Me.Name = "Zoë Ångström";
    w.Me.Role = "Senior engineer";
    w.Me.ManagerName = "Олег Петров";
    w.Me.Motivations = {Motivation::Mastery, Motivation::Learning, Motivation::Relationships};
    w.Me.Updated = Stamp{first_ms, counter++, w.DeviceId};

    for (int i = 0; i < size.Skills; i++)
    {
        Skill s;
        s.Meta = meta(i * days / (size.Skills + 1));
        s.Name = text.Phrase(2);
        s.Category = i % 3 == 0 ? "Leadership" : "Technical";
        s.Current = text.Int(1, 4);
        s.Target = std::min(5, s.Current + text.Int(0, 2));
        s.Evidence = text.Phrase(12);
        w.Skills.push_back(std::move(s));
    }

    for (int i = 0; i < size.Goals; i++)
    {
        Goal g;
        const int day = i * days / (size.Goals + 1);
        g.Meta = meta(day);
        g.Title = text.Phrase(text.Int(3, 8));
        g.Why = text.Phrase(text.Int(10, 30));
        g.Kind = static_cast<Motivation>(i % static_cast<int>(Motivation::COUNT));
        g.Term = i % 2 ? Horizon::Long : Horizon::Short;
        g.Status = static_cast<GoalStatus>(text.Int(0, static_cast<int>(GoalStatus::COUNT) - 1));
        g.Visible = i % 5 == 0 ? Visibility::Private : Visibility::Shared;
        g.Target = AddDays(first_day, day + text.Int(90, 900));
        const int milestones = size.Milestones / std::max(1, size.Goals);
        for (int m = 0; m < milestones; m++)
        {
            Milestone ms;
            ms.MilestoneId = ids.Next();
            ms.Title = text.Phrase(text.Int(3, 7));
            ms.Due = AddDays(first_day, day + 30 * (m + 1));
            if (text.Int(0, 1))
                ms.DoneOn = AddDays(first_day, day + 30 * (m + 1) - text.Int(0, 10));
            g.Milestones.push_back(std::move(ms));
        }
        if (!w.Skills.empty())
            g.SkillIds.push_back(w.Skills[i % w.Skills.size()].Meta.RecordId);
        w.Goals.push_back(std::move(g));
    }

    for (int i = 0; i < size.Activities; i++)
    {
        PlanActivity a;
        const int day = i * days / (size.Activities + 1);
        a.Meta = meta(day);
        a.Title = text.Phrase(text.Int(3, 8));
        a.Type = static_cast<ActivityType>(i % static_cast<int>(ActivityType::COUNT));
        a.Start = AddDays(first_day, day);
        a.Due = AddDays(first_day, day + text.Int(14, 180));
        a.Status = static_cast<ActivityStatus>(text.Int(0, static_cast<int>(ActivityStatus::COUNT) - 1));
        if (a.Status == ActivityStatus::Done)
        {
            a.CompletedOn = a.Due;
            a.Outcome = text.Phrase(15);
            a.Evidence = text.Phrase(6);
            a.Usefulness = text.Int(1, 5);
        }
        a.FundedBy = static_cast<Funding>(i % static_cast<int>(Funding::COUNT));
        a.SupportNeeded = text.Phrase(8);
        if (!w.Goals.empty())
            a.GoalIds.push_back(w.Goals[i % w.Goals.size()].Meta.RecordId);
        w.Activities.push_back(std::move(a));
    }

    for (int i = 0; i < size.Reflections; i++)
    {
        Reflection r;
        const int day = i * days / size.Reflections;
        r.Meta = meta(day);
        r.On = AddDays(first_day, day);
        r.Prompt = i % 4 == 0 ? "What did you love about today, and what drained you?" : "";
        r.Text = text.Paragraphs(size.ReflectionTextBytes);
        for (int k = text.Int(1, 3); k > 0; k--)
            r.Loved.push_back(text.Phrase(text.Int(2, 5)));
        for (int k = text.Int(0, 2); k > 0; k--)
            r.Disliked.push_back(text.Phrase(text.Int(2, 5)));
        r.Energy = text.Int(1, 5);
        r.Tags = {text.Word(), text.Word()};
        if (!w.Goals.empty() && i % 7 == 0)
            r.GoalIds.push_back(w.Goals[i % w.Goals.size()].Meta.RecordId);
        w.Reflections.push_back(std::move(r));
    }

    for (int i = 0; i < size.OneOnOnes; i++)
    {
        OneOnOne o;
        const int day = i * days / size.OneOnOnes;
        o.Meta = meta(day);
        o.On = AddDays(first_day, day);
        for (int k = 0; k < 4; k++)
        {
            AgendaItem item;
            item.ItemId = ids.Next();
            item.Kind = static_cast<AgendaItemKind>(k);
            item.Text = text.Phrase(text.Int(4, 10));
            o.Agenda.push_back(std::move(item));
        }
        o.Notes = text.Paragraphs(400);
        for (int k = 0; k < 2; k++)
        {
            ActionItem action;
            action.ItemId = ids.Next();
            action.Text = text.Phrase(6);
            action.Owner = k == 0 ? ActionOwner::Me : ActionOwner::Manager;
            action.Due = AddDays(o.On, 14);
            if (i + 1 < size.OneOnOnes)
                action.DoneOn = AddDays(o.On, 10);
            o.Actions.push_back(std::move(action));
        }
        o.CoveredCareer = i % 6 == 0;
        w.OneOnOnes.push_back(std::move(o));
    }

    CareerPath path;
    path.Meta = meta(0);
    path.Title = "Engineering, individual contributor";
    for (const char* role : {"Senior engineer", "Staff engineer", "Principal engineer"})
    {
        PathRole r;
        r.RoleId = ids.Next();
        r.Title = role;
        for (int k = 0; k < 6 && k < static_cast<int>(w.Skills.size()); k++)
            r.Skills.push_back(SkillRequirement{w.Skills[k].Name, 3 + k % 3});
        r.Experiences.push_back(ExperienceRequirement{"Lead a cross-team project", ActivityType::LeadProject});
        r.Experiences.push_back(ExperienceRequirement{"Mentor two engineers", ActivityType::Mentoring});
        path.Roles.push_back(std::move(r));
    }
    w.CareerPaths.push_back(std::move(path));

    w.Clock = Stamp{first_ms + days * day_ms, counter, w.DeviceId};
    return w;
}

} // namespace trellis::bench
