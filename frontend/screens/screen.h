// One class per screen, one file per class (frontend/screens/*.cpp). A screen reads the session,
// draws, and turns taps into session commands; it keeps only what the UI needs (form text, filters).
#pragma once

#include <memory>

class App;

class Screen
{
public:
    virtual ~Screen() = default;
    virtual const char* Title() const = 0;
    virtual void        Draw(App& app) = 0;
};

std::unique_ptr<Screen> CreateHomeScreen();
std::unique_ptr<Screen> CreateGoalsScreen();
std::unique_ptr<Screen> CreateJournalScreen();
std::unique_ptr<Screen> CreatePlanScreen();
std::unique_ptr<Screen> CreateOneOnOneScreen();
std::unique_ptr<Screen> CreateInsightsScreen();
// Not a tab: the preview of a file being imported, drawn over the page until applied or cancelled.
std::unique_ptr<Screen> CreateImportSheet();
