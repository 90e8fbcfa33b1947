// Insights: the patterns in a person's journal, plan and skills, computed from the workspace for a
// period (first to last day, inclusive) and never stored. Each insight has a one-line reading in
// plain words for the screen ("You wrote about mentoring in 9 of 14 loved entries this month.").
// Pure and deterministic: dates come in as arguments, no clock, no locale. Deleted records never
// count; private ones do, since insights are the person's own.
//
// [SECTION] Themes
// [SECTION] Energy
// [SECTION] Weekly review
// [SECTION] Plan progress
// [SECTION] Skills
// [SECTION] Wins summary
// [SECTION] Readings
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/model.h"
#include "core/views.h"

namespace trellis {

// [SECTION] Themes

// Where in a reflection a theme was written.
enum class ThemeSource : uint8_t
{
    Loved,                      // the "what I loved" items
    Disliked,                   // the "what drained me" items
    Text,                       // the free text (the prompt is the question, not the answer: not read)
    COUNT
};

// A word (or a two-word phrase, or a tag) that recurs. Words are split at spaces and punctuation,
// folded (core/text_fold.h: case and accents do not matter), cut of a possessive "'s", stripped of
// apostrophes, and stemmed (core/stem.h); stop words, numbers and one-letter words are dropped.
struct Theme
{
    std::string     Key;            // what the forms share: the stem, "mentor"; two stems for a phrase, "code review"
    std::string     Display;        // the most common spelling as written, "mentoring"; a phrase joins its words' ones
    int             Mentions = 0;   // times written, counting repeats within an entry
    std::vector<Id> Entries;        // the reflections it appears in, oldest first; its count is Entries.size()

    int Count() const { return static_cast<int>(Entries.size()); }
};

// Themes of one source, most frequent first: by the number of entries they appear in, then
// alphabetically (by the folded display form), so ties always come out in the same order.
struct ThemeList
{
    int                 EntriesWithSource = 0;  // reflections in the period with something written in this source
    std::vector<Theme>  Words;
    std::vector<Theme>  Phrases;                // two words next to each other, neither a stop word, in one sentence
};

// A theme found more often in high-energy (or low-energy) entries than in all the period's entries.
// Score is the lift: (InGroup / group entries) / (Overall / all entries). 2.0 means the theme is
// twice as common on those days as on any day; only themes above 1 are kept.
struct EnergyTheme
{
    Theme   Of;                     // Of.Entries: the entries of the group it appears in
    int     Overall = 0;            // entries of the whole period it appears in
    double  Score = 0;
};

struct EnergyThemes
{
    int                         Entries = 0;        // entries with an energy of 1 to 5
    int                         GroupEntries = 0;   // of those, entries in the group
    std::vector<EnergyTheme>    Themes;             // highest score first, then most entries, then alphabetical
};

struct ThemeOptions
{
    int     MinEntries = 2;         // a theme must recur: appear in at least this many entries
    size_t  MaxWords = 20;          // per list; the screen shows a few bars, the reading one
    size_t  MaxPhrases = 10;
    size_t  MaxTags = 20;
    size_t  MaxEnergyThemes = 10;
    int     HighEnergy = 4;         // energy at or above this is high (4 and 5)
    int     LowEnergy = 2;          // at or below this is low (1 and 2)
    bool    SharedOnly = false;     // read only the reflections shared with the manager (for the agenda)
};

struct Themes
{
    Date                                            First;
    Date                                            Last;
    int                                             Reflections = 0;    // live reflections in the period
    std::array<ThemeList, size_t(ThemeSource::COUNT)> Lists;            // indexed by ThemeSource
    std::vector<Theme>                              Tags;               // Key: the folded tag; tags are not stemmed
    EnergyThemes                                    HighEnergy;         // words from all three sources
    EnergyThemes                                    LowEnergy;

    const ThemeList& Of(ThemeSource s) const { return Lists[size_t(s)]; }
};

// Everything the reflections from `first` to `last` say, in one pass over their text.
Themes ExtractThemes(const Workspace& workspace, Date first, Date last, const ThemeOptions& options = {});

// Splitting and stemming the text is most of what themes cost: ten years of journal take tens of
// milliseconds. A ThemeIndex keeps what each reflection's text holds between extractions and reads
// again only the reflections whose stamp changed since (as core/search.h's SearchIndex does), so
// the app, keeping one while Insights are open, pays only for the counting when the period
// changes or an entry is edited. ExtractThemes() is the same with a fresh index each time. What it
// keeps grows with the words ever read, and entries deleted since stay until the index goes.
class ThemeIndex
{
public:
    ThemeIndex();
    ~ThemeIndex();
    ThemeIndex(ThemeIndex&&) noexcept;
    ThemeIndex& operator=(ThemeIndex&&) noexcept;

