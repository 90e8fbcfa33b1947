// The files made from the next one-on-one's agenda: Markdown, a printable page and a calendar.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/agenda_export.h"
#include "core/version.h"
#include "agenda_workspace.h"
#include "sample_workspace.h"

using namespace trellis;
using namespace trellis::test;

// [SECTION] Helpers
// [SECTION] File names
// [SECTION] Markdown
// [SECTION] HTML
// [SECTION] Calendar
// [SECTION] Privacy and determinism

// [SECTION] Helpers

static const LocalNow kMarch5{ NoonMs(2026, 3, 5), 0 };

// MarchWorkspace() with names: the next one-on-one is on Thursday 12 March 2026.
static Workspace NamedMarchWorkspace()
{
    Workspace w = MarchWorkspace();
    w.DeviceId = 0x1234;
    w.Me.Name = "Inès Ødegård";
    w.Me.ManagerName = "李娜";
    return w;
}

static Agenda AgendaWithoutQuestions(const Workspace& w, const LocalNow& now)
{
    return BuildAgenda(w, now, AgendaOptions{ .QuestionCount = 0 });
}

// A workspace whose next one-on-one holds these talking points, in this order.
static Workspace WithTalkingPoints(const std::vector<std::string>& texts)
{
    Workspace w;
    w.OneOnOnes = {MakeMeeting(Date::FromCivil(2026, 3, 12))};
    for (const std::string& text : texts)
        w.OneOnOnes[0].Agenda.push_back(AgendaItem{NextId(), AgendaItemKind::TalkingPoint, text, {}, Visibility::Shared});
    return w;
}

static std::vector<std::string> Split(std::string_view text, std::string_view separator)
{
    std::vector<std::string> parts;
    for (size_t at = 0;;)
    {
        const size_t end = text.find(separator, at);
        parts.emplace_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
        if (end == std::string_view::npos)
            return parts;
        at = end + separator.size();
    }
}

// The content lines of a calendar, folded lines joined again (RFC 5545 3.1).
static std::vector<std::string> UnfoldedLines(const std::string& ics)
{
    std::string unfolded;
    for (const std::string& line : Split(ics, "\r\n"))
    {
        if (!line.empty() && line[0] == ' ')
            unfolded += line.substr(1);
        else
            unfolded += (unfolded.empty() ? "" : "\n") + line;
    }
    return Split(unfolded, "\n");
}

static std::string ContentLine(const std::string& ics, std::string_view name)
{
    for (const std::string& line : UnfoldedLines(ics))
        if (line.compare(0, name.size(), name) == 0)
            return line;
    return "";
}

// Whole UTF-8 characters only, none cut at either end.
static bool IsWholeUtf8(std::string_view text)
{
    for (size_t i = 0; i < text.size();)
    {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (size_t k = 1; k < length; k++)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

static size_t Count(std::string_view text, std::string_view what)
{
    size_t count = 0;
    for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size()))
        count++;
    return count;
}

// [SECTION] File names

TEST(AgendaExport, FileNamesAreNamedLikeExchangeFiles)
{
    const Workspace w = NamedMarchWorkspace();
    const Agenda agenda = BuildAgenda(w, kMarch5);
    EXPECT_EQ(AgendaFileName(w, agenda, kMarch5, AgendaFormat::Markdown), "trellis-agenda-ines-odegard-2026-03-12.md");
    EXPECT_EQ(AgendaFileName(w, agenda, kMarch5, AgendaFormat::Html), "trellis-agenda-ines-odegard-2026-03-12.html");
    EXPECT_EQ(CalendarFileName(w, kMarch5), "trellis-dates-ines-odegard-2026-03-05.ics");

    // No meeting planned: today's date, in the person's time zone (00:30 on the 6th in Paris).
    const LocalNow late{ NoonMs(2026, 3, 5) + 11 * kHour + 1800000, 60 };
    Workspace unsluggable;
    unsluggable.Me.Name = "李娜";
    EXPECT_EQ(AgendaFileName(unsluggable, BuildAgenda(unsluggable, late), late, AgendaFormat::Markdown), "trellis-agenda-trellis-2026-03-06.md");
    EXPECT_EQ(CalendarFileName(unsluggable, late), "trellis-dates-trellis-2026-03-06.ics");
}

