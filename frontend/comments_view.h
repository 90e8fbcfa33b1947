// The comments on one record, where the person reads the record: the manager's notes, agreements
// and actions (newest first), my answers under each, and a field to answer. Goal, plan activity,
// skill, career path and one-on-one editors each keep a CommentThread; cards show CommentBadge().
#pragma once

#include <string>

#include "core/model.h"

class App;

class CommentThread
{
public:
    // A card "Comments" with the comments about `target` and their answers; nothing when there are
    // none. "Answer" under a comment opens a field; "Send" adds my answer (core: AnswerComment).
    void    Draw(App& app, const trellis::Id& target);
    // Another record opened: forget a half-written answer.
    void    Reset();

private:
    trellis::Id     Answering_;             // the comment being answered; nil when none
    std::string     Answer_;
    std::string     Error_;
    bool            Focus_ = false;
};

// For a card's line of details: "  · 2 comments" when the record has comments (answers apart),
// "" when it has none.
std::string CommentBadge(const trellis::Workspace& workspace, const trellis::Id& target);

// "Agreed", "Note", or for an action who does it and by when: "Action for you, due Mon 23 Nov 2026".
std::string CommentKindLine(const trellis::Comment& comment, bool for_the_manager);

// What a comment is about, for a list away from its record: "On your goal “Lead the review”".
std::string CommentSubject(const trellis::Workspace& workspace, const trellis::Comment& comment);
