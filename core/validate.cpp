// [SECTION] Text
// [SECTION] Records
#include "core/validate.h"

#include <algorithm>
#include <string>

#include "core/text_fold.h"

namespace trellis {

// [SECTION] Text

static size_t LeadingSpaceBytes(std::string_view text)
{
    // ASCII white space, NO-BREAK SPACE (C2 A0) and IDEOGRAPHIC SPACE (E3 80 80).
    if (!text.empty() && (text[0] == ' ' || (text[0] >= '\t' && text[0] <= '\r')))
        return 1;
    if (text.size() >= 2 && text.substr(0, 2) == "\xC2\xA0")
        return 2;
    if (text.size() >= 3 && text.substr(0, 3) == "\xE3\x80\x80")
        return 3;
    return 0;
}

static size_t TrailingSpaceBytes(std::string_view text)
{
    if (!text.empty() && (text.back() == ' ' || (text.back() >= '\t' && text.back() <= '\r')))
        return 1;
    if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0")
        return 2;
    if (text.size() >= 3 && text.substr(text.size() - 3) == "\xE3\x80\x80")
        return 3;
    return 0;
}

std::string_view TrimSpace(std::string_view text)
{
    while (size_t n = LeadingSpaceBytes(text))
        text.remove_prefix(n);
    while (size_t n = TrailingSpaceBytes(text))
        text.remove_suffix(n);
    return text;
}

std::string ForMessage(std::string_view text, size_t max_chars)
{
    std::string out;
    size_t chars = 0;
    bool space = false;
    for (size_t i = 0; i < text.size();)
    {
        char32_t code = 0;
        const size_t length = DecodeUtf8(text, i, &code);     // 0: not UTF-8, shown as '?'
        const bool whole = length > 0;
        const size_t taken = whole ? length : 1;
        const bool blank = whole && (code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) || code == 0x2028 || code == 0x2029 ||
                                     (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) || code == ' ');
        if (blank)
        {
            space = !out.empty();
            i += taken;
            continue;
        }
        if (chars + (space ? 1 : 0) >= max_chars)
        {
            out += "\xe2\x80\xa6";        // …
            return out;
        }
        if (space)
        {
            out += ' ';
            chars++;
            space = false;
        }
        if (whole)
            out.append(text.substr(i, taken));
        else
            out += '?';
        chars++;
        i += taken;
    }
    return out;
}

static void Trim(std::string& text)
{
    text = std::string(TrimSpace(text));
}

// A line of text that may be empty (a category, a prompt, a manager's name).
static Status CheckLine(std::string& line, const TextLimits& limits)
{
    Trim(line);
    if (line.size() > limits.TitleBytes)
        return Error{"That title is too long: keep it under " + std::to_string(limits.TitleBytes) + " characters."};
    return Status::Ok();
}

// A line that must say something: `missing` is the sentence shown when it is empty.
static Status CheckTitle(std::string& title, const char* missing, const TextLimits& limits)
{
    if (Status line = CheckLine(title, limits); !line)
        return line;
    if (title.empty())
        return Error{missing};
    return Status::Ok();
}

static Status CheckText(std::string& text, const TextLimits& limits)
{
    Trim(text);
    if (text.size() > limits.TextBytes)
        return Error{"That text is too long: keep it under " + std::to_string(limits.TextBytes) + " characters."};
    return Status::Ok();
}

static Status CheckCount(size_t count, const TextLimits& limits)
{
    if (count > limits.ListItems)
        return Error{"That list is too long: keep it to " + std::to_string(limits.ListItems) + " items or fewer."};
    return Status::Ok();
}

// Trims every item and drops the empty ones: an empty row in a list form is no item.
static Status CheckLines(std::vector<std::string>& items, const TextLimits& limits)
{
    for (std::string& item : items)
        if (Status line = CheckLine(item, limits); !line)
            return line;
    std::erase_if(items, [](const std::string& item) { return item.empty(); });
    return CheckCount(items.size(), limits);
}

