#include <algorithm>
#include <tuple>

#include <gtest/gtest.h>

#include "core/insights.h"

using namespace trellis;

// [SECTION] Builders
// [SECTION] Themes
// [SECTION] Energy
// [SECTION] Weekly review
// [SECTION] Plan progress
// [SECTION] Skills
// [SECTION] Wins summary

// [SECTION] Builders
// They return the record just added; a later addition to the same collection may move it.

static uint64_t g_next_id = 1;

static RecordMeta Meta()
{
    RecordMeta meta;
    meta.RecordId = Id{7, g_next_id++};
    return meta;
}

static Date Day(int year, int month, int day)
{
    return Date::FromCivil(year, month, day);
}

static Reflection& AddReflection(Workspace& w, Date on, std::vector<std::string> loved, std::vector<std::string> disliked = {},
                                 std::string text = "", int energy = 3)
{
    Reflection r;
    r.Meta = Meta();
    r.On = on;
    r.Loved = std::move(loved);
    r.Disliked = std::move(disliked);
    r.Text = std::move(text);
    r.Energy = energy;
    w.Reflections.push_back(std::move(r));
    return w.Reflections.back();
}

static Reflection& AddText(Workspace& w, Date on, std::string text, int energy = 3)
{
    return AddReflection(w, on, {}, {}, std::move(text), energy);
}

static std::vector<std::string> Displays(const std::vector<Theme>& themes)
{
    std::vector<std::string> displays;
    for (const Theme& theme : themes)
        displays.push_back(theme.Display);
    return displays;
}

static std::vector<int> Counts(const std::vector<Theme>& themes)
{
    std::vector<int> counts;
    for (const Theme& theme : themes)
        counts.push_back(theme.Count());
    return counts;
}

// [SECTION] Themes

TEST(Themes, CountStemsAcrossCaseAndAccentsWithTiesInAlphabeticalOrder)
{
    Workspace w;
    const Id r1 = AddReflection(w, Day(2026, 3, 2), {"Mentoring Sam"}).Meta.RecordId;
    const Id r2 = AddReflection(w, Day(2026, 3, 3), {"mentoring two juniors", "Café with the team"}).Meta.RecordId;
    const Id r3 = AddReflection(w, Day(2026, 3, 4), {"Mentors' lunch", "cafe chat", "mentored"}).Meta.RecordId;
    AddReflection(w, Day(2026, 3, 5), {"the TEAM", "café"});

    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    EXPECT_EQ(themes.Reflections, 4);
    const ThemeList& loved = themes.Of(ThemeSource::Loved);
    EXPECT_EQ(loved.EntriesWithSource, 4);
    // "café" and "mentoring" tie on 3 entries: alphabetical; the lone words do not recur.
    EXPECT_EQ(Displays(loved.Words), (std::vector<std::string>{"café", "mentoring", "team"}));
    EXPECT_EQ(Counts(loved.Words), (std::vector<int>{3, 3, 2}));
    const Theme& mentor = loved.Words[1];
    EXPECT_EQ(mentor.Key, "mentor");
    EXPECT_EQ(mentor.Mentions, 4);                  // twice in the third entry, which counts once
    EXPECT_EQ(mentor.Entries, (std::vector<Id>{r1, r2, r3}));
    EXPECT_EQ(loved.Words[0].Key, "caf");
    EXPECT_TRUE(loved.Phrases.empty());
    EXPECT_TRUE(themes.Of(ThemeSource::Disliked).Words.empty());
    EXPECT_EQ(ReadTopTheme(themes, ThemeSource::Loved, "this month"), "You wrote about café in 3 of 4 loved entries this month.");
}

TEST(Themes, DisplayTheMostCommonSpelling)
{
    Workspace w;
    AddText(w, Day(2026, 3, 2), "Mentoring. Mentoring. mentors");
    AddText(w, Day(2026, 3, 3), "Mentoring, mentors");
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    ASSERT_EQ(themes.Of(ThemeSource::Text).Words.size(), 1u);
    EXPECT_EQ(themes.Of(ThemeSource::Text).Words[0].Display, "Mentoring");     // 3 against 2: upper case when it is the more common
}

TEST(Themes, DropStopWordsNumbersAndSingleLetters)
{
    Workspace w;
    AddText(w, Day(2026, 3, 2), "I was there and we did it in 2024: a b c. Don't, I'm today");
    AddText(w, Day(2026, 3, 3), "It was 2024 and I didn't, a b c; we're there TODAY");
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    EXPECT_EQ(themes.Of(ThemeSource::Text).EntriesWithSource, 2);
    EXPECT_TRUE(themes.Of(ThemeSource::Text).Words.empty());
    EXPECT_TRUE(themes.Of(ThemeSource::Text).Phrases.empty());
    EXPECT_EQ(ReadTopTheme(themes, ThemeSource::Text, "this month"), "Nothing recurs in your entries this month yet.");
    EXPECT_EQ(ReadTopTheme(themes, ThemeSource::Loved, "this month"), "No loved entries this month yet.");
}

TEST(Themes, FindPhrasesOfTwoWordsWithinASentence)
{
    Workspace w;
    AddText(w, Day(2026, 3, 2), "Code reviews with Ana. Pairing sessions helped.");
    AddText(w, Day(2026, 3, 3), "Two code review sessions; pairing session later");
    AddText(w, Day(2026, 3, 4), "The code-review queue, then pairing.");
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    const ThemeList& text = themes.Of(ThemeSource::Text);
    // "reviews with Ana": a stop word between; "review sessions": once; ". Pairing": across sentences.
    EXPECT_EQ(Displays(text.Phrases), (std::vector<std::string>{"code review", "pairing sessions"}));
    EXPECT_EQ(Counts(text.Phrases), (std::vector<int>{3, 2}));
    EXPECT_EQ(text.Phrases[1].Key, "pair session");
    EXPECT_EQ(Displays(text.Words), (std::vector<std::string>{"code", "pairing", "review", "sessions"}));
    EXPECT_EQ(Counts(text.Words), (std::vector<int>{3, 3, 3, 2}));
}

