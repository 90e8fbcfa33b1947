#include "core/question_bank.h"

namespace trellis {

const char* DisplayName(QuestionTopic t)
{
    switch (t)
    {
    case QuestionTopic::CareerProgression: return "Career progression";
    case QuestionTopic::Promotions:        return "How promotions are decided";
    case QuestionTopic::StartStopContinue: return "Start, stop, continue";
    case QuestionTopic::BeyondPromotion:   return "Growth beyond promotion";
    case QuestionTopic::PastDevelopment:   return "A meaningful development opportunity";
    case QuestionTopic::ManagerSupport:    return "What you could do differently";
    case QuestionTopic::COUNT:             break;
    }
    return "";
}

static const BankQuestion kQuestions[] = {
    { QuestionTopic::CareerProgression, "Where do you see my career going in the next two to four years?" },
    { QuestionTopic::CareerProgression, "Which skills and experiences matter most for the role after mine?" },
    { QuestionTopic::CareerProgression, "What would make me a strong candidate for the next step?" },
    { QuestionTopic::Promotions,        "How are promotions decided here, and who takes part in the decision?" },
    { QuestionTopic::Promotions,        "What would you need to see from me to support a promotion?" },
    { QuestionTopic::StartStopContinue, "What should I start doing, stop doing, and continue doing?" },
    { QuestionTopic::StartStopContinue, "What is one thing I did recently that I should do more of?" },
    { QuestionTopic::BeyondPromotion,   "Besides a promotion, how could I grow here: a new skill, a stretch assignment, cross-training?" },
    { QuestionTopic::BeyondPromotion,   "Is there a project or team I could learn from, even for a few weeks?" },
    { QuestionTopic::PastDevelopment,   "What was the most meaningful development opportunity in your own career, and what made it work?" },
    { QuestionTopic::PastDevelopment,   "Who helped you grow the most, and how did they do it?" },
    { QuestionTopic::ManagerSupport,    "What could you do differently to support my development?" },
    { QuestionTopic::ManagerSupport,    "How would you like me to bring up career topics between our one-on-ones?" },
};

std::span<const BankQuestion> QuestionBank()
{
    return kQuestions;
}

static const char* const kJournalPrompts[] = {
    "What did you love about work today, and what drained you?",
    "What did you learn this week?",
    "What are you proud of lately?",
    "When did time fly today? When did it drag?",
    "What would you like more of in your work?",
    "Which of your strengths did you use today?",
    "Who helped you this week, and whom did you help?",
    "What did you get better at this month, even a little?",
    "What is something new you would like to try at work?",
    "What made you curious lately?",
    "What would make next week a good one?",
};

std::span<const char* const> JournalPrompts()
{
    return kJournalPrompts;
}

const char* WeekReviewPrompt()
{
    return "Review of my week: what did I love at work, and what drained me?";
}

} // namespace trellis
