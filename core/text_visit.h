// Every piece of text a person wrote or imported in a workspace, one string at a time: what the app
// may have to draw. The frontend bakes only the glyphs in use (frontend/fonts.cpp), so a new field
// of text in the model belongs here too; tests/unit/text_visit_test.cpp checks nothing is missed by
// comparing with every string in the workspace's JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace trellis {

// Calls `visit(std::string_view)` for every text of the live and deleted records of `w` and of its
// team's plans (superseded versions are history, never drawn as they are).
template <class F>
void ForEachText(const Workspace& w, F&& visit)
{
    const auto all = [&](const std::vector<std::string>& texts) {
        for (const std::string& text : texts)
            visit(std::string_view(text));
    };
    visit(std::string_view(w.Me.Name));
    visit(std::string_view(w.Me.Role));
    visit(std::string_view(w.Me.ManagerName));
    for (const Goal& g : w.Goals)
    {
        visit(std::string_view(g.Title));
        visit(std::string_view(g.Why));
        for (const Milestone& m : g.Milestones)
            visit(std::string_view(m.Title));
    }
    for (const Reflection& r : w.Reflections)
    {
        visit(std::string_view(r.Prompt));
        visit(std::string_view(r.Text));
        all(r.Loved);
        all(r.Disliked);
        all(r.Tags);
    }
    for (const Skill& s : w.Skills)
    {
        visit(std::string_view(s.Name));
        visit(std::string_view(s.Category));
        visit(std::string_view(s.Evidence));
    }
    for (const CareerPath& p : w.CareerPaths)
    {
        visit(std::string_view(p.Title));
        for (const PathRole& role : p.Roles)
        {
            visit(std::string_view(role.Title));
            for (const SkillRequirement& s : role.Skills)
                visit(std::string_view(s.SkillName));
            for (const ExperienceRequirement& e : role.Experiences)
                visit(std::string_view(e.Title));
        }
    }
    for (const PlanActivity& a : w.Activities)
    {
        visit(std::string_view(a.Title));
        visit(std::string_view(a.SupportNeeded));
        visit(std::string_view(a.Outcome));
        visit(std::string_view(a.Evidence));
    }
    for (const OneOnOne& o : w.OneOnOnes)
    {
        for (const AgendaItem& item : o.Agenda)
            visit(std::string_view(item.Text));
        visit(std::string_view(o.Notes));
        visit(std::string_view(o.PrivateNotes));
        for (const ActionItem& action : o.Actions)
            visit(std::string_view(action.Text));
    }
    for (const Comment& c : w.Comments)
    {
        visit(std::string_view(c.Author));
        visit(std::string_view(c.Text));
    }
    for (const TeamReport& report : w.Team)
        ForEachText(report.Plan, visit);
}

} // namespace trellis