// The tokeniser reads a text's closing NUL and decodes two-byte characters itself: words ending
// the text, a character cut short, Latin-1 symbols between words, and spellings compared and
// hashed by eight or four bytes at a time that differ in one byte only.
TEST(Themes, SplitWordsAtTheEndOfTheTextAndAcrossTwoByteCharacters)
{
    Workspace w;
    AddText(w, Day(2026, 3, 2), "abcdefghijklmnopqrstu abcXefg zq Ana's Zurich\xC3\x97" "budget\xC2\xAB" "qzxw caf\xC3");
    AddText(w, Day(2026, 3, 3), "abcdefghijXlmnopqrstu abcYefg zx Ana' Ana. zurich\xC3\x97" "budget; caf\xC3\xA9");
    AddText(w, Day(2026, 3, 4), "qzxw. abcdefghijklmnopqrstu; abcdefghijXlmnopqrstu. abcXefg, abcYefg. zq, zx. caf\xC3\xA9");
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    const ThemeList& text = themes.Of(ThemeSource::Text);
    // "caf" (its "é" cut short) and "café" are one word; "×" and "«" are spaces, so "zurich budget" is a phrase.
    EXPECT_EQ(Displays(text.Words), (std::vector<std::string>{"caf\xC3\xA9", "abcdefghijklmnopqrstu", "abcdefghijXlmnopqrstu", "abcXefg", "abcYefg",
                                                              "Ana", "budget", "qzxw", "zq", "zurich", "zx"}));
    EXPECT_EQ(Counts(text.Words), (std::vector<int>{3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}));
    EXPECT_EQ(Displays(text.Phrases), (std::vector<std::string>{"zurich budget"}));
}

TEST(Themes, CountOnlyLiveReflectionsInsideThePeriod)
{
    Workspace w;
    AddReflection(w, Day(2026, 2, 28), {"mentoring"});
    const Id first = AddReflection(w, Day(2026, 3, 1), {"mentoring"}).Meta.RecordId;
    AddReflection(w, Day(2026, 3, 15), {"mentoring"}).Meta.Deleted = true;
    const Id last = AddReflection(w, Day(2026, 3, 31), {"mentoring"}).Meta.RecordId;
    AddReflection(w, Day(2026, 4, 1), {"mentoring"});
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    EXPECT_EQ(themes.Reflections, 2);
    ASSERT_EQ(themes.Of(ThemeSource::Loved).Words.size(), 1u);
    EXPECT_EQ(themes.Of(ThemeSource::Loved).Words[0].Entries, (std::vector<Id>{first, last}));
}

TEST(Themes, EmptyPeriodsReadAsSuch)
{
    Workspace w;
    AddReflection(w, Day(2026, 3, 2), {"mentoring"});
    for (const Themes& themes : {ExtractThemes(Workspace{}, Day(2026, 3, 1), Day(2026, 3, 31)),
                                 ExtractThemes(w, Day(2026, 4, 1), Day(2026, 4, 30)),
                                 ExtractThemes(w, Day(2026, 3, 31), Day(2026, 3, 1))})
    {
        EXPECT_EQ(themes.Reflections, 0);
        EXPECT_TRUE(themes.Of(ThemeSource::Loved).Words.empty());
        EXPECT_TRUE(themes.Tags.empty());
        EXPECT_EQ(themes.HighEnergy.Entries, 0);
        EXPECT_EQ(ReadTopTheme(themes, ThemeSource::Loved, "this month"), "No reflections in this period yet.");
        EXPECT_EQ(ReadTopTag(themes, "this month"), "No reflections in this period yet.");
        EXPECT_EQ(ReadEnergyThemes(themes, true, "this month"), "No reflections in this period yet.");
    }
}

TEST(Themes, ReadingsSaySingularForOne)
{
    Workspace w;
    AddReflection(w, Day(2026, 3, 2), {"mentoring", "Mentoring again"});
    ThemeOptions once;
    once.MinEntries = 1;
    const Themes themes = ExtractThemes(w, Day(2026, 3, 2), Day(2026, 3, 8), once);
    EXPECT_EQ(ReadTopTheme(themes, ThemeSource::Loved, "this week"), "You wrote about mentoring in 1 of 1 loved entry this week.");
    EXPECT_EQ(ReadTopTheme(themes, ThemeSource::Loved, ""), "You wrote about mentoring in 1 of 1 loved entry.");
}

TEST(Themes, CountTagsIgnoringCaseAndSpaces)
{
    Workspace w;
    AddReflection(w, Day(2026, 3, 2), {}).Tags = {"Focus", "travel"};
    AddReflection(w, Day(2026, 3, 3), {}).Tags = {"focus "};
    AddReflection(w, Day(2026, 3, 4), {}).Tags = {"FOCUS", "travel", "x", " "};
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));
    EXPECT_EQ(Displays(themes.Tags), (std::vector<std::string>{"focus", "travel"}));
    EXPECT_EQ(Counts(themes.Tags), (std::vector<int>{3, 2}));
    EXPECT_EQ(ReadTopTag(themes, "this month"), "Your most used tag this month is \"focus\", on 3 of 3 entries.");
}

