#include <gtest/gtest.h>

#include "core/search.h"

using namespace trellis;

// [SECTION] Builders

static Goal MakeGoal(uint64_t n, const std::string& title, int64_t edited_ms = 0)
{
    Goal goal;
    goal.Meta.RecordId = Id{1, n};
    goal.Meta.Updated = Stamp{edited_ms, 0, 1};
    goal.Title = title;
    return goal;
}

static Reflection MakeReflection(uint64_t n, const std::string& text, int64_t edited_ms = 0)
{
    Reflection reflection;
    reflection.Meta.RecordId = Id{2, n};
    reflection.Meta.Updated = Stamp{edited_ms, 0, 1};
    reflection.Text = text;
    return reflection;
}

static Workspace Journal()
{
    Workspace w;
    Goal mentor = MakeGoal(1, "Become a mentor");
    mentor.Why = "Teaching others is how I learn.";
    mentor.Milestones = {Milestone{Id{9, 1}, "Weekly chat", {}, {}}, Milestone{Id{9, 2}, "Café chat with Zoë", {}, {}}};
    w.Goals.push_back(mentor);
    Goal deleted = MakeGoal(2, "Deleted mentor goal");
    deleted.Meta.Deleted = true;
    w.Goals.push_back(deleted);

    Reflection week = MakeReflection(1, "Ich habe heute über die Straße gesprochen.");
    week.Prompt = "What did you love this week?";
    week.Loved = {"Pairing 👩‍💻", "Demo day"};
    week.Disliked = {"Réunions sans fin"};
    week.Tags = {"Ελληνικά", "日本"};
    w.Reflections.push_back(week);
    w.Reflections.push_back(MakeReflection(2, "مرحبا بالعالم — a note in Arabic."));

    PlanActivity course;
    course.Meta.RecordId = Id{3, 1};
    course.Title = "Course on 機械学習";
    course.Outcome = "ÉTÉ project shipped";
    course.SupportNeeded = "Budget approval from Олег";
    course.Evidence = "https://example.org/cert";
    w.Activities.push_back(course);
    return w;
}

// The text a match points at, cut out of the original.
static std::string Matched(const std::string& text, const SearchMatch& match)
{
    return text.substr(match.Begin, match.End - match.Begin);
}

// [SECTION] Matching

TEST(Search, FindsAWordInAGoalTitle)
{
    const Workspace w = Journal();
    const std::vector<SearchHit> hits = Search(w, "MENTOR");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].Kind, RecordKind::Goal);
    EXPECT_EQ(hits[0].RecordId, (Id{1, 1}));
    ASSERT_EQ(hits[0].Matches.size(), 1u);
    EXPECT_EQ(hits[0].Matches[0].Field, SearchField::Title);
    EXPECT_EQ(Matched(w.Goals[0].Title, hits[0].Matches[0]), "mentor");
}

TEST(Search, IgnoresAccentsAndCaseInBothDirections)
{
    const Workspace w = Journal();
    const std::vector<SearchHit> cafe = Search(w, "cafe ZOE");
    ASSERT_EQ(cafe.size(), 1u);
    ASSERT_EQ(cafe[0].Matches.size(), 2u);
    EXPECT_EQ(cafe[0].Matches[0].Field, SearchField::Milestone);
    EXPECT_EQ(cafe[0].Matches[0].Item, 1u);
    EXPECT_EQ(Matched(w.Goals[0].Milestones[1].Title, cafe[0].Matches[0]), "Café");
    EXPECT_EQ(Matched(w.Goals[0].Milestones[1].Title, cafe[0].Matches[1]), "Zoë");

    const std::vector<SearchHit> strasse = Search(w, "STRASSE");
    ASSERT_EQ(strasse.size(), 1u);
    EXPECT_EQ(strasse[0].Kind, RecordKind::Reflection);
    EXPECT_EQ(strasse[0].Matches[0].Field, SearchField::Text);
    EXPECT_EQ(Matched(w.Reflections[0].Text, strasse[0].Matches[0]), "Straße");
    EXPECT_EQ(Search(w, "straße").size(), 1u);
    EXPECT_EQ(Search(w, "uber").size(), 1u);
    EXPECT_EQ(Search(w, "reunions")[0].Matches[0].Field, SearchField::Disliked);
    EXPECT_EQ(Search(w, "été")[0].Matches[0].Field, SearchField::Outcome);
    EXPECT_EQ(Search(w, "ОЛЕГ")[0].Matches[0].Field, SearchField::SupportNeeded);
    EXPECT_EQ(Search(w, "ελληνικα")[0].Matches[0].Field, SearchField::Tag);
}