static bool InRange(int value, int lo, int hi)
{
    return value >= lo && value <= hi;
}

// [SECTION] Records

Status Normalize(Profile& profile, const TextLimits& limits)
{
    for (std::string* line : { &profile.Name, &profile.Role, &profile.ManagerName })
        if (Status checked = CheckLine(*line, limits); !checked)
            return checked;
    if (!InRange(profile.ReviewCadenceMonths, 1, kMaxReviewCadenceMonths))
        return Error{"Career reviews are due every 1 to " + std::to_string(kMaxReviewCadenceMonths) + " months."};
    if (!InRange(profile.OneOnOneCadenceWeeks, 0, kMaxOneOnOneCadenceWeeks))
        return Error{"One-on-ones come every 1 to " + std::to_string(kMaxOneOnOneCadenceWeeks) + " weeks, or at no fixed rhythm."};
    // A ranking names each motivation once: keep its highest place.
    std::vector<Motivation> ranked;
    for (Motivation m : profile.Motivations)
        if (std::find(ranked.begin(), ranked.end(), m) == ranked.end())
            ranked.push_back(m);
    profile.Motivations = std::move(ranked);
    return Status::Ok();
}

Status Normalize(Goal& goal, const TextLimits& limits)
{
    if (Status title = CheckTitle(goal.Title, "A goal needs a title.", limits); !title)
        return title;
    if (Status why = CheckText(goal.Why, limits); !why)
        return why;
    if (!InRange(goal.ManualProgress, 0, 100))
        return Error{"Progress is a percentage from 0 to 100."};
    if (Status count = CheckCount(goal.Milestones.size(), limits); !count)
        return count;
    for (Milestone& milestone : goal.Milestones)
        if (Status title = CheckTitle(milestone.Title, "Each milestone needs a title.", limits); !title)
            return title;
    return Status::Ok();
}

