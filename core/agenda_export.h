// Files a person hands over or keeps for the next one-on-one: the agenda as Markdown or as a
// printable web page, and the coming dates as a calendar file.
//
// The agenda files show what BuildAgenda() gathered, which holds shared records only, with the
// profile's names and dates: a private goal, plan activity, agenda item or reflection never
// appears, since these files leave the app. Every function is pure: the same workspace, agenda and
// `now` give the same bytes.
//
// [SECTION] File names
// [SECTION] Agenda
// [SECTION] Calendar
#pragma once

#include <cstdint>
#include <string>

#include "core/agenda.h"
#include "core/date.h"
#include "core/model.h"

namespace trellis {

// [SECTION] File names

enum class AgendaFormat : uint8_t
{
    Markdown,                   // .md, to paste into a chat or a wiki
    Html,                       // .html, to open and print
    COUNT
};

// "trellis-agenda-ines-odegard-2026-03-12.md": named like the exchange files (FileNameSlug()), and
// dated with the meeting's day, or today's when no meeting is planned.
std::string AgendaFileName(const Workspace& workspace, const Agenda& agenda, const LocalNow& now, AgendaFormat format);
// "trellis-dates-ines-odegard-2026-03-05.ics": dated with the day it is written.
std::string CalendarFileName(const Workspace& workspace, const LocalNow& now);

// [SECTION] Agenda

// A title with the person's name and the meeting's day, then only the sections that have something
// in them (goal updates, plan activities, action items carried over, my talking points, questions
// worth asking), then empty "Notes" and "Action items" sections to fill in during the meeting.
// User text is written on one line and escaped, so no title can change the document's structure.
std::string AgendaMarkdown(const Workspace& workspace, const Agenda& agenda, const LocalNow& now);
// The same as one self-contained page: inline CSS laid out for printing, no script, nothing fetched.
std::string AgendaHtml(const Workspace& workspace, const Agenda& agenda, const LocalNow& now);

// [SECTION] Calendar

// An iCalendar file (RFC 5545) with the next one-on-one (as BuildAgenda() finds it) and the next
// career review (once a career conversation has set one) as all-day events. Each event keeps its
// UID from one export to the next, so importing the file again updates the events rather than
// adding copies. With nothing to put in it, a valid calendar without events.
std::string CalendarIcs(const Workspace& workspace, const LocalNow& now);

} // namespace trellis