// [SECTION] Markdown

TEST(AgendaMarkdown, ShowsEverySectionWithItsDetails)
{
    const Workspace w = NamedMarchWorkspace();
    EXPECT_EQ(AgendaMarkdown(w, AgendaWithoutQuestions(w, kMarch5), kMarch5),
              "# Inès Ødegård — one-on-one, Thursday 12 March 2026\n"
              "\n"
              "With 李娜. Changes since Thursday 12 February 2026.\n"
              "\n"
              "## Goal updates\n"
              "\n"
              "- Changed after the meeting — 0% done\n"
              "- Changed on the meeting day — 0% done\n"
              "\n"
              "## Plan activities\n"
              "\n"
              "- Finished since — done Friday 20 February 2026\n"
              "- Overdue — overdue, was due Sunday 1 February 2026\n"
              "- Due soon — due Friday 20 March 2026\n"
              "\n"
              "## Action items carried over\n"
              "\n"
              "- Share the promotion rubric — 李娜, due Thursday 29 January 2026, agreed Thursday 15 January 2026\n"
              "\n"
              "## Agreed for this meeting\n"
              "\n"
              "- Agreed in March — Inès Ødegård\n"
              "\n"
              "## My talking points\n"
              "\n"
              "- Conference budget?\n"
              "- Already on the agenda\n"
              "\n"
              "## Notes\n"
              "\n"
              "\n"
              "## Action items\n"
              "\n");
}

TEST(AgendaMarkdown, ListsQuestionsWorthAsking)
{
    const Workspace w = NamedMarchWorkspace();
    const Agenda agenda = BuildAgenda(w, kMarch5);
    ASSERT_EQ(agenda.Questions.size(), 3u);
    const std::string markdown = AgendaMarkdown(w, agenda, kMarch5);
    const size_t section = markdown.find("\n## Questions worth asking\n\n");
    ASSERT_NE(section, std::string::npos);
    EXPECT_LT(markdown.find("\n## My talking points\n"), section);
    EXPECT_LT(section, markdown.find("\n## Notes\n"));
    for (const BankQuestion* question : agenda.Questions)
        EXPECT_NE(markdown.find("\n- " + std::string(question->Text) + "\n", section), std::string::npos) << question->Text;
}

TEST(AgendaMarkdown, LeavesOutEmptySections)
{
    Workspace w;
    const std::string empty = AgendaMarkdown(w, AgendaWithoutQuestions(w, kMarch5), kMarch5);
    // A first agenda speaks of no changes since a day nothing happened on.
    EXPECT_EQ(empty, "# Next one-on-one\n\nA first one-on-one agenda: what is on my plan now.\n\n## Notes\n\n\n## Action items\n\n");

    w.Me.NextOneOnOne = Date::FromCivil(2026, 3, 12);
    w.Me.ManagerName = "Ana";
    w.Activities = {MakeActivity("Due soon", ActivityStatus::Planned, Date::FromCivil(2026, 3, 20), {})};
    const std::string markdown = AgendaMarkdown(w, AgendaWithoutQuestions(w, kMarch5), kMarch5);
    EXPECT_EQ(markdown.find("# One-on-one, Thursday 12 March 2026\n\nWith Ana. A first one-on-one agenda"), 0u);
    EXPECT_NE(markdown.find("\n## Plan activities\n\n- Due soon — due Friday 20 March 2026\n"), std::string::npos);
    for (const char* absent : { "## Goal updates", "## Action items carried over", "## My talking points", "## Questions worth asking" })
        EXPECT_EQ(markdown.find(absent), std::string::npos) << absent;
}