// Six entries with two themes each: mentoring on every high-energy day, budget and meetings on the
// low ones, design on two high days and one middling one.
TEST(Themes, ScoreWhatCoOccursWithHighAndLowEnergy)
{
    Workspace w;
    const Id e1 = AddText(w, Day(2026, 3, 2), "mentoring design", 5).Meta.RecordId;
    const Id e2 = AddText(w, Day(2026, 3, 3), "mentoring budget", 4).Meta.RecordId;
    const Id e3 = AddText(w, Day(2026, 3, 4), "mentoring design", 5).Meta.RecordId;
    AddText(w, Day(2026, 3, 5), "budget meetings", 2);
    AddText(w, Day(2026, 3, 6), "meetings budget", 1);
    AddText(w, Day(2026, 3, 7), "design meetings", 3);
    AddText(w, Day(2026, 3, 8), "mentoring", 0);          // no energy recorded: left out of the scores
    const Themes themes = ExtractThemes(w, Day(2026, 3, 1), Day(2026, 3, 31));

    // mentoring: 3 of 3 high entries against 3 of 6 overall, lift (3/3)/(3/6) = 2; design (2/3)/(3/6) = 1.33;
    // budget is in one high entry only, under the 2 a theme needs.
    const EnergyThemes& high = themes.HighEnergy;
    EXPECT_EQ(high.Entries, 6);
    EXPECT_EQ(high.GroupEntries, 3);
    ASSERT_EQ(high.Themes.size(), 2u);
    EXPECT_EQ(high.Themes[0].Of.Display, "mentoring");
    EXPECT_EQ(high.Themes[0].Of.Entries, (std::vector<Id>{e1, e2, e3}));
    EXPECT_EQ(high.Themes[0].Overall, 3);
    EXPECT_DOUBLE_EQ(high.Themes[0].Score, 2.0);
    EXPECT_EQ(high.Themes[1].Of.Display, "design");
    EXPECT_EQ(high.Themes[1].Of.Entries, (std::vector<Id>{e1, e3}));
    EXPECT_DOUBLE_EQ(high.Themes[1].Score, 4.0 / 3.0);

    // budget and meetings: 2 of 2 low entries against 3 of 6, both 2.0: alphabetical.
    const EnergyThemes& low = themes.LowEnergy;
    EXPECT_EQ(low.GroupEntries, 2);
    ASSERT_EQ(low.Themes.size(), 2u);
    EXPECT_EQ(low.Themes[0].Of.Display, "budget");
    EXPECT_EQ(low.Themes[1].Of.Display, "meetings");
    EXPECT_EQ(low.Themes[1].Of.Key, "meet");
    EXPECT_DOUBLE_EQ(low.Themes[1].Score, 2.0);

    EXPECT_EQ(ReadEnergyThemes(themes, true, "this month"),
              "On high-energy days this month you often wrote about mentoring: 3 of 3 entries, 2.0 times as often as on any day.");
    EXPECT_EQ(ReadEnergyThemes(ExtractThemes(w, Day(2026, 3, 5), Day(2026, 3, 7)), true, "this week"), "No high-energy entries this week yet.");

    // A lift that reads "1.0 times as often" is no pattern.
    Themes flat = themes;
    flat.HighEnergy.Themes.front().Score = 1.04;
    EXPECT_EQ(ReadEnergyThemes(flat, true, "this month"), "No theme stands out on high-energy days this month yet.");
    flat.HighEnergy.Themes.front().Score = 1.06;
    EXPECT_NE(ReadEnergyThemes(flat, true, "this month").find("1.1 times as often"), std::string::npos);
}

// Everything a Themes says, one line per theme, to compare two extractions whole.
static std::string Describe(const Themes& themes)
{
    std::string out = std::to_string(themes.Reflections) + " reflections\n";
    const auto list = [&](const char* name, const std::vector<Theme>& items) {
        for (const Theme& theme : items)
        {
            out += std::string(name) + " " + theme.Key + " (" + theme.Display + ") " + std::to_string(theme.Mentions) + ":";
            for (const Id& entry : theme.Entries)
                out += " " + std::to_string(entry.Lo);
            out += "\n";
        }
    };
    for (size_t source = 0; source < size_t(ThemeSource::COUNT); source++)
    {
        out += "source " + std::to_string(source) + ": " + std::to_string(themes.Lists[source].EntriesWithSource) + " entries\n";
        list("word", themes.Lists[source].Words);
        list("phrase", themes.Lists[source].Phrases);
    }
    list("tag", themes.Tags);
    for (const EnergyThemes* energy : {&themes.HighEnergy, &themes.LowEnergy})
    {
        out += "energy " + std::to_string(energy->Entries) + "/" + std::to_string(energy->GroupEntries) + "\n";
        for (const EnergyTheme& theme : energy->Themes)
        {
            list("linked", {theme.Of});
            out += std::to_string(theme.Overall) + " " + std::to_string(theme.Score) + "\n";
        }
    }
    return out;
}

TEST(ThemeIndex, GivesWhatAFreshExtractionGivesAcrossPeriodsAndEdits)
{
    Workspace w;
    AddReflection(w, Day(2026, 3, 2), {"Mentoring Sam", "code review"}, {"status meetings"}, "Paired with Ana. Code review ran long.", 5);
    AddReflection(w, Day(2026, 3, 3), {"mentoring two juniors"}, {"Meetings", "budget"}, "More code review; the budget again.", 2);
    AddReflection(w, Day(2026, 3, 9), {"Mentors' lunch", "design"}, {"budget talks"}, "Design review with Ana.", 4);
    AddReflection(w, Day(2026, 4, 1), {"design sprint"}, {"meetings"}, "Sprint planning. Mentoring Sam.", 1);
    w.Reflections[0].Tags = {"team", "Growth"};
    w.Reflections[2].Tags = {"growth"};
    ThemeOptions every;
    every.MinEntries = 1;
    const auto same = [&](ThemeIndex& index, Date first, Date last) {
        EXPECT_EQ(Describe(index.Extract(w, first, last, every)), Describe(ExtractThemes(w, first, last, every)));
        EXPECT_EQ(Describe(index.Extract(w, first, last)), Describe(ExtractThemes(w, first, last)));
    };

    ThemeIndex index;
    same(index, Day(2026, 3, 1), Day(2026, 3, 31));
    same(index, Day(2026, 3, 1), Day(2026, 4, 30));     // a longer period: one entry read now
    same(index, Day(2026, 3, 3), Day(2026, 3, 9));

    // An edit stamps the reflection: it is read again.
    Reflection& edited = w.Reflections[1];
    edited.Loved = {"Pairing with Ana"};
    edited.Text = "Pairing all day.";
    edited.Meta.Updated = Stamp{2000, 0, 1};
    same(index, Day(2026, 3, 1), Day(2026, 4, 30));
    EXPECT_EQ(Displays(index.Extract(w, Day(2026, 3, 3), Day(2026, 3, 3), every).Of(ThemeSource::Loved).Words),
              (std::vector<std::string>{"Ana", "Pairing"}));

    // A deletion leaves it out, though the index still holds what it read.
    w.Reflections[0].Meta.Deleted = true;
    w.Reflections[0].Meta.Updated = Stamp{3000, 0, 1};
    same(index, Day(2026, 3, 1), Day(2026, 4, 30));

    // What the index goes by is the stamp: text changed under the same stamp is not read again.
    w.Reflections[3].Loved = {"something else"};
    EXPECT_EQ(index.Extract(w, Day(2026, 4, 1), Day(2026, 4, 1), every).Of(ThemeSource::Loved).Words.front().Display, "design");
}