Status Normalize(Reflection& reflection, const TextLimits& limits)
{
    if (Status prompt = CheckLine(reflection.Prompt, limits); !prompt)
        return prompt;
    if (Status text = CheckText(reflection.Text, limits); !text)
        return text;
    for (std::vector<std::string>* list : { &reflection.Loved, &reflection.Disliked, &reflection.Tags })
        if (Status lines = CheckLines(*list, limits); !lines)
            return lines;
    if (reflection.Text.empty() && reflection.Loved.empty() && reflection.Disliked.empty())
        return Error{"A reflection needs a few words: what happened, what you loved or what drained you."};
    if (!InRange(reflection.Energy, kMinEnergy, kMaxEnergy))
        return Error{"Energy is rated from 1 to 5."};
    std::vector<std::string> tags;
    for (std::string& tag : reflection.Tags)
        if (std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(std::move(tag));
    reflection.Tags = std::move(tags);
    return Status::Ok();
}

static bool IsSkillLevel(int level)
{
    return InRange(level, kMinSkillLevel, kMaxSkillLevel);
}

// The session writes the history, so a broken one comes from a damaged or hand-made file.
static Status CheckLevelHistory(const Skill& skill)
{
    if (skill.History.size() > kMaxSkillHistory)
        return Error{"A skill keeps at most " + std::to_string(kMaxSkillHistory) + " level changes."};
    for (size_t i = 0; i < skill.History.size(); i++)
    {
        const SkillLevelChange& change = skill.History[i];
        if (!IsSkillLevel(change.From) || !IsSkillLevel(change.To) || change.From == change.To)
            return Error{"Each change in a skill's history moves between two levels from 1 to 5."};
        if (i > 0 && change.On <= skill.History[i - 1].On)
            return Error{"A skill's level changes are kept one a day, oldest first."};
    }
    if (!skill.History.empty() && skill.History.back().To != skill.Current)
        return Error{"A skill's level history ends at a level other than its current one."};
    return Status::Ok();
}

Status Normalize(Skill& skill, const TextLimits& limits)
{
    if (Status name = CheckTitle(skill.Name, "A skill needs a name.", limits); !name)
        return name;
    if (Status category = CheckLine(skill.Category, limits); !category)
        return category;
    if (!IsSkillLevel(skill.Current) || !IsSkillLevel(skill.Target))
        return Error{"Skill levels go from 1 to 5."};
    if (Status history = CheckLevelHistory(skill); !history)
        return history;
    return CheckText(skill.Evidence, limits);
}

static Status NormalizeRole(PathRole& role, const TextLimits& limits)
{
    if (Status title = CheckTitle(role.Title, "Each role on the path needs a title.", limits); !title)
        return title;
    if (Status count = CheckCount(role.Skills.size() + role.Experiences.size(), limits); !count)
        return count;
    for (SkillRequirement& need : role.Skills)
    {
        if (Status name = CheckTitle(need.SkillName, "Each skill a role asks for needs a name.", limits); !name)
            return name;
        if (!IsSkillLevel(need.Level))
            return Error{"Skill levels go from 1 to 5."};
    }
    for (ExperienceRequirement& need : role.Experiences)
        if (Status title = CheckTitle(need.Title, "Each experience a role asks for needs a title.", limits); !title)
            return title;
    return Status::Ok();
}

Status Normalize(CareerPath& path, const TextLimits& limits)
{
    if (Status title = CheckTitle(path.Title, "A career path needs a name.", limits); !title)
        return title;
    if (Status count = CheckCount(path.Roles.size(), limits); !count)
        return count;
    for (PathRole& role : path.Roles)
        if (Status checked = NormalizeRole(role, limits); !checked)
            return checked;
    return Status::Ok();
}

Status Normalize(PlanActivity& activity, const TextLimits& limits)
{
    if (Status title = CheckTitle(activity.Title, "A plan activity needs a title.", limits); !title)
        return title;
    for (std::string* text : { &activity.SupportNeeded, &activity.Outcome, &activity.Evidence })
        if (Status checked = CheckText(*text, limits); !checked)
            return checked;
    if (activity.Start && activity.Due && *activity.Due < *activity.Start)
        return Error{"An activity cannot be due before it starts."};
    if (!InRange(activity.Usefulness, 0, kMaxUsefulness))
        return Error{"Usefulness is rated from 1 to 5, or 0 when not rated yet."};
    if (activity.Status != ActivityStatus::Done)
        activity.CompletedOn.reset();
    else if (!activity.CompletedOn)
        return Error{"A finished activity needs the date it was finished."};
    return Status::Ok();
}

Status Normalize(OneOnOne& meeting, const TextLimits& limits)
{
    for (std::string* notes : { &meeting.Notes, &meeting.PrivateNotes })
        if (Status checked = CheckText(*notes, limits); !checked)
            return checked;
    if (Status count = CheckCount(meeting.Agenda.size() + meeting.Actions.size(), limits); !count)
        return count;
    for (AgendaItem& item : meeting.Agenda)
        if (Status text = CheckTitle(item.Text, "Each agenda item needs some text.", limits); !text)
            return text;
    for (ActionItem& item : meeting.Actions)
        if (Status text = CheckTitle(item.Text, "Each action item needs some text.", limits); !text)
            return text;
    return Status::Ok();
}

Status Normalize(Comment& comment, const TextLimits& limits)
{
    if (Status author = CheckTitle(comment.Author, "A comment needs the name of its author.", limits); !author)
        return author;
    if (Status text = CheckText(comment.Text, limits); !text)
        return text;
    if (comment.Text.empty())
        return Error{"A comment needs some text."};
    // Only an action has someone to do it by a day.
    if (comment.Kind != CommentKind::Action)
    {
        comment.Owner = ActionOwner::Me;
        comment.Due.reset();
    }
    return Status::Ok();
}

} // namespace trellis