TEST(AgendaMarkdown, EscapesTextSoItCannotChangeTheStructure)
{
    const std::vector<std::string> hostile = {
        "*wow* [x](y)", "# not a heading", "- not a list", "+ nor this", "1. nor this", "12) nor this",
        "<img src=x onerror=alert(1)>", "`code` and a\\b", "first line\n# second line", "__init__ & ~~old~~ | pipe",
        "  > quoted  ", "2026 is a year", "3.5 stars", "!", "a\r\n- b\n\n## c", "bell\a and \x1b[2J escape", "csi\xc2\x9b" "31m and \xe2\x80\xae" "rtl",
    };
    const std::vector<std::string> escaped = {
        "\\*wow\\* \\[x\\](y)", "\\# not a heading", "\\- not a list", "\\+ nor this", "1\\. nor this", "12\\) nor this",
        "\\<img src=x onerror=alert(1)\\>", "\\`code\\` and a\\\\b", "first line \\# second line", "\\_\\_init\\_\\_ \\& \\~\\~old\\~\\~ \\| pipe",
        "\\> quoted", "2026 is a year", "3.5 stars", "!", "a - b \\#\\# c", "bell and \\[2J escape", "csi 31m and rtl",
    };
    Workspace w = WithTalkingPoints(hostile);
    w.Me.Name = "*Boss* [me](http://x)";
    const std::string markdown = AgendaMarkdown(w, AgendaWithoutQuestions(w, kMarch5), kMarch5);

    const std::vector<std::string> lines = Split(markdown, "\n");
    EXPECT_EQ(lines[0], "# \\*Boss\\* \\[me\\](http://x) — one-on-one, Thursday 12 March 2026");
    std::vector<std::string> items;
    int headings = 0;
    for (const std::string& line : lines)
    {
        if (line.compare(0, 2, "- ") == 0)
            items.push_back(line.substr(2));
        headings += line.compare(0, 1, "#") == 0;
    }
    EXPECT_EQ(items, escaped);
    EXPECT_EQ(headings, 4);         // the title, talking points, notes and action items
}

// [SECTION] HTML