// [SECTION] Energy

// Mondays 29 December 2025, 5 January and 2 February 2026: across a year and two month boundaries.
static Workspace WinterJournal()
{
    Workspace w;
    AddText(w, Day(2025, 12, 29), "", 2);       // Monday
    AddText(w, Day(2025, 12, 31), "", 4);       // Wednesday
    AddText(w, Day(2026, 1, 1), "", 5);         // Thursday
    AddText(w, Day(2026, 1, 5), "", 4);         // Monday
    AddText(w, Day(2026, 1, 31), "", 1);        // Saturday
    AddText(w, Day(2026, 2, 2), "", 3);         // Monday
    AddText(w, Day(2026, 1, 6), "", 0);         // no energy recorded
    return w;
}

TEST(Energy, WeekdaysStartOnMonday)
{
    EXPECT_EQ(Weekday(Day(1970, 1, 1)), 3);
    EXPECT_EQ(Weekday(Day(1969, 12, 29)), 0);
    EXPECT_EQ(Weekday(Day(2026, 1, 1)), 3);
    EXPECT_EQ(Weekday(Day(2026, 2, 1)), 6);
    EXPECT_EQ(WeekStart(Day(2026, 1, 1)), Day(2025, 12, 29));
    EXPECT_EQ(WeekStart(Day(2026, 3, 9)), Day(2026, 3, 9));
}

TEST(Energy, AveragesPerWeekdayAcrossMonthAndYearBoundaries)
{
    const WeekdayEnergy energy = EnergyByWeekday(WinterJournal(), Day(2025, 12, 29), Day(2026, 2, 2));
    EXPECT_EQ(energy.Entries, (std::array<int, 7>{3, 0, 1, 1, 0, 1, 0}));
    EXPECT_DOUBLE_EQ(energy.Average[0], 3.0);   // (2 + 4 + 3) / 3
    EXPECT_DOUBLE_EQ(energy.Average[2], 4.0);
    EXPECT_DOUBLE_EQ(energy.Average[3], 5.0);
    EXPECT_DOUBLE_EQ(energy.Average[5], 1.0);
    EXPECT_DOUBLE_EQ(energy.Average[1], 0.0);
    EXPECT_EQ(ReadEnergyByWeekday(energy, "this winter"), "Your energy this winter is highest on Thursdays (5.0) and lowest on Saturdays (1.0).");
    EXPECT_EQ(ReadEnergyByWeekday(EnergyByWeekday(WinterJournal(), Day(2026, 1, 5), Day(2026, 1, 5)), "today"),
              "All your entries today are on Mondays, with an average energy of 4.0.");
    EXPECT_EQ(ReadEnergyByWeekday(EnergyByWeekday(Workspace{}, Day(2026, 1, 1), Day(2026, 1, 31)), "in January"), "No reflections in this period yet.");
}

TEST(Energy, AveragesPerDayWeekAndMonth)
{
    const std::vector<EnergyPoint> days = EnergyOverTime(WinterJournal(), Day(2025, 12, 29), Day(2026, 2, 2), EnergyStep::Day);
    ASSERT_EQ(days.size(), 6u);
    EXPECT_EQ(days[0].Start, Day(2025, 12, 29));
    EXPECT_EQ(days[2].Start, Day(2026, 1, 1));
    EXPECT_DOUBLE_EQ(days[2].Average, 5.0);

    // The first week starts on the Monday before the period but averages only the days inside it.
    const std::vector<EnergyPoint> weeks = EnergyOverTime(WinterJournal(), Day(2025, 12, 31), Day(2026, 2, 2), EnergyStep::Week);
    ASSERT_EQ(weeks.size(), 4u);
    EXPECT_EQ(weeks[0].Start, Day(2025, 12, 29));
    EXPECT_EQ(weeks[0].Entries, 2);
    EXPECT_DOUBLE_EQ(weeks[0].Average, 4.5);
    EXPECT_EQ(weeks[1].Start, Day(2026, 1, 5));
    EXPECT_EQ(weeks[1].Entries, 1);                 // the entry without energy is left out
    EXPECT_EQ(weeks[2].Start, Day(2026, 1, 26));
    EXPECT_DOUBLE_EQ(weeks[2].Average, 1.0);
    EXPECT_EQ(weeks[3].Start, Day(2026, 2, 2));

    const std::vector<EnergyPoint> months = EnergyOverTime(WinterJournal(), Day(2025, 12, 30), Day(2026, 2, 2), EnergyStep::Month);
    ASSERT_EQ(months.size(), 3u);
    EXPECT_EQ(months[0].Start, Day(2025, 12, 1));
    EXPECT_EQ(months[0].Entries, 1);                // the 29th is before the period
    EXPECT_DOUBLE_EQ(months[0].Average, 4.0);
    EXPECT_EQ(months[1].Start, Day(2026, 1, 1));
    EXPECT_EQ(months[1].Entries, 3);
    EXPECT_DOUBLE_EQ(months[1].Average, 10.0 / 3.0);
    EXPECT_EQ(months[2].Start, Day(2026, 2, 1));
}

// [SECTION] Weekly review

