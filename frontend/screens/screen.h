// One class per screen, one file per class (frontend/screens/*.cpp). A screen reads the session,
// draws, and turns taps into session commands; it keeps only what the UI needs (form text, filters).
#pragma once

#include <memory>
#include <optional>

#include "core/drafts.h"

class App;

class Screen
{
public:
    virtual ~Screen() = default;
    virtual const char* Title() const = 0;
    // The whole screen in one column (a phone).
    virtual void        Draw(App& app) = 0;

    // A screen with a list and an item open from it (a goal, a journal entry, a report) shows both
    // side by side in a wide window: App::Draw() then calls DrawList() and DrawDetail() in two panes
    // instead of Draw().
    virtual bool        HasDetail() const       { return false; }
    // Whether an item is open. On a phone it then takes the whole page, and the page starts at its top.
    virtual bool        DetailOpen() const      { return false; }
    virtual void        DrawList(App& app)      { Draw(app); }
    // The open item, or a line saying what to tap when none is.
    virtual void        DrawDetail(App& /*app*/) {}

    // Drafts (core/drafts.h): what an open editor holds and has not saved, as it would be saved
    // (items typed and not added included); App keeps it on the device as it changes.
    virtual std::optional<trellis::Draft> CurrentDraft() const             { return std::nullopt; }
    // Opens the editor on a draft kept from before a reload. False when it is not this screen's.
    virtual bool        RestoreDraft(App& /*app*/, const trellis::Draft& /*draft*/) { return false; }
    // Closes the editor and forgets what it held ("Throw it away").
    virtual void        DropDraft()             {}
};

// A list and the item open from it: on a phone, one or the other.
class ListDetailScreen : public Screen
{
public:
    bool                HasDetail() const override { return true; }
    void                Draw(App& app) override
    {
        if (DetailOpen())
            DrawDetail(app);
        else
            DrawList(app);
    }
    void                DrawList(App& app) override = 0;
    void                DrawDetail(App& app) override = 0;
};

std::unique_ptr<Screen> CreateHomeScreen();
std::unique_ptr<Screen> CreateSettingsScreen();
std::unique_ptr<Screen> CreateGoalsScreen();
std::unique_ptr<Screen> CreateJournalScreen();
std::unique_ptr<Screen> CreateInsightsScreen();
std::unique_ptr<Screen> CreateWeekReviewScreen();
std::unique_ptr<Screen> CreatePlanScreen();
std::unique_ptr<Screen> CreatePathScreen();
std::unique_ptr<Screen> CreateOneOnOneScreen();
std::unique_ptr<Screen> CreateTeamScreen();
// Not a tab: the preview of a file being imported, drawn over the page until applied or cancelled.
std::unique_ptr<Screen> CreateImportSheet();