TEST(Search, FindsCjkEmojiAndRightToLeftText)
{
    const Workspace w = Journal();
    const std::vector<SearchHit> cjk = Search(w, "機械");
    ASSERT_EQ(cjk.size(), 1u);
    EXPECT_EQ(cjk[0].Kind, RecordKind::PlanActivity);
    EXPECT_EQ(Matched(w.Activities[0].Title, cjk[0].Matches[0]), "機械");
    const std::vector<SearchHit> emoji = Search(w, "👩‍💻");
    ASSERT_EQ(emoji.size(), 1u);
    EXPECT_EQ(emoji[0].Matches[0].Field, SearchField::Loved);
    EXPECT_EQ(emoji[0].Matches[0].Item, 0u);
    const std::vector<SearchHit> arabic = Search(w, "مَرْحَبًا");     // with vowel marks
    ASSERT_EQ(arabic.size(), 1u);
    EXPECT_EQ(arabic[0].RecordId, (Id{2, 2}));
    EXPECT_EQ(Search(w, "日本")[0].Matches[0].Field, SearchField::Tag);
}

TEST(Search, NeedsEveryWordInTheSameRecord)
{
    const Workspace w = Journal();
    EXPECT_EQ(Search(w, "mentor teaching").size(), 1u);
    EXPECT_TRUE(Search(w, "mentor straße").empty());
    EXPECT_TRUE(Search(w, "nowhere").empty());
}

TEST(Search, FindsNothingForAnEmptyQuery)
{
    const Workspace w = Journal();
    EXPECT_TRUE(Search(w, "").empty());
    EXPECT_TRUE(Search(w, " \t\xC2\xA0\xE3\x80\x80").empty());
    EXPECT_TRUE(Search(Workspace{}, "mentor").empty());
}

TEST(Search, SkipsDeletedRecords)
{
    Workspace w = Journal();
    EXPECT_EQ(Search(w, "deleted").size(), 0u);
    w.Reflections[1].Meta.Deleted = true;
    EXPECT_TRUE(Search(w, "مرحبا").empty());
}

TEST(Search, PointsAtTheWholeCharacterAWordEndsIn)
{
    Workspace w;
    w.Goals.push_back(MakeGoal(1, "Maß halten"));
    const std::vector<SearchHit> hits = Search(w, "mas");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(Matched(w.Goals[0].Title, hits[0].Matches[0]), "Maß");
}

// [SECTION] Ranking and limits

TEST(Search, RanksTitleMatchesFirstThenTheLatestEdit)
{
    Workspace w;
    w.Goals.push_back(MakeGoal(1, "Old retro goal", 100));
    w.Goals.push_back(MakeGoal(2, "New retro goal", 300));
    w.Reflections.push_back(MakeReflection(1, "The retro went well", 500));
    w.Reflections.push_back(MakeReflection(2, "Another retro", 200));
    const std::vector<SearchHit> hits = Search(w, "retro");
    ASSERT_EQ(hits.size(), 4u);
    EXPECT_EQ(hits[0].RecordId, (Id{1, 2}));
    EXPECT_EQ(hits[1].RecordId, (Id{1, 1}));
    EXPECT_EQ(hits[2].RecordId, (Id{2, 1}));
    EXPECT_EQ(hits[3].RecordId, (Id{2, 2}));
}