TEST(WeeklyReview, SetsTheWeekAgainstThePreviousWeeks)
{
    Workspace w;
    AddReflection(w, Day(2026, 2, 22), {"writing"});                            // before the previous weeks
    AddReflection(w, Day(2026, 2, 23), {"mentoring", "design"}, {"meetings"});
    AddReflection(w, Day(2026, 2, 25), {"mentoring", "writing"}, {"budget"});
    AddReflection(w, Day(2026, 3, 2), {"design", "writing"}, {"meetings"});
    AddReflection(w, Day(2026, 3, 4), {"design"}, {"meetings"});
    AddReflection(w, Day(2026, 3, 9), {"mentoring", "conference"}, {"budget"}); // the week: Monday 9 to Sunday 15 March
    AddReflection(w, Day(2026, 3, 11), {"conference", "writing"}, {"budget"});
    AddReflection(w, Day(2026, 3, 15), {"mentoring"});
    AddReflection(w, Day(2026, 3, 16), {"design"});                             // the week after
    WeeklyReviewOptions options;
    options.PreviousWeeks = 2;

    const WeeklyReview review = ReviewWeek(w, Day(2026, 3, 12), options);
    EXPECT_EQ(review.First, Day(2026, 3, 9));
    EXPECT_EQ(review.Last, Day(2026, 3, 15));
    EXPECT_EQ(review.Entries, 3);
    EXPECT_EQ(review.PreviousEntries, 4);
    ASSERT_EQ(review.Loved.Top.size(), 3u);
    EXPECT_EQ(review.Loved.Top[0].Of.Display, "conference");
    EXPECT_EQ(review.Loved.Top[0].Trend, ThemeTrend::New);
    EXPECT_EQ(review.Loved.Top[1].Of.Display, "mentoring");     // 2 this week against 1 a week before
    EXPECT_EQ(review.Loved.Top[1].ThisWeek, 2);
    EXPECT_EQ(review.Loved.Top[1].Before, 2);
    EXPECT_DOUBLE_EQ(review.Loved.Top[1].PreviousAverage, 1.0);
    EXPECT_EQ(review.Loved.Top[1].Trend, ThemeTrend::Rising);
    EXPECT_EQ(review.Loved.Top[2].Of.Display, "writing");       // 1 against 1 a week
    EXPECT_EQ(review.Loved.Top[2].Trend, ThemeTrend::Steady);
    ASSERT_EQ(review.Loved.Fading.size(), 1u);
    EXPECT_EQ(review.Loved.Fading[0].Of.Display, "design");     // 3 before, none this week
    EXPECT_EQ(review.Loved.Fading[0].ThisWeek, 0);
    EXPECT_DOUBLE_EQ(review.Loved.Fading[0].PreviousAverage, 1.5);
    ASSERT_EQ(review.Disliked.Top.size(), 1u);
    EXPECT_EQ(review.Disliked.Top[0].Of.Display, "budget");
    EXPECT_EQ(review.Disliked.Top[0].Trend, ThemeTrend::Rising);
    ASSERT_EQ(review.Disliked.Fading.size(), 1u);
    EXPECT_EQ(review.Disliked.Fading[0].Of.Display, "meetings");
    EXPECT_EQ(ReadWeeklyReview(review), "This week you loved conference most (new this week), and budget drained you most (rising).");
    EXPECT_EQ(ReadWeeklyReview(ReviewWeek(w, Day(2026, 4, 1))), "No reflections this week yet.");
}

// The lists hold short phrases: the review reads each as the person wrote it, not word by word.
TEST(WeeklyReview, ReadsEachItemAsWrittenAndTheSameItemInAnotherFormAsOne)
{
    Workspace w;
    AddReflection(w, Day(2026, 3, 2), {"Code reviews"});                                 // the week before
    AddReflection(w, Day(2026, 3, 9), {"Pairing on hard problems", "the"}, {"Late deploys"});
    AddReflection(w, Day(2026, 3, 10), {"pairing on Hard problems", "code review"});
    AddReflection(w, Day(2026, 3, 11), {"Pairing on hard problems!", "Pairing on hard problems"});
    WeeklyReviewOptions options;
    options.PreviousWeeks = 1;
    const WeeklyReview review = ReviewWeek(w, Day(2026, 3, 12), options);
    ASSERT_EQ(review.Loved.Top.size(), 2u) << "\"the\" names nothing; the words of an item are not themes of their own";
    EXPECT_EQ(review.Loved.Top[0].Of.Key, "pair hard problem");
    EXPECT_EQ(review.Loved.Top[0].ThisWeek, 3);
    EXPECT_EQ(review.Loved.Top[0].Of.Mentions, 4);
    EXPECT_EQ(review.Loved.Top[0].Of.Display, "Pairing on hard problems") << "the most common spelling";
    EXPECT_EQ(review.Loved.Top[0].Trend, ThemeTrend::New);
    EXPECT_EQ(review.Loved.Top[1].Of.Display, "code review");
    EXPECT_EQ(review.Loved.Top[1].Before, 1) << "\"Code reviews\" the week before is the same theme";
    EXPECT_EQ(review.Loved.Top[1].Trend, ThemeTrend::Steady);
    ASSERT_EQ(review.Disliked.Top.size(), 1u);
    EXPECT_EQ(review.Disliked.Top[0].Of.Display, "Late deploys");
    EXPECT_EQ(ReadWeeklyReview(review), "This week you loved Pairing on hard problems most (new this week), and Late deploys drained you most (new this week).");

    // Entries in another order (as another device's import may put them): the same review.
    std::reverse(w.Reflections.begin(), w.Reflections.end());
    const WeeklyReview again = ReviewWeek(w, Day(2026, 3, 12), options);
    ASSERT_EQ(again.Loved.Top.size(), 2u);
    EXPECT_EQ(again.Loved.Top[0].Of.Display, review.Loved.Top[0].Of.Display);
    EXPECT_EQ(again.Loved.Top[1].Of.Display, review.Loved.Top[1].Of.Display);
}

// [SECTION] Plan progress