    Themes Extract(const Workspace& workspace, Date first, Date last, const ThemeOptions& options = {});

private:
    struct Cache;
    std::unique_ptr<Cache> Cache_;
};

// [SECTION] Energy

// Monday is 0, Sunday 6.
int Weekday(Date date);
Date WeekStart(Date date);      // the Monday of its week

enum class EnergyStep : uint8_t
{
    Day, Week, Month,           // weeks start on Monday
    COUNT
};

struct EnergyPoint
{
    Date    Start;              // the day, the Monday of the week or the first of the month (which may be before the period)
    int     Entries = 0;
    double  Average = 0;        // mean energy of the entries of the period in that day, week or month
};

// The average energy per day, week or month, oldest first; steps without entries are left out (a
// line chart draws the gap). Entries with an energy outside 1-5 are ignored.
std::vector<EnergyPoint> EnergyOverTime(const Workspace& workspace, Date first, Date last, EnergyStep step);

struct WeekdayEnergy
{
    std::array<int, 7>      Entries{};      // Monday first
    std::array<double, 7>   Average{};      // 0 where there are no entries
};

WeekdayEnergy EnergyByWeekday(const Workspace& workspace, Date first, Date last);

// [SECTION] Weekly review

// How a theme of the reviewed week compares with the weeks before it.
enum class ThemeTrend : uint8_t
{
    New,                        // in none of the previous weeks
    Rising,                     // in at least twice as many entries as its weekly average before
    Steady,
    Fading,                     // recurred before, and this week in fewer than half its weekly average
    COUNT
};

const char* DisplayName(ThemeTrend t);  // "new this week"

struct WeeklyTheme
{
    Theme       Of;                 // Top: as in the reviewed week; Fading: as in the previous weeks
    int         ThisWeek = 0;       // entries of the reviewed week it is in
    int         Before = 0;         // entries of the previous weeks it is in
    double      PreviousAverage = 0;// Before per previous week
    ThemeTrend  Trend = ThemeTrend::Steady;
};

struct WeeklyReviewOptions
{
    int     PreviousWeeks = 4;      // the weeks the reviewed one is set against
    size_t  Top = 5;                // themes per list
};

struct WeeklyList
{
    std::vector<WeeklyTheme>    Top;        // the week's themes, most entries first, then alphabetical
    std::vector<WeeklyTheme>    Fading;     // themes of the previous weeks fading this week, most entries before first
};

struct WeeklyReview
{
    Date        First;              // Monday of the reviewed week
    Date        Last;               // its Sunday
    int         Entries = 0;        // reflections in the week
    int         PreviousEntries = 0;// in the previous weeks
    WeeklyList  Loved;
    WeeklyList  Disliked;
};

// The love/dislike exercise for the week containing `day`, set against the weeks before it. Its
// themes are the items of the lists as the person wrote them ("code reviews"), an item written
// again in another case or form ("Code review") being the same theme; Theme::Key is the keys of
// its words, in order.
WeeklyReview ReviewWeek(const Workspace& workspace, Date day, const WeeklyReviewOptions& options = {});

// The items of both lists over the days `first` to `last`, each item as written one theme, the way
// the weekly review reads them: most entries first, then alphabetical. With `shared_only`, private
// reflections are left out (what an agenda may say); Entries counts the reflections read.
struct ItemLists
{
    int                 Entries = 0;
    std::vector<Theme>  Loved;
    std::vector<Theme>  Disliked;
};
ItemLists ListItems(const Workspace& workspace, Date first, Date last, bool shared_only);

// [SECTION] Plan progress

struct MonthCount
{
    int Year = 0;
    int Month = 0;                  // 1-12
    int Count = 0;
};

struct ActivityTypeStats
{
    ActivityType            Type = ActivityType::Course;
    int                     Completed = 0;
    std::optional<double>   MedianDaysToDone;   // over those with a start date; none when no one has
};

// How useful the person rated the activities serving one kind of goal, through the activity's
// linked live goals: an activity serving two kinds counts once for each, one serving no goal for none.
struct KindUsefulness
{
    Motivation                          Kind = Motivation::Mastery;
    double                              Average = 0;    // of the ratings, 1-5
    std::vector<const PlanActivity*>    Rated;          // most useful first, then by title
};

// How useful the person rated the activities of one type (a course, mentoring, a stretch
// assignment...): which ways of learning work for them.
struct TypeUsefulness
{
    ActivityType                        Type = ActivityType::Course;
    double                              Average = 0;    // of the ratings, 1-5
    std::vector<const PlanActivity*>    Rated;          // most useful first, then by title
};

// Finished means: a milestone ticked, or a plan activity done, in the period (as WinsBetween()).
struct PlanProgress
{
    std::vector<MonthCount>         MilestonesPerMonth;     // every month the period touches, zeros included
    int                             MilestonesDone = 0;
    int                             ActivitiesDone = 0;
    std::vector<ActivityTypeStats>  DoneByType;             // types with one or more, most first, then in enum order
    std::optional<double>           MedianDaysToDone;       // all done activities with a start date
    std::vector<KindUsefulness>     UsefulnessByGoalKind;   // rated activities done in the period; best average first, then enum order
    std::vector<TypeUsefulness>     UsefulnessByType;       // likewise, by the activity's type
    int                             Rated = 0;              // done activities in the period with a rating
};

PlanProgress PlanProgressBetween(const Workspace& workspace, Date first, Date last);

// How much of the plan a period finished. An activity was on the plan in the period when it had
// begun by its last day (its start date, else the UTC day it was created) and was either finished
// in the period or still open at its end. Dropped activities are left out: the model does not say
// when they were dropped.
struct TypeCompletion
{
    ActivityType    Type = ActivityType::Course;
    int             Done = 0;       // finished in the period
    int             Total = 0;      // on the plan in the period, Done included
};

struct ActivityCompletion
{
    int                         Done = 0;
    int                         Total = 0;
    std::vector<TypeCompletion> ByType;     // types with one or more activities, most on the plan first, then in enum order
};

ActivityCompletion ActivityCompletionBetween(const Workspace& workspace, Date first, Date last);

// [SECTION] Skills

// Where each skill stands against its target today, and how its level moved since a day (the last
// career review, or the start of a period), read back from its level history (schema 4).
struct SkillLevelGap
{
    const Skill*    Of = nullptr;
    int             Gap = 0;        // Target - Current; 0 or less when the target is reached
};

// Live skills, biggest gap first, then by name ignoring case and accents.
std::vector<SkillLevelGap> SkillGaps(const Workspace& workspace);

// A skill's level at the end of `day`: the level its first change after that day started from, or
// its current level when it has not changed since. A skill without history (made before schema 4,
// or never moved) reads as its current level on every day.
int SkillLevelOn(const Skill& skill, Date day);

struct SkillMove
{
    const Skill*        Of = nullptr;
    int                 From = 0;           // the level at the end of the day
    int                 To = 0;             // the level now
    std::optional<Date> LastChange;         // its latest change after the day; unset when it has none

