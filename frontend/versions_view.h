// The versions of a record that a merge replaced (an edit made on another device of mine that lost
// to a later one), at the foot of the record's editor: one line saying how many there are, opened
// to each version's time and what it said differently, each with "Restore this version" (a second
// tap confirms). The goal, plan activity, reflection, skill, career path and one-on-one editors each
// keep one.
#pragma once

#include <string>

#include "core/hlc.h"
#include "core/model.h"

class App;

class EarlierVersionsView
{
public:
    // Nothing when the record has no earlier version. `current` is the record as stored (not the
    // editor's draft). True when a version was restored: the editor then reopens the record.
    template <class R>
    bool    Draw(App& app, const R& current);
    // Another record opened: closed, and no restore half-confirmed.
    void    Reset();

private:
    bool            Open_ = false;
    trellis::Stamp  Confirming_;        // the version whose Restore was tapped once; none when zero
    std::string     Error_;
};