TEST(PlanProgress, CountsMilestonesPerMonthActivitiesByTypeAndUsefulnessPerGoalKind)
{
    Workspace w;
    Goal mastery;
    mastery.Meta = Meta();
    mastery.Kind = Motivation::Mastery;
    for (const Date done : {Day(2026, 1, 15), Day(2026, 1, 20), Day(2026, 3, 1)})
        mastery.Milestones.push_back(Milestone{Id{8, g_next_id++}, "step", {}, done});
    mastery.Milestones.push_back(Milestone{Id{8, g_next_id++}, "not yet", {}, {}});
    Goal learning;
    learning.Meta = Meta();
    learning.Kind = Motivation::Learning;
    learning.Milestones.push_back(Milestone{Id{8, g_next_id++}, "last year", {}, Day(2025, 12, 31)});
    w.Goals = {mastery, learning};
    const auto add = [&](const char* title, ActivityType type, std::optional<Date> start, std::optional<Date> done, int useful, std::vector<Id> goals) {
        PlanActivity a;
        a.Meta = Meta();
        a.Title = title;
        a.Type = type;
        a.Start = start;
        a.Status = done ? ActivityStatus::Done : ActivityStatus::InProgress;
        a.CompletedOn = done;
        a.Usefulness = useful;
        a.GoalIds = std::move(goals);
        w.Activities.push_back(a);
    };
    const Id m = mastery.Meta.RecordId, l = learning.Meta.RecordId;
    add("A1", ActivityType::Course, Day(2026, 1, 1), Day(2026, 1, 11), 5, {m});           // 10 days
    add("A2", ActivityType::Course, Day(2025, 12, 1), Day(2026, 2, 1), 3, {m, l});        // 62 days
    add("A3", ActivityType::Mentoring, std::nullopt, Day(2026, 3, 10), 0, {l});
    add("A4", ActivityType::Reading, Day(2026, 2, 1), Day(2026, 2, 5), 4, {l});           // 4 days
    add("A5", ActivityType::Course, Day(2026, 1, 1), std::nullopt, 5, {m});               // not done
    add("A6", ActivityType::Reading, Day(2026, 3, 1), Day(2026, 4, 2), 5, {m});           // after the period

    const PlanProgress progress = PlanProgressBetween(w, Day(2026, 1, 1), Day(2026, 3, 31));
    ASSERT_EQ(progress.MilestonesPerMonth.size(), 3u);
    EXPECT_EQ(progress.MilestonesPerMonth[0].Month, 1);
    EXPECT_EQ(progress.MilestonesPerMonth[0].Count, 2);
    EXPECT_EQ(progress.MilestonesPerMonth[1].Count, 0);
    EXPECT_EQ(progress.MilestonesPerMonth[2].Count, 1);
    EXPECT_EQ(progress.MilestonesDone, 3);
    EXPECT_EQ(progress.ActivitiesDone, 4);
    ASSERT_EQ(progress.DoneByType.size(), 3u);
    EXPECT_EQ(progress.DoneByType[0].Type, ActivityType::Course);
    EXPECT_EQ(progress.DoneByType[0].Completed, 2);
    EXPECT_EQ(progress.DoneByType[0].MedianDaysToDone, 36.0);
    EXPECT_EQ(progress.DoneByType[1].Type, ActivityType::Mentoring);
    EXPECT_FALSE(progress.DoneByType[1].MedianDaysToDone.has_value());
    EXPECT_EQ(progress.DoneByType[2].Type, ActivityType::Reading);
    EXPECT_EQ(progress.MedianDaysToDone, 10.0);
    ASSERT_EQ(progress.UsefulnessByGoalKind.size(), 2u);
    EXPECT_EQ(progress.UsefulnessByGoalKind[0].Kind, Motivation::Mastery);
    EXPECT_DOUBLE_EQ(progress.UsefulnessByGoalKind[0].Average, 4.0);
    EXPECT_EQ(progress.UsefulnessByGoalKind[1].Kind, Motivation::Learning);
    EXPECT_DOUBLE_EQ(progress.UsefulnessByGoalKind[1].Average, 3.5);
    ASSERT_EQ(progress.UsefulnessByGoalKind[1].Rated.size(), 2u);
    EXPECT_EQ(progress.UsefulnessByGoalKind[1].Rated[0]->Title, "A4");
    EXPECT_EQ(ReadPlanProgress(progress, "this quarter"),
              "You ticked 3 milestones and finished 4 activities this quarter; activities took a median of 10 days from start to done.");
    EXPECT_EQ(ReadUsefulness(progress, "this quarter"), "Activities for Mastery goals were rated most useful this quarter: 4.0 out of 5 (2 activities).");
    // By type: A3 has no rating and A5, A6 are not done in the period.
    EXPECT_EQ(progress.Rated, 3);
    ASSERT_EQ(progress.UsefulnessByType.size(), 2u);
    EXPECT_EQ(progress.UsefulnessByType[0].Type, ActivityType::Course);    // a tie keeps the types' order
    ASSERT_EQ(progress.UsefulnessByType[0].Rated.size(), 2u);
    EXPECT_EQ(progress.UsefulnessByType[0].Rated[0]->Title, "A1");
    EXPECT_DOUBLE_EQ(progress.UsefulnessByType[0].Average, 4.0);
    EXPECT_EQ(progress.UsefulnessByType[1].Type, ActivityType::Reading);
    EXPECT_DOUBLE_EQ(progress.UsefulnessByType[1].Average, 4.0);
    EXPECT_EQ(ReadUsefulnessByType(progress, "this quarter"),
              "The kind of activity you rated most useful this quarter: Course or training, 4.0 out of 5 (2 activities).");
    // Through April, A6 (reading, 5) lifts reading above courses.
    const PlanProgress april = PlanProgressBetween(w, Day(2026, 1, 1), Day(2026, 4, 30));
    EXPECT_EQ(ReadUsefulnessByType(april, "so far"),
              "The kind of activity you rated most useful so far: Reading, 4.5 out of 5 (2 activities); the least: Course or training, 4.0.");

    const PlanProgress one = PlanProgressBetween(w, Day(2026, 2, 2), Day(2026, 2, 28));
    EXPECT_EQ(ReadPlanProgress(one, "this month"), "You finished 1 activity this month; it took 4 days from start to done.");
    const PlanProgress none = PlanProgressBetween(w, Day(2026, 5, 1), Day(2026, 5, 31));
    EXPECT_EQ(none.MilestonesPerMonth.size(), 1u);
    EXPECT_EQ(ReadPlanProgress(none, "in May"), "No milestones ticked or activities finished in May yet.");
    EXPECT_EQ(ReadUsefulness(none, "in May"), "No finished activity rated in May yet.");
    EXPECT_EQ(ReadUsefulnessByType(none, "in May"), "No finished activity rated in May yet: rate one when you mark it done.");
}

