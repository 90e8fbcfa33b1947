// A record's links to the others, in its editor: the goals, skills, plan activities and reflections
// it is linked to (core LinksOf(): both ways, whichever side keeps the link), each with a button
// that unlinks it, and "Link ..." opening the records it could be linked to, searchable, one tap
// each. A link is made or undone at once, as its own undoable edit, not with the editor's Save.
// The goal, plan activity, skill and reflection editors each keep one.
#pragma once

#include <string>

#include "core/id.h"

class App;

class LinksView
{
public:
    // Draws the card for the live record `record`. True when a link was made or undone: the editor
    // then takes the stored record's own lists of links into its draft, so that Save keeps them.
    bool    Draw(App& app, const trellis::Id& record);
    // Another record opened: the list of records to link closed and its search emptied.
    void    Reset();

private:
    bool        Open_ = false;      // the records it could be linked to are shown
    std::string Filter_;            // what they are searched for
    std::string Error_;
};
