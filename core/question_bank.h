// The bundled questions a person can bring to a one-on-one, grouped by what they ask about.
#pragma once

#include <cstdint>
#include <span>

namespace trellis {

enum class QuestionTopic : uint8_t
{
    CareerProgression,          // where my career could go and what gets me there
    Promotions,                 // how promotions are decided
    StartStopContinue,          // what to start, stop and continue doing
    BeyondPromotion,            // growth that is not a promotion
    PastDevelopment,            // the manager's own meaningful development opportunity
    ManagerSupport,             // what the manager could do differently
    COUNT
};

const char* DisplayName(QuestionTopic t);

struct BankQuestion
{
    QuestionTopic   Topic;
    const char*     Text;
};

// Every question, grouped by topic in the order of QuestionTopic.
std::span<const BankQuestion> QuestionBank();

// Questions for a blank journal page, one per kind of growth a person may be after (mastery,
// learning, relationships, strengths, interests...). The first is the love/dislike exercise that
// ReviewWeek() reads back.
std::span<const char* const> JournalPrompts();

// The question of the guided week review (the same exercise over a week).
const char* WeekReviewPrompt();

} // namespace trellis