TEST(AgendaHtml, IsOneSelfContainedPrintablePage)
{
    const Workspace w = NamedMarchWorkspace();
    const std::string html = AgendaHtml(w, AgendaWithoutQuestions(w, kMarch5), kMarch5);
    EXPECT_EQ(html.find("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"), 0u);
    EXPECT_NE(html.find("<title>Inès Ødegård — one-on-one, Thursday 12 March 2026</title>"), std::string::npos);
    EXPECT_NE(html.find("<h1>Inès Ødegård — one-on-one, Thursday 12 March 2026</h1>"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    for (const char* outside : { "<script", "<link", "src=", "href=", "url(", "@import", "http:", "https:" })
        EXPECT_EQ(html.find(outside), std::string::npos) << outside;
    const std::string end = "</body>\n</html>\n";
    EXPECT_EQ(html.substr(html.size() - end.size()), end);
}

TEST(AgendaHtml, HasTheSameSectionsAsTheMarkdown)
{
    const Workspace w = NamedMarchWorkspace();
    const std::string html = AgendaHtml(w, AgendaWithoutQuestions(w, kMarch5), kMarch5);
    EXPECT_NE(html.find("<h2>Plan activities</h2>\n<ul>\n"
                        "<li>Finished since <span class=\"detail\">— done Friday 20 February 2026</span></li>\n"
                        "<li>Overdue <span class=\"detail\">— overdue, was due Sunday 1 February 2026</span></li>\n"
                        "<li>Due soon <span class=\"detail\">— due Friday 20 March 2026</span></li>\n</ul>\n"),
              std::string::npos);
    std::vector<size_t> at;
    for (const char* heading : { "Goal updates", "Plan activities", "Action items carried over", "Agreed for this meeting", "My talking points", "Notes", "Action items" })
        at.push_back(html.find(std::string("<h2>") + heading + "</h2>"));
    for (size_t i = 0; i < at.size(); i++)
    {
        EXPECT_NE(at[i], std::string::npos) << i;
        if (i > 0)
            EXPECT_LT(at[i - 1], at[i]) << i;
    }
    EXPECT_EQ(Count(html, "<h2>"), 7u);
    EXPECT_EQ(Count(html, "<li>"), 9u);
    EXPECT_EQ(html.find("Questions worth asking"), std::string::npos);

    Workspace empty;
    EXPECT_EQ(Count(AgendaHtml(empty, AgendaWithoutQuestions(empty, kMarch5), kMarch5), "<h2>"), 2u);
}

TEST(AgendaHtml, EscapesEveryPieceOfUserText)
{
    Workspace w = WithTalkingPoints({ "<script>alert('x')</script> & \"quoted\"" });
    w.Me.Name = "<b>Mallory</b>";
    w.Me.ManagerName = "O'Brien & \"Co\"";
    const std::string html = AgendaHtml(w, AgendaWithoutQuestions(w, kMarch5), kMarch5);
    EXPECT_NE(html.find("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</li>"), std::string::npos);
    EXPECT_NE(html.find("<title>&lt;b&gt;Mallory&lt;/b&gt; — one-on-one"), std::string::npos);
    EXPECT_NE(html.find("With O&#39;Brien &amp; &quot;Co&quot;."), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_EQ(html.find("O'Brien"), std::string::npos);
}

// [SECTION] Calendar

TEST(CalendarIcs, HoldsTheNextOneOnOneAndCareerReview)
{
    const Workspace w = NamedMarchWorkspace();
    const OneOnOne& march = w.OneOnOnes[0];
    ASSERT_EQ(march.On, Date::FromCivil(2026, 3, 12));
    const std::vector<std::string> expected = {
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        std::string("PRODID:-//Trellis//Trellis ") + kAppVersion + "//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        "UID:one-on-one-" + march.Meta.RecordId.ToHex() + "@trellis",
        "DTSTAMP:20260305T120000Z",
        "DTSTART;VALUE=DATE:20260312",
        "DTEND;VALUE=DATE:20260313",
        "SUMMARY:One-on-one with 李娜",
        "DESCRIPTION:The agenda is in Trellis: goal updates\\, plan activities and action items since Thursday 12 February 2026.",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:career-review-0000000000001234@trellis",
        "DTSTAMP:20260305T120000Z",
        "DTSTART;VALUE=DATE:20260715",      // the career talk of 15 January, plus six months
        "DTEND;VALUE=DATE:20260716",
        "SUMMARY:Career review with 李娜",
        "DESCRIPTION:The last career conversation was on Thursday 15 January 2026.\\nOne is due every 6 months.",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    };
    EXPECT_EQ(UnfoldedLines(CalendarIcs(w, kMarch5)), expected);
}

TEST(CalendarIcs, UsesCrlfAndFoldsLongLinesBetweenCharacters)
{
    Workspace w = NamedMarchWorkspace();
    w.Me.ManagerName = "АлександраКонстантиновнаПреображенская 🚀🌟 руководитель отдела разработки 👩‍💻 и команды";
    const std::string ics = CalendarIcs(w, kMarch5);
    const std::string summary = "SUMMARY:One-on-one with " + w.Me.ManagerName;
    ASSERT_EQ(ContentLine(ics, "SUMMARY:"), summary);
    ASSERT_EQ(static_cast<unsigned char>(summary[75]) & 0xC0, 0x80);     // a cut at 75 octets would split a letter

    ASSERT_EQ(ics.substr(ics.size() - 2), "\r\n");
    for (size_t i = 0; i < ics.size(); i++)
    {
        if (ics[i] == '\n')
            ASSERT_TRUE(i > 0 && ics[i - 1] == '\r') << i;
        if (ics[i] == '\r')
            ASSERT_TRUE(i + 1 < ics.size() && ics[i + 1] == '\n') << i;
    }
    int continuations = 0;
    for (const std::string& line : Split(ics, "\r\n"))
    {
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_TRUE(IsWholeUtf8(line)) << line;
        continuations += !line.empty() && line[0] == ' ';
    }
    EXPECT_GE(continuations, 4);
}

TEST(CalendarIcs, EscapesTextAsRfc5545Asks)
{
    Workspace w = NamedMarchWorkspace();
    w.Me.ManagerName = "Smith; Jones, C:\\team\nsecond line\r\nthird\rfourth\x01.";
    const std::string ics = CalendarIcs(w, kMarch5);
    EXPECT_EQ(ContentLine(ics, "SUMMARY:"), "SUMMARY:One-on-one with Smith\\; Jones\\, C:\\\\team\\nsecond line\\nthird\\nfourth .");
    EXPECT_EQ(ContentLine(ics, "DESCRIPTION:The last"),
              "DESCRIPTION:The last career conversation was on Thursday 15 January 2026.\\nOne is due every 6 months.");
}

TEST(CalendarIcs, KeepsEachEventsUidFromOneExportToTheNext)
{
    Workspace w = NamedMarchWorkspace();
    const std::string before = CalendarIcs(w, kMarch5);
    const LocalNow next_day{ NoonMs(2026, 3, 6), 0 };
    w.OneOnOnes[0].Agenda.push_back(AgendaItem{NextId(), AgendaItemKind::TalkingPoint, "One more thing", {}, Visibility::Shared});
    w.OneOnOnes.push_back(MakeMeeting(Date::FromCivil(2026, 3, 5), Visibility::Shared, true));   // moves the review to September
    const std::string after = CalendarIcs(w, next_day);

    EXPECT_NE(ContentLine(before, "DTSTAMP:"), ContentLine(after, "DTSTAMP:"));
    const auto uids = [](const std::string& ics) {
        std::vector<std::string> found;
        for (const std::string& line : UnfoldedLines(ics))
            if (line.compare(0, 4, "UID:") == 0)
                found.push_back(line);
        return found;
    };
    ASSERT_EQ(uids(before).size(), 2u);
    EXPECT_EQ(uids(before), uids(after));
    EXPECT_NE(after.find("DTSTART;VALUE=DATE:20260905"), std::string::npos);

    // Another meeting is another event.
    w.OneOnOnes[0].Meta.RecordId = NextId();
    EXPECT_NE(uids(CalendarIcs(w, next_day))[0], uids(after)[0]);
}

TEST(CalendarIcs, DatesTheProfilesNextOneOnOneAndAnOverdueReview)
{
    Workspace w;
    w.DeviceId = 0xabc;
    w.Me.NextOneOnOne = Date::FromCivil(2026, 3, 12);
    w.OneOnOnes = {MakeMeeting(Date::FromCivil(2025, 6, 1), Visibility::Shared, true)};
    const LocalNow tokyo{ NoonMs(2026, 3, 5), 540 };    // 21:00 in Tokyo: the stamp stays in UTC
    const std::string ics = CalendarIcs(w, tokyo);
    EXPECT_EQ(ContentLine(ics, "DTSTAMP:"), "DTSTAMP:20260305T120000Z");
    const std::vector<std::string> lines = UnfoldedLines(ics);
    const std::vector<std::string> review(lines.begin() + 5, lines.begin() + 12);
    EXPECT_EQ(review, (std::vector<std::string>{
        "UID:career-review-0000000000000abc@trellis", "DTSTAMP:20260305T120000Z",
        "DTSTART;VALUE=DATE:20260305", "DTEND;VALUE=DATE:20260306",     // overdue: today, first
        "SUMMARY:Career review",
        "DESCRIPTION:The last career conversation was on Sunday 1 June 2025.\\nOne is due every 6 months\\, and this one was due on Monday 1 December 2025.",
        "TRANSP:TRANSPARENT"}));
    EXPECT_EQ(ContentLine(ics, "UID:next"), "UID:next-one-on-one-0000000000000abc@trellis");
    EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260312"), std::string::npos);

    w.Me.ReviewCadenceMonths = 1;
    EXPECT_EQ(ContentLine(CalendarIcs(w, tokyo), "DESCRIPTION:The last"),
              "DESCRIPTION:The last career conversation was on Sunday 1 June 2025.\\nOne is due every month\\, and this one was due on Tuesday 1 July 2025.");
}

TEST(CalendarIcs, IsAValidEmptyCalendarWithNothingToDate)
{
    EXPECT_EQ(CalendarIcs(Workspace{}, kMarch5),
              std::string("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Trellis//Trellis ") + kAppVersion +
                  "//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
    // Past meetings and no career conversation: still nothing to date.
    Workspace past;
    past.OneOnOnes = {MakeMeeting(Date::FromCivil(2026, 2, 1))};
    past.Me.NextOneOnOne = Date::FromCivil(2026, 3, 1);
    EXPECT_EQ(CalendarIcs(past, kMarch5).find("BEGIN:VEVENT"), std::string::npos);
}

// [SECTION] Privacy and determinism

TEST(AgendaExport, NothingPrivateAppearsInAnyFile)
{
    Workspace w = NamedMarchWorkspace();
    Reflection journal;
    journal.Meta = EditedAt(NoonMs(2026, 3, 1));
    journal.On = Date::FromCivil(2026, 3, 1);
    journal.Text = "Secret journal entry";
    journal.Loved = {"Secret love"};
    w.Reflections = {journal};
    // The upcoming meeting made private too: it still dates the agenda, but shows nothing of its own.
    Workspace private_meeting = w;
    private_meeting.OneOnOnes[0].Visible = Visibility::Private;

    const Workspace full = FullWorkspace();
    const LocalNow march1{ NoonMs(2026, 3, 1), 0 };
    const std::vector<std::pair<const Workspace*, LocalNow>> cases = { { &w, kMarch5 }, { &private_meeting, kMarch5 }, { &full, march1 } };
    for (const auto& [workspace, now] : cases)
    {
        const Agenda agenda = BuildAgenda(*workspace, now);
        const std::string files[] = { AgendaMarkdown(*workspace, agenda, now), AgendaHtml(*workspace, agenda, now), CalendarIcs(*workspace, now) };
        for (const std::string& file : files)
        {
            for (const char* secret : { "Private goal", "Private course", "Private action", "Feeling stretched thin", "Secret",
                                        "Présenter", "Shadow the design", "Pairing with", "on-call", "Πολύ" })
                EXPECT_EQ(file.find(secret), std::string::npos) << secret << " in\n" << file;
            for (const Goal& goal : workspace->Goals)
                if (goal.Visible == Visibility::Private)
                    EXPECT_EQ(file.find(goal.Meta.RecordId.ToHex()), std::string::npos);
        }
    }
    // Shared talking points of a private meeting stay out; its id stays out of the calendar.
    const Agenda agenda = BuildAgenda(private_meeting, kMarch5);
    EXPECT_EQ(AgendaMarkdown(private_meeting, agenda, kMarch5).find("Conference budget"), std::string::npos);
    const std::string ics = CalendarIcs(private_meeting, kMarch5);
    EXPECT_EQ(ics.find(private_meeting.OneOnOnes[0].Meta.RecordId.ToHex()), std::string::npos);
    EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260312"), std::string::npos);
}

TEST(AgendaExport, SameInputGivesTheSameBytes)
{
    const Workspace w = NamedMarchWorkspace();
    const Workspace copy = w;       // other addresses, same records
    const Agenda agenda = BuildAgenda(w, kMarch5);
    const Agenda copy_agenda = BuildAgenda(copy, kMarch5);
    EXPECT_EQ(AgendaMarkdown(w, agenda, kMarch5), AgendaMarkdown(copy, copy_agenda, kMarch5));
    EXPECT_EQ(AgendaHtml(w, agenda, kMarch5), AgendaHtml(copy, copy_agenda, kMarch5));
    EXPECT_EQ(CalendarIcs(w, kMarch5), CalendarIcs(copy, kMarch5));
    EXPECT_EQ(AgendaMarkdown(w, agenda, kMarch5), AgendaMarkdown(w, agenda, kMarch5));
}