    int Moved() const { return To - From; }
};

struct SkillMoves
{
    Date                    After;          // changes after this day count
    std::vector<SkillMove>  Skills;         // every live skill; the biggest move up first, then the biggest move down, then by name
    int                     Up = 0;         // skills a level or more above where they were
    int                     Down = 0;

    const SkillMove* Find(const Skill* skill) const;
};

// How each live skill's level moved after `day`: changes on the day itself belong to it (a level
// raised in the review counts as where the review left it). A skill made after the day counts from
// the level it was made at.
SkillMoves SkillMovesAfter(const Workspace& workspace, Date day);

// [SECTION] Wins summary

enum class TextFormat : uint8_t
{
    Plain, Markdown,
    COUNT
};

struct WinsSummaryOptions
{
    TextFormat  Format = TextFormat::Markdown;
    bool        IncludePrivate = false;     // a summary is pasted into a review others read: private wins stay out unless asked
};

// The wins from `first` to `last` as a list ready to paste: a heading, then one line per win with
// its date, and an activity's outcome and evidence under it. Oldest first, as WinsBetween().
std::string WinsSummary(const Workspace& workspace, Date first, Date last, const WinsSummaryOptions& options = {});

// [SECTION] Readings
// One sentence each, for the line under a chart. `period` finishes the sentence: "this month",
// "in 2025". A period without reflections reads "No reflections in this period yet."

std::string ReadTopTheme(const Themes& themes, ThemeSource source, std::string_view period);
std::string ReadTopTag(const Themes& themes, std::string_view period);
std::string ReadEnergyThemes(const Themes& themes, bool high, std::string_view period);
std::string ReadEnergyByWeekday(const WeekdayEnergy& energy, std::string_view period);
std::string ReadWeeklyReview(const WeeklyReview& review);
std::string ReadPlanProgress(const PlanProgress& progress, std::string_view period);
std::string ReadUsefulness(const PlanProgress& progress, std::string_view period);
std::string ReadUsefulnessByType(const PlanProgress& progress, std::string_view period);
std::string ReadActivityCompletion(const ActivityCompletion& completion, std::string_view period);
std::string ReadSkillGaps(const std::vector<SkillLevelGap>& gaps);
// `since` finishes the sentence: "since your last review on 15 Jan", "this month".
std::string ReadSkillMoves(const SkillMoves& moves, std::string_view since);
std::string ReadWins(const std::vector<Win>& wins, std::string_view period);

} // namespace trellis
