// A record's links to the others, in its editor: the goals, skills, plan activities and reflections
// it is linked to (core LinksOf(): both ways, whichever side keeps the link), each with a button
// that unlinks it, and "Link ..." opening the records it could be linked to, searchable, one tap
// each. A link is made or undone at once, as its own undoable edit, not with the editor's Save.
// The goal, plan activity, skill and reflection editors each keep one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/id.h"
#include "core/views.h"

class App;

class LinksView
{
public:
    // Draws the card for the live record `record`. True when a link was made or undone: the editor
    // then takes the stored record's own lists of links into its draft, so that Save keeps them.
    bool    Draw(App& app, const trellis::Id& record);
    // The card for a record of `kind` being written and not saved yet: it can only have the links
    // it keeps itself, which are toggled in its draft's `goal_ids` and `skill_ids` (null for the
    // kinds it keeps none of) and saved with it. True when one changed.
    bool    DrawDraft(App& app, trellis::RecordKind kind, std::vector<trellis::Id>* goal_ids, std::vector<trellis::Id>* skill_ids);
    // Another record opened: the list of records to link closed and its search emptied.
    void    Reset();

private:
    using Links = std::vector<trellis::LinkedRecord>;
    struct Change
    {
        trellis::Id         Other;          // the record tapped
        trellis::RecordKind Kind;           // its kind
        bool                Linked = false; // linked to, or unlinked from
    };
    // The card: `links` each with its unlink button, and while open the `candidates` to link.
    std::optional<Change> DrawCard(App& app, trellis::RecordKind kind, const Links& links, const Links& candidates, bool draft);

    bool        Open_ = false;      // the records it could be linked to are shown
    std::string Filter_;            // what they are searched for
    std::string Error_;
};