TEST(Search, ReturnsAtMostTheLimit)
{
    Workspace w;
    for (uint64_t i = 0; i < 1000; i++)
        w.Reflections.push_back(MakeReflection(i, "Daily stand-up notes", static_cast<int64_t>(i)));
    const std::vector<SearchHit> hits = Search(w, "stand-up");
    ASSERT_EQ(hits.size(), 200u);
    EXPECT_EQ(hits[0].RecordId, (Id{2, 999}));
    SearchLimits five;
    five.MaxHits = 5;
    EXPECT_EQ(Search(w, "notes", five).size(), 5u);
}

TEST(Search, CutsALongQueryAtACharacterBoundary)
{
    Workspace w;
    w.Goals.push_back(MakeGoal(1, "Coffee with the team"));
    w.Goals.push_back(MakeGoal(2, "Café"));
    SearchLimits limits;
    limits.MaxQueryBytes = 5;
    const std::vector<SearchHit> hits = Search(w, "ééé", limits);    // 6 bytes: cut to "éé"
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].RecordId, (Id{1, 1}));
}

TEST(Search, FindsOneEntryInTenYearsOfJournal)
{
    Workspace w;
    std::string filler;
    while (filler.size() < 1500)
        filler += "Today I worked on the release, met the team, and wrote some notes. ";
    for (uint64_t i = 0; i < 3650; i++)
        w.Reflections.push_back(MakeReflection(i, filler + (i == 1234 ? " Zyzzyva! " : "") + std::to_string(i)));
    const std::vector<SearchHit> hits = Search(w, "zyzzyva");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].RecordId, (Id{2, 1234}));
    EXPECT_EQ(Matched(w.Reflections[1234].Text, hits[0].Matches[0]), "Zyzzyva");
}

TEST(SearchIndex, SeesEditsAdditionsAndDeletionsBetweenSearches)
{
    Workspace w = Journal();
    SearchIndex index;
    EXPECT_TRUE(index.Search(w, "zeppelin").empty());

    // An edit gets a new stamp: the index folds that record again.
    w.Reflections[0].Text = "Rode a Zeppelin to the offsite";
    w.Reflections[0].Meta.Updated.Counter++;
    ASSERT_EQ(index.Search(w, "zeppelin").size(), 1u);
    EXPECT_EQ(index.Search(w, "zeppelin")[0].RecordId, w.Reflections[0].Meta.RecordId);

    w.Goals.push_back(MakeGoal(900, "Zeppelin pilot licence", 5));
    EXPECT_EQ(index.Search(w, "zeppelin").size(), 2u);

    w.Reflections[0].Meta.Deleted = true;
    w.Reflections[0].Meta.Updated.Counter++;
    ASSERT_EQ(index.Search(w, "zeppelin").size(), 1u);
    EXPECT_EQ(index.Search(w, "zeppelin")[0].Kind, RecordKind::Goal);

    // Same answers as a fresh index, every time.
    for (const char* query : {"zeppelin", "a", "licence pilot", "nothing-like-this"})
        EXPECT_EQ(index.Search(w, query).size(), Search(w, query).size()) << query;
}

TEST(Search, FindsWordsAtTheEdgesOfATextWhateverLetterIsRarest)
{
    Workspace w;
    w.Reflections.push_back(MakeReflection(1, "quiz"));                  // rarest letter first, then last
    w.Reflections.push_back(MakeReflection(2, "aaaa jazz"));             // at the very end
    w.Reflections.push_back(MakeReflection(3, "qqqq"));                  // near misses before a hit
    w.Reflections.push_back(MakeReflection(4, "ab"));                    // shorter than the word
    EXPECT_EQ(Search(w, "quiz").size(), 1u);
    EXPECT_EQ(Search(w, "jazz").size(), 1u);
    EXPECT_EQ(Search(w, "zz").size(), 1u);
    EXPECT_EQ(Search(w, "z").size(), 2u);
    EXPECT_EQ(Search(w, "qqq").size(), 1u);
    EXPECT_EQ(Search(w, "abc").size(), 0u);
    EXPECT_EQ(Search(w, "a").size(), 2u);
    EXPECT_EQ(Search(w, "é").size(), 0u);
}
