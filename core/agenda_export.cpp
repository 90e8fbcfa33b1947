// [SECTION] File names
// [SECTION] What the agenda says
// [SECTION] Markdown
// [SECTION] HTML
// [SECTION] Calendar
#include "core/agenda_export.h"
#include "core/validate.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include "core/exchange.h"
#include "core/sort.h"
#include "core/version.h"
#include "core/views.h"

namespace trellis {

// [SECTION] File names

std::string AgendaFileName(const Workspace& workspace, const Agenda& agenda, const LocalNow& now, AgendaFormat format)
{
    const char* extension = format == AgendaFormat::Html ? ".html" : ".md";
    return "trellis-agenda-" + FileNameSlug(workspace.Me.Name) + "-" + agenda.MeetingOn.value_or(now.Today()).ToString() + extension;
}

std::string CalendarFileName(const Workspace& workspace, const LocalNow& now)
{
    return "trellis-dates-" + FileNameSlug(workspace.Me.Name) + "-" + now.Today().ToString() + ".ics";
}

// [SECTION] What the agenda says

namespace {

// The agenda as plain text, which each format escapes and lays out in its own way.
struct Entry
{
    std::string Text;                   // the record's own words
    std::string Detail;                 // what the app adds (progress, dates, who); "" for nothing
};

struct Section
{
    const char*         Heading = "";
    std::vector<Entry>  Entries;
    int                 WriteInLines = 0;   // more than 0: left empty to write in during the meeting, with
                                            // this many ruled lines on paper
};

struct AgendaDocument
{
    std::string             Title;
    std::string             Subtitle;
    std::vector<Section>    Sections;   // only those to show, in order
};

} // namespace

// User text on one line: control characters (line breaks, tabs, C1's CSI), bidi overrides become
// spaces, a run of spaces one space, and none is left at either end. A line break in a title would
// otherwise start a new block (core/validate.h's ForMessage, uncut).
static std::string OneLine(std::string_view text)
{
    return ForMessage(text, std::string::npos);
}

static std::string Title(const Workspace& workspace, const Agenda& agenda)
{
    const std::string name = OneLine(workspace.Me.Name);
    const std::string day = agenda.MeetingOn ? agenda.MeetingOn->ToLongString() : "";
    if (name.empty())
        return day.empty() ? "Next one-on-one" : "One-on-one, " + day;
    return day.empty() ? name + " — next one-on-one" : name + " — one-on-one, " + day;
}

static std::string Subtitle(const Workspace& workspace, const Agenda& agenda)
{
    const std::string manager = OneLine(workspace.Me.ManagerName);
    const std::string changes = agenda.First ? std::string("A first one-on-one agenda: what is on my plan now.")
                                             : "Changes since " + agenda.Since.ToLongString() + ".";
    return manager.empty() ? changes : "With " + manager + ". " + changes;
}

static std::string ActivityDetail(const AgendaActivity& activity, Date today)
{
    const PlanActivity& record = *activity.Record;
    if (activity.Completed && record.CompletedOn)
        return "done " + record.CompletedOn->ToLongString();
    std::string detail;
    if (record.Due)
        detail = (*record.Due < today ? "overdue, was due " : "due ") + record.Due->ToLongString();
    if (activity.NeedsSupport)
        detail += (detail.empty() ? "" : "; ") + ("I need: " + OneLine(record.SupportNeeded));
    return detail;
}

// Who does it, and by when: "Inès Ødegård, due Friday 13 March 2026".
static std::string OwnerDetail(const Workspace& workspace, const ActionItem& item)
{
    const std::string owner = OneLine(item.Owner == ActionOwner::Me ? workspace.Me.Name : workspace.Me.ManagerName);
    std::string detail = owner.empty() ? DisplayName(item.Owner) : owner;
    if (item.Due)
        detail += ", due " + item.Due->ToLongString();
    return detail;
}

static std::string ActionDetail(const Workspace& workspace, const CarriedAction& action)
{
    return OwnerDetail(workspace, *action.Item) + ", agreed " + action.From->On.ToLongString();
}

static AgendaDocument Describe(const Workspace& workspace, const Agenda& agenda, const LocalNow& now)
{
    Section goals{ "Goal updates", {} };
    for (const AgendaGoal& goal : agenda.GoalUpdates)
        goals.Entries.push_back(Entry{ OneLine(goal.Record->Title), std::to_string(goal.Progress) + "% done" });
    Section activities{ "Plan activities", {} };
    for (const AgendaActivity& activity : agenda.Activities)
        activities.Entries.push_back(Entry{ OneLine(activity.Record->Title), ActivityDetail(activity, now.Today()) });
    Section actions{ "Action items carried over", {} };
    for (const CarriedAction& action : agenda.CarriedOver)
        actions.Entries.push_back(Entry{ OneLine(action.Item->Text), ActionDetail(workspace, action) });
    Section agreed{ "Agreed for this meeting", {} };
    for (const ActionItem* item : agenda.MeetingActions)
        agreed.Entries.push_back(Entry{ (item->DoneOn ? "Done: " : "") + OneLine(item->Text), OwnerDetail(workspace, *item) });
    Section points{ "My talking points", {} };
    for (const AgendaItem* item : agenda.TalkingPoints)
        points.Entries.push_back(Entry{ OneLine(item->Text), "" });
    Section questions{ "Questions worth asking", {} };
    for (const BankQuestion* question : agenda.Questions)
        questions.Entries.push_back(Entry{ OneLine(question->Text), "" });

    AgendaDocument document{ Title(workspace, agenda), Subtitle(workspace, agenda), {} };
    for (Section* section : { &goals, &activities, &actions, &agreed, &points, &questions })
        if (!section->Entries.empty())
            document.Sections.push_back(std::move(*section));
    document.Sections.push_back(Section{ "Notes", {}, 8 });
    document.Sections.push_back(Section{ "Action items", {}, 5 });
    return document;
}

// [SECTION] Markdown

// A backslash before every character that could start emphasis, a link or an image, a heading, a
// quote, code, HTML, an entity, a table or a strike-through, and before a leading list marker
// ("-", "+", "1. " or "1) "), so the text stays text: "- " + "- x" would be a nested list.
// CommonMark lets any ASCII punctuation be escaped this way.
static std::string MarkdownText(std::string_view text)
{
    static constexpr std::string_view kSpecial = "\\`*_[]#<>&|~";
    size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        digits++;
    const bool ordered_marker = digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')') &&
                                (digits + 1 == text.size() || text[digits + 1] == ' ');
    std::string out;
    for (size_t i = 0; i < text.size(); i++)
    {
        const char c = text[i];
        const bool list_marker = (i == 0 && (c == '-' || c == '+')) || (ordered_marker && i == digits);
        if (list_marker || kSpecial.find(c) != std::string_view::npos)
            out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::string AgendaMarkdown(const Workspace& workspace, const Agenda& agenda, const LocalNow& now)
{
    const AgendaDocument document = Describe(workspace, agenda, now);
    std::string out = "# " + MarkdownText(document.Title) + "\n\n" + MarkdownText(document.Subtitle) + "\n";
    for (const Section& section : document.Sections)
    {
        out += "\n## " + MarkdownText(section.Heading) + "\n\n";
        for (const Entry& entry : section.Entries)
        {
            out += "- " + MarkdownText(entry.Text);
            if (!entry.Detail.empty())
                out += " — " + MarkdownText(entry.Detail);
            out += "\n";
        }
    }
    return out;
}

// [SECTION] HTML

static std::string HtmlText(std::string_view text)
{
    std::string out;
    for (const char c : text)
        switch (c)
        {
        case '&':  out += "&amp;"; break;
        case '<':  out += "&lt;"; break;
        case '>':  out += "&gt;"; break;
        case '"':  out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:   out.push_back(c); break;
        }
    return out;
}

// Black on white with one accent, readable on a phone, and on paper without the browser's
// "background graphics" option: the lines to write on are borders, not a background.
static constexpr std::string_view kAgendaCss = R"(
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f23; background: #fff;
       max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .25rem; }
.subtitle { color: #555; margin: 0 0 1.5rem; }
h2 { font-size: 1rem; color: #2e6b4f; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin: 1.5rem 0 .5rem; }
ul { margin: 0; padding-left: 1.25rem; }
li { margin: .3rem 0; }
.detail { color: #555; }
.line { height: 2rem; border-bottom: 1px solid #ccc; }
@page { margin: 2cm; }
@media print {
  body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
  h2 { break-after: avoid; }
  li { break-inside: avoid; }
}
)";

std::string AgendaHtml(const Workspace& workspace, const Agenda& agenda, const LocalNow& now)
{
    const AgendaDocument document = Describe(workspace, agenda, now);
    std::string out = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      // Nothing may run or load even if a piece of text slipped through unescaped.
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    out += "<title>" + HtmlText(document.Title) + "</title>\n<style>" + std::string(kAgendaCss) + "</style>\n</head>\n<body>\n";
    out += "<h1>" + HtmlText(document.Title) + "</h1>\n<p class=\"subtitle\">" + HtmlText(document.Subtitle) + "</p>\n";
    for (const Section& section : document.Sections)
    {
        out += "<section>\n<h2>" + HtmlText(section.Heading) + "</h2>\n";
        for (int i = 0; i < section.WriteInLines; i++)
            out += "<div class=\"line\"></div>\n";
        if (!section.Entries.empty())
        {
            out += "<ul>\n";
            for (const Entry& entry : section.Entries)
            {
                out += "<li>" + HtmlText(entry.Text);
                if (!entry.Detail.empty())
                    out += " <span class=\"detail\">— " + HtmlText(entry.Detail) + "</span>";
                out += "</li>\n";
            }
            out += "</ul>\n";
        }
        out += "</section>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

// [SECTION] Calendar

namespace {

struct CalendarEvent
{
    std::string Uid;            // the same for the same meeting or review in every export
    Date        On;
    std::string Summary;
    std::string Description;    // "" for none
};

} // namespace

// RFC 5545 TEXT: backslash, semicolon and comma escaped, a line break written as "\n". Other
// control characters are not allowed in TEXT and become spaces.
static std::string IcsText(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); i++)
    {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',')
            out += {'\\', c};
        else if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            out += "\\n";
        else if (c == '\r')
            continue;                   // the CR of a CRLF: its LF writes the line break
        else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F)
            out.push_back(' ');
        else
            out.push_back(c);
    }
    return out;
}

static std::string IcsDate(Date date)
{
    int y, m, d;
    date.ToCivil(&y, &m, &d);
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d%02d%02d", y, m, d);
    return buf;
}

// "20260305T120000Z": the moment in UTC, to the second.
static std::string IcsTimestamp(int64_t unix_ms)
{
    const int64_t day_ms = 86400000;
    const Date day = Date::FromUnixMs(unix_ms, 0);
    const int64_t seconds = (unix_ms - int64_t(day.DaysSinceEpoch) * day_ms) / 1000;
    char buf[16];
    std::snprintf(buf, sizeof(buf), "T%02d%02d%02dZ", int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
    return IcsDate(day) + buf;
}

// One content line, folded as RFC 5545 asks: at most 75 octets a line, CRLF, and a space to
// start each continuation. A cut never falls inside a UTF-8 character.
static void AppendContentLine(std::string& out, std::string_view line)
{
    size_t limit = 75;
    while (line.size() > limit)
    {
        size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            cut--;
        if (cut == 0)
            cut = limit;                // not UTF-8: cut anywhere rather than loop forever
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;                     // the leading space counts
    }
    out.append(line);
    out += "\r\n";
}

static std::string DeviceHex(uint64_t device)
{
    char buf[24];
    std::snprintf(buf, sizeof(buf), "%016" PRIx64, device);
    return buf;
}

static std::string WithManager(const Workspace& workspace)
{
    return workspace.Me.ManagerName.empty() ? "" : " with " + workspace.Me.ManagerName;
}

// The meeting BuildAgenda() prepares for. Its UID comes from the one-on-one's id; a private
// one-on-one lends its day but not its id, as in a share file, and the profile's date of the next
// one-on-one, which is no record, has one UID per device.
static std::optional<CalendarEvent> OneOnOneEvent(const Workspace& workspace, const LocalNow& now)
{
    const Agenda agenda = BuildAgenda(workspace, now, AgendaOptions{ .QuestionCount = 0 });
    if (!agenda.MeetingOn)
        return std::nullopt;
    const bool shared = agenda.Meeting && agenda.Meeting->Visible == Visibility::Shared;
    CalendarEvent event;
    event.Uid = shared ? "one-on-one-" + agenda.Meeting->Meta.RecordId.ToHex() + "@trellis"
                       : "next-one-on-one-" + DeviceHex(workspace.DeviceId) + "@trellis";
    event.On = *agenda.MeetingOn;
    event.Summary = "One-on-one" + WithManager(workspace);
    event.Description = agenda.First ? std::string("The agenda is in Trellis: my goals, plan activities and questions.")
                                     : "The agenda is in Trellis: goal updates, plan activities and action items since " + agenda.Since.ToLongString() + ".";
    return event;
}

// The review the cadence asks for, once a career conversation has started the count: before that
// there is no date to put in a calendar. There is one review at a time, so one UID per device.
static std::optional<CalendarEvent> CareerReviewEvent(const Workspace& workspace, const LocalNow& now)
{
    const ReviewStatus status = CareerReviewStatus(workspace, now);
    if (!status.LastCareerTalk)
        return std::nullopt;
    CalendarEvent event;
    event.Uid = "career-review-" + DeviceHex(workspace.DeviceId) + "@trellis";
    event.On = std::max(status.Due, now.Today());       // overdue: today, not a day already gone
    event.Summary = "Career review" + WithManager(workspace);
    const int cadence = std::max(workspace.Me.ReviewCadenceMonths, 1);
    event.Description = "The last career conversation was on " + status.LastCareerTalk->ToLongString() + ".\nOne is due every " +
                        (cadence == 1 ? std::string("month") : std::to_string(cadence) + " months");
    event.Description += status.Overdue ? ", and this one was due on " + status.Due.ToLongString() + "." : ".";
    return event;
}

static void AppendEvent(std::string& out, const CalendarEvent& event, const std::string& stamp)
{
    AppendContentLine(out, "BEGIN:VEVENT");
    AppendContentLine(out, "UID:" + IcsText(event.Uid));
    AppendContentLine(out, "DTSTAMP:" + stamp);
    AppendContentLine(out, "DTSTART;VALUE=DATE:" + IcsDate(event.On));
    AppendContentLine(out, "DTEND;VALUE=DATE:" + IcsDate(AddDays(event.On, 1)));
    AppendContentLine(out, "SUMMARY:" + IcsText(event.Summary));
    if (!event.Description.empty())
        AppendContentLine(out, "DESCRIPTION:" + IcsText(event.Description));
    AppendContentLine(out, "TRANSP:TRANSPARENT");       // a reminder of the day, not time taken
    AppendContentLine(out, "END:VEVENT");
}

std::string CalendarIcs(const Workspace& workspace, const LocalNow& now)
{
    std::vector<CalendarEvent> events;
    for (std::optional<CalendarEvent> event : { OneOnOneEvent(workspace, now), CareerReviewEvent(workspace, now) })
        if (event)
            events.push_back(std::move(*event));
    StableSort(events.begin(), events.end(), [](const CalendarEvent& a, const CalendarEvent& b) { return a.On < b.On; });

    std::string out;
    AppendContentLine(out, "BEGIN:VCALENDAR");
    AppendContentLine(out, "VERSION:2.0");
    AppendContentLine(out, std::string("PRODID:-//Trellis//Trellis ") + kAppVersion + "//EN");
    AppendContentLine(out, "CALSCALE:GREGORIAN");
    const std::string stamp = IcsTimestamp(now.UnixMs);
    for (const CalendarEvent& event : events)
        AppendEvent(out, event, stamp);
    AppendContentLine(out, "END:VCALENDAR");
    return out;
}

} // namespace trellis