TEST(ActivityCompletion, CountsWhatWasOnThePlanAndWhatThePeriodFinishedByType)
{
    Workspace w;
    const auto add = [&](ActivityType type, ActivityStatus status, std::optional<Date> start, std::optional<Date> done) -> PlanActivity& {
        PlanActivity a;
        a.Meta = Meta();
        a.Meta.CreatedMs = int64_t(Day(2026, 2, 10).DaysSinceEpoch) * 86400000 + 3600000;
        a.Type = type;
        a.Status = status;
        a.Start = start;
        a.CompletedOn = done;
        w.Activities.push_back(a);
        return w.Activities.back();
    };
    add(ActivityType::Course, ActivityStatus::Done, Day(2026, 1, 5), Day(2026, 3, 2));            // done in the period
    add(ActivityType::Course, ActivityStatus::InProgress, Day(2026, 2, 1), std::nullopt);          // open at its end
    add(ActivityType::Course, ActivityStatus::Done, Day(2026, 1, 1), Day(2026, 4, 20));           // finished after: open then
    add(ActivityType::Course, ActivityStatus::Done, Day(2025, 11, 1), Day(2026, 2, 27));          // finished before it
    add(ActivityType::Mentoring, ActivityStatus::Done, std::nullopt, Day(2026, 3, 15));           // began when created
    add(ActivityType::Mentoring, ActivityStatus::Planned, Day(2026, 5, 1), std::nullopt);         // not begun yet
    add(ActivityType::Reading, ActivityStatus::Dropped, Day(2026, 1, 1), std::nullopt);           // dropped: left out
    add(ActivityType::Reading, ActivityStatus::Planned, std::nullopt, std::nullopt).Meta.Deleted = true;
    add(ActivityType::Shadowing, ActivityStatus::Planned, std::nullopt, std::nullopt);            // open, created in February

    using Row = std::tuple<ActivityType, int, int>;     // type, done, on the plan
    const auto rows = [](const ActivityCompletion& completion) {
        std::vector<Row> rows;
        for (const TypeCompletion& type : completion.ByType)
            rows.push_back({type.Type, type.Done, type.Total});
        return rows;
    };
    const ActivityCompletion march = ActivityCompletionBetween(w, Day(2026, 3, 1), Day(2026, 3, 31));
    EXPECT_EQ(march.Done, 2);
    EXPECT_EQ(march.Total, 5);
    EXPECT_EQ(rows(march), (std::vector<Row>{{ActivityType::Course, 1, 3}, {ActivityType::Mentoring, 1, 1}, {ActivityType::Shadowing, 0, 1}}));
    EXPECT_EQ(ReadActivityCompletion(march, "in March"),
              "You finished 2 of the 5 activities on your plan in March; the most in Course or training: 1 of 3.");

    // Before anything was created, only what had a start date counts.
    const ActivityCompletion january = ActivityCompletionBetween(w, Day(2026, 1, 1), Day(2026, 1, 31));
    EXPECT_EQ(january.Done, 0);
    EXPECT_EQ(january.Total, 3);
    EXPECT_EQ(ReadActivityCompletion(january, "in January"), "3 activities were on your plan in January; none finished yet.");
    EXPECT_EQ(ReadActivityCompletion(ActivityCompletionBetween(w, Day(2025, 1, 1), Day(2025, 1, 31)), "in January 2025"),
              "No plan activities in January 2025 yet.");
}

// [SECTION] Skills

TEST(SkillGaps, SortBiggestGapFirstThenByName)
{
    Workspace w;
    const auto add = [&](const char* name, int current, int target) {
        Skill s;
        s.Meta = Meta();
        s.Name = name;
        s.Current = current;
        s.Target = target;
        w.Skills.push_back(s);
    };
    add("Public speaking", 2, 4);
    add("SQL", 4, 3);
    add("Écriture", 1, 3);
    add("Design", 3, 3);
    add("Deleted", 1, 5);
    w.Skills.back().Meta.Deleted = true;

    const std::vector<SkillLevelGap> gaps = SkillGaps(w);
    ASSERT_EQ(gaps.size(), 4u);
    EXPECT_EQ(gaps[0].Of->Name, "Écriture");        // sorted as "ecriture"
    EXPECT_EQ(gaps[0].Gap, 2);
    EXPECT_EQ(gaps[1].Of->Name, "Public speaking");
    EXPECT_EQ(gaps[2].Of->Name, "Design");
    EXPECT_EQ(gaps[3].Of->Name, "SQL");
    EXPECT_EQ(gaps[3].Gap, -1);
    EXPECT_EQ(ReadSkillGaps(gaps), "Your biggest gap is Écriture, at level 1 of a target 3; 2 of 4 skills are below target.");
    EXPECT_EQ(ReadSkillGaps({gaps[2], gaps[3]}), "All 2 skills are at or above their target level.");
    EXPECT_EQ(ReadSkillGaps({}), "No skills yet.");
}

static Skill& AddSkill(Workspace& w, const char* name, int current, std::vector<SkillLevelChange> history = {})
{
    Skill s;
    s.Meta = Meta();
    s.Name = name;
    s.Current = current;
    s.History = std::move(history);
    w.Skills.push_back(std::move(s));
    return w.Skills.back();
}

TEST(SkillMoves, ReadsTheLevelOnADayBackFromTheHistory)
{
    Workspace w;
    const Skill& sql = AddSkill(w, "SQL", 4, {{Day(2026, 1, 15), 1, 2}, {Day(2026, 3, 2), 2, 4}});
    EXPECT_EQ(SkillLevelOn(sql, Day(2025, 12, 31)), 1);
    EXPECT_EQ(SkillLevelOn(sql, Day(2026, 1, 15)), 2);      // a change belongs to the end of its day
    EXPECT_EQ(SkillLevelOn(sql, Day(2026, 3, 1)), 2);
    EXPECT_EQ(SkillLevelOn(sql, Day(2026, 3, 2)), 4);
    EXPECT_EQ(SkillLevelOn(sql, Day(2027, 1, 1)), 4);
    // No history (schema 3): the current level, on any day.
    EXPECT_EQ(SkillLevelOn(AddSkill(w, "Old", 3), Day(2020, 1, 1)), 3);
}

