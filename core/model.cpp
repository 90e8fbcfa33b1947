#include "core/model.h"

namespace trellis {

const char* ToString(Visibility v)
{
    switch (v)
    {
    case Visibility::Private: return "private";
    case Visibility::Shared:  return "shared";
    case Visibility::COUNT:   break;
    }
    return "";
}

const char* ToString(Motivation m)
{
    switch (m)
    {
    case Motivation::Advancement:    return "advancement";
    case Motivation::Mastery:        return "mastery";
    case Motivation::Learning:       return "learning";
    case Motivation::Stability:      return "stability";
    case Motivation::Relationships:  return "relationships";
    case Motivation::NewExperiences: return "new_experiences";
    case Motivation::Strengths:      return "strengths";
    case Motivation::Interests:      return "interests";
    case Motivation::Compensation:   return "compensation";
    case Motivation::Flexibility:    return "flexibility";
    case Motivation::COUNT:          break;
    }
    return "";
}

const char* DisplayName(Motivation m)
{
    switch (m)
    {
    case Motivation::Advancement:    return "Advancement";
    case Motivation::Mastery:        return "Mastery";
    case Motivation::Learning:       return "Learning";
    case Motivation::Stability:      return "Stability";
    case Motivation::Relationships:  return "Relationships";
    case Motivation::NewExperiences: return "New experiences";
    case Motivation::Strengths:      return "Strengths";
    case Motivation::Interests:      return "Interests";
    case Motivation::Compensation:   return "Compensation";
    case Motivation::Flexibility:    return "Flexibility";
    case Motivation::COUNT:          break;
    }
    return "";
}

const char* ToString(Horizon h)
{
    switch (h)
    {
    case Horizon::Short: return "short";
    case Horizon::Long:  return "long";
    case Horizon::COUNT: break;
    }
    return "";
}

const char* ToString(GoalStatus s)
{
    switch (s)
    {
    case GoalStatus::Idea:    return "idea";
    case GoalStatus::Active:  return "active";
    case GoalStatus::OnHold:  return "on_hold";
    case GoalStatus::Done:    return "done";
    case GoalStatus::Dropped: return "dropped";
    case GoalStatus::COUNT:   break;
    }
    return "";
}

const char* DisplayName(GoalStatus s)
{
    switch (s)
    {
    case GoalStatus::Idea:    return "Idea";
    case GoalStatus::Active:  return "Active";
    case GoalStatus::OnHold:  return "On hold";
    case GoalStatus::Done:    return "Done";
    case GoalStatus::Dropped: return "Dropped";
    case GoalStatus::COUNT:   break;
    }
    return "";
}

} // namespace trellis