TEST(SkillMoves, CountUpsAndDownsSinceADayBiggestFirst)
{
    Workspace w;
    AddSkill(w, "Writing", 3, {{Day(2026, 1, 10), 2, 3}});                          // moved before the review
    AddSkill(w, "SQL", 4, {{Day(2026, 1, 20), 1, 2}, {Day(2026, 3, 2), 2, 4}});     // +3 after it
    AddSkill(w, "Écoute", 2, {{Day(2026, 2, 1), 1, 2}});                            // +1
    AddSkill(w, "Design", 2, {{Day(2026, 2, 3), 3, 2}});                            // -1
    AddSkill(w, "Coaching", 2, {{Day(2026, 2, 1), 2, 3}, {Day(2026, 2, 9), 3, 2}}); // up and back: no move
    AddSkill(w, "Gone", 5, {{Day(2026, 2, 1), 1, 5}}).Meta.Deleted = true;

    const SkillMoves moves = SkillMovesAfter(w, Day(2026, 1, 15));
    EXPECT_EQ(moves.After, Day(2026, 1, 15));
    EXPECT_EQ(moves.Up, 2);
    EXPECT_EQ(moves.Down, 1);
    std::vector<std::string> order;
    for (const SkillMove& m : moves.Skills)
        order.push_back(m.Of->Name + " " + std::to_string(m.From) + ">" + std::to_string(m.To));
    EXPECT_EQ(order, (std::vector<std::string>{"SQL 1>4", "Écoute 1>2", "Design 3>2", "Coaching 2>2", "Writing 3>3"}));
    EXPECT_EQ(moves.Skills[0].LastChange, Day(2026, 3, 2));
    EXPECT_EQ(moves.Skills[3].LastChange, Day(2026, 2, 9));
    EXPECT_FALSE(moves.Skills[4].LastChange);
    EXPECT_EQ(moves.Find(&w.Skills[2])->From, 1);
    EXPECT_EQ(moves.Find(&w.Skills[5]), nullptr);

    EXPECT_EQ(ReadSkillMoves(moves, "since your last review on 15 Jan"),
              "2 skills moved up and 1 down since your last review on 15 Jan: the most, SQL, from level 1 to 4.");
}

TEST(SkillMoves, ReadOneMoveNoMoveAndNoSkills)
{
    Workspace w;
    AddSkill(w, "Design", 2, {{Day(2026, 2, 3), 3, 2}});
    AddSkill(w, "SQL", 3);
    EXPECT_EQ(ReadSkillMoves(SkillMovesAfter(w, Day(2026, 2, 1)), "this month"), "1 skill moved down this month: Design, from level 3 to 2.");
    EXPECT_EQ(ReadSkillMoves(SkillMovesAfter(w, Day(2026, 2, 3)), "this month"), "No skill changed level this month.");
    EXPECT_EQ(ReadSkillMoves(SkillMovesAfter(Workspace{}, Day(2026, 2, 3)), "this month"), "No skills yet.");
}

// [SECTION] Wins summary

static Workspace DecemberWins()
{
    Workspace w;
    Goal shared;
    shared.Meta = Meta();
    shared.Title = "Grow as a designer";
    shared.Milestones.push_back(Milestone{Id{9, 1}, "Ship the *design* doc", {}, Day(2025, 12, 3)});
    Goal secret = shared;
    secret.Meta = Meta();
    secret.Title = "Private goal";
    secret.Visible = Visibility::Private;
    secret.Milestones = {Milestone{Id{9, 2}, "Secret", {}, Day(2025, 12, 10)}};
    w.Goals = {shared, secret};
    PlanActivity course;
    course.Meta = Meta();
    course.Title = "Kubernetes course";
    course.Status = ActivityStatus::Done;
    course.CompletedOn = Day(2025, 12, 20);
    course.Outcome = "Passed the exam\nwith 92%";
    course.Evidence = "cert.pdf";
    w.Activities.push_back(course);
    return w;
}

TEST(WinsSummary, ListsSharedWinsReadyToPasteAsMarkdown)
{
    EXPECT_EQ(WinsSummary(DecemberWins(), Day(2025, 12, 1), Day(2025, 12, 31)),
              "## Wins from 2025-12-01 to 2025-12-31\n"
              "\n"
              "- 2025-12-03: **Ship the \\*design\\* doc** (goal: Grow as a designer)\n"
              "- 2025-12-20: **Kubernetes course**\n"
              "  - Outcome: Passed the exam with 92%\n"
              "  - Evidence: cert.pdf\n");
}

TEST(WinsSummary, WritesPlainTextAndPrivateWinsWhenAsked)
{
    WinsSummaryOptions options;
    options.Format = TextFormat::Plain;
    options.IncludePrivate = true;
    EXPECT_EQ(WinsSummary(DecemberWins(), Day(2025, 12, 1), Day(2025, 12, 31), options),
              "Wins from 2025-12-01 to 2025-12-31\n"
              "\n"
              "- 2025-12-03: Ship the *design* doc (goal: Grow as a designer)\n"
              "- 2025-12-10: Secret (goal: Private goal)\n"
              "- 2025-12-20: Kubernetes course\n"
              "  Outcome: Passed the exam with 92%\n"
              "  Evidence: cert.pdf\n");
    EXPECT_EQ(WinsSummary(DecemberWins(), Day(2026, 1, 1), Day(2026, 1, 31)),
              "## Wins from 2026-01-01 to 2026-01-31\n\nNo wins recorded in this period.\n");
    EXPECT_EQ(ReadWins(WinsBetween(DecemberWins(), Day(2025, 12, 1), Day(2025, 12, 31)), "in December"), "3 wins in December: 2 milestones and 1 activity.");
    EXPECT_EQ(ReadWins(WinsBetween(DecemberWins(), Day(2025, 12, 15), Day(2025, 12, 31)), "this fortnight"), "1 win this fortnight: 1 activity.");
    EXPECT_EQ(ReadWins({}, "in January"), "No wins in January yet.");
}
