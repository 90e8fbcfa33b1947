// Sections follow core/insights.h, with the tokeniser and the tables it counts into first.
//
// [SECTION] Words
// [SECTION] Counting tables
// [SECTION] Reading one reflection
// [SECTION] Counting a period
// [SECTION] Themes
// [SECTION] Energy
// [SECTION] Weekly review
// [SECTION] Plan progress
// [SECTION] Skills
// [SECTION] Wins summary
// [SECTION] Readings
#include "core/insights.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <numeric>
#include <span>
#include <unordered_map>

#include "core/records.h"
#include "core/sort.h"
#include "core/stem.h"
#include "core/text_fold.h"
#include "core/validate.h"
#include "core/views.h"
#include "core/words.h"

namespace trellis {

static constexpr uint32_t kNone = UINT32_MAX;

// [SECTION] Words
// Ten years of journal is about 5 MB of text: the tokeniser splits the bytes as written, and folds,
// stems and looks up stop words once per distinct spelling, not once per word.

enum class CharClass : uint8_t
{
    Word,                       // a letter or digit of any script
    Space,                      // separates words: spaces, hyphens, quotes, symbols, emoji
    Break,                      // also ends a sentence, so no phrase spans it: . , ; : ! ? brackets, new line
    Apostrophe,                 // inside a word when a letter follows ("don't"), else a space
    NotAscii,                   // a byte of a longer UTF-8 character: ClassAt() decodes it
};

static CharClass ByteClass(unsigned char c)
{
    if (c >= 0x80)
        return CharClass::NotAscii;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return CharClass::Word;
    switch (c)
    {
    case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[': case ']':
    case '{': case '}': case '|': case '\n':
        return CharClass::Break;
    case '\'':
        return CharClass::Apostrophe;
    default:
        return CharClass::Space;
    }
}

// One table lookup per byte in the loops that read every byte of the journal.
static const struct ByteClasses
{
    CharClass Of[256];
    ByteClasses() { for (int c = 0; c < 256; c++) Of[c] = ByteClass(static_cast<unsigned char>(c)); }
} kBytes;

// Outside ASCII everything is a letter except the punctuation and symbol blocks; a script without
// spaces (Chinese, Japanese) comes out as one word per run, which is as far as this goes.
static CharClass CodePointClass(char32_t c)
{
    if (c == 0x2019)                                        // ’ typographic apostrophe
        return CharClass::Apostrophe;
    if (c == 0x2026 || c == 0x3001 || c == 0x3002 || c == 0xFF01 || c == 0xFF0C || c == 0xFF1F)
        return CharClass::Break;                            // … 、 。 ！ ， ？
    if ((c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
        (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
        (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0x1F000 && c <= 0x1FAFF) || c >= 0xE0000)
        return CharClass::Space;
    return CharClass::Word;
}

// The class of the character at `pos` and its length in bytes; a byte that is not valid UTF-8 is
// a space of one byte.
static CharClass ClassAt(std::string_view text, size_t pos, size_t* length)
{
    const unsigned char lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80)
    {
        *length = 1;
        return kBytes.Of[lead];
    }
    char32_t c = 0;
    *length = DecodeUtf8(text, pos, &c);
    if (*length == 0)
    {
        *length = 1;
        return CharClass::Space;
    }
    return CodePointClass(c);
}

// Where the word starting at `pos` ends, and the FNV-1a hash of its bytes: hashing while scanning
// saves a second pass over every word, which in wasm costs as much as the scan.
static size_t WordEnd(std::string_view text, size_t pos, uint32_t* hash)
{
    uint32_t h = 2166136261u;
    size_t length = 0;
    while (pos < text.size())
    {
        const unsigned char byte = static_cast<unsigned char>(text[pos]);
        if (kBytes.Of[byte] == CharClass::Word)
        {
            h = (h ^ byte) * 16777619u;
            pos++;
            continue;
        }
        const CharClass cls = ClassAt(text, pos, &length);
        if (cls == CharClass::Apostrophe)
        {
            size_t next_length = 0;
            if (pos + length >= text.size() || ClassAt(text, pos + length, &next_length) != CharClass::Word)
                break;
        }
        else if (cls != CharClass::Word)
            break;
        for (const size_t end = pos + length; pos < end; pos++)
            h = (h ^ static_cast<unsigned char>(text[pos])) * 16777619u;
    }
    *hash = h;
    return pos;
}

// What a spelling counts as, from its folded form: its stem, or "" when it is no theme (a stop
// word, a number, a letter).
static std::string ThemeKeyOf(std::string folded)
{
    for (std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")})
        if (folded.size() > possessive.size() && folded.ends_with(possessive))
            folded.resize(folded.size() - possessive.size());
    std::string word;
    for (size_t i = 0; i < folded.size(); i++)
    {
        if (folded[i] == '\'')
            continue;
        if (folded.compare(i, 3, "\u2019") == 0)
        {
            i += 2;
            continue;
        }
        word += folded[i];
    }
    const bool number = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (word.size() < 2 || number || IsStopWord(word))
        return {};
    return StemWord(word);
}

// [SECTION] Counting tables

static uint64_t Mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

// Equal bytes, compared eight at a time: the C library's memcmp goes a byte at a time in wasm.
static bool SameBytes(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    size_t i = 0;
    for (; i + 8 <= a.size(); i += 8)
    {
        uint64_t x, y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y)
            return false;
    }
    for (; i < a.size(); i++)
        if (a[i] != b[i])
            return false;
    return true;
}

// Open addressing from spellings to dense indices 0, 1, 2... in insertion order: the scanner looks
// up every word of ten years of text here, which std::unordered_map makes twice as slow. A slot
// keeps the hash beside the index, so a probe reads a spelling only when the hashes match.
class SpellingIndex
{
public:
    // The spelling's index, inserting it when new (then *inserted is true). `hash` is WordEnd()'s.
    uint32_t FindOrInsert(std::string_view spelling, uint32_t hash, bool* inserted)
    {
        if ((Spellings_.size() + 1) * 2 > Slots_.size())
            Grow();
        const size_t mask = Slots_.size() - 1;
        for (size_t slot = hash & mask;; slot = (slot + 1) & mask)
        {
            Slot& probe = Slots_[slot];
            if (probe.Index == kNone)
            {
                probe = Slot{ hash, static_cast<uint32_t>(Spellings_.size()) };
                Spellings_.emplace_back(spelling);
                *inserted = true;
                return probe.Index;
            }
            if (probe.Hash == hash && SameBytes(Spellings_[probe.Index], spelling))
            {
                *inserted = false;
                return probe.Index;
            }
        }
    }

    const std::string& At(uint32_t index) const { return Spellings_[index]; }
    uint32_t           Size() const { return uint32_t(Spellings_.size()); }

private:
    struct Slot
    {
        uint32_t Hash = 0;
        uint32_t Index = kNone;     // into Spellings_; kNone when empty
    };

    void Grow()
    {
        std::vector<Slot> old = std::move(Slots_);
        Slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
        const size_t mask = Slots_.size() - 1;
        for (const Slot& moved : old)
            if (moved.Index != kNone)
            {
                size_t slot = moved.Hash & mask;
                while (Slots_[slot].Index != kNone)
                    slot = (slot + 1) & mask;
                Slots_[slot] = moved;
            }
    }

    std::vector<std::string>    Spellings_;
    std::vector<Slot>           Slots_;
};

// Phrases by their two words' terms in one number, to dense indices in insertion order. A slot is
// the pair and its index only, so the table a phrase lookup walks for almost every word of the
// text stays small enough for the cache.
class PhraseIndex
{
public:
    uint32_t FindOrInsert(uint64_t pair)
    {
        if ((Pairs_.size() + 1) * 2 > Slots_.size())
            Grow();
        const size_t mask = Slots_.size() - 1;
        for (size_t slot = Mix(pair) & mask;; slot = (slot + 1) & mask)
        {
            Slot& probe = Slots_[slot];
            if (probe.Pair == pair)
                return probe.Index;
            if (probe.Pair == kEmpty)
            {
                probe = Slot{ pair, uint32_t(Pairs_.size()) };
                Pairs_.push_back(pair);
                return probe.Index;
            }
        }
    }

    uint64_t Pair(uint32_t index) const { return Pairs_[index]; }     // first term << 32 | second term
    uint32_t Size() const { return uint32_t(Pairs_.size()); }

private:
    static constexpr uint64_t kEmpty = UINT64_MAX;          // no pair: term indices stay below kNone

    struct Slot
    {
        uint64_t Pair = kEmpty;
        uint32_t Index = 0;
    };

    void Grow()
    {
        std::vector<Slot> old = std::move(Slots_);
        Slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
        const size_t mask = Slots_.size() - 1;
        for (const Slot& moved : old)
            if (moved.Pair != kEmpty)
            {
                size_t slot = Mix(moved.Pair) & mask;
                while (Slots_[slot].Pair != kEmpty)
                    slot = (slot + 1) & mask;
                Slots_[slot] = moved;
            }
    }

    std::vector<Slot>       Slots_;
    std::vector<uint64_t>   Pairs_;
};

static constexpr size_t kSources = size_t(ThemeSource::COUNT);

// [SECTION] Reading one reflection

// One spelling of an entry's source, once, with the times it was written there.
struct ItemCount
{
    uint32_t Item = 0;
    uint32_t Count = 0;
};

// What one reflection's text holds, read once: per source, the spellings of its theme words, each
// once with its count, and its phrases as written, in order.
struct EntryTerms
{
    Stamp                               Updated;            // of the reflection read: a newer one is read again
    std::vector<ItemCount>              Spellings;
    std::vector<uint32_t>               Phrases;            // as written, repeats included
    std::array<uint32_t, kSources + 1>  SpellingsFrom{};    // source s is [From[s], From[s + 1])
    std::array<uint32_t, kSources + 1>  PhrasesFrom{};
    std::array<bool, kSources>          Written{};          // something other than spaces in the source

    std::span<const ItemCount> SpellingsOf(size_t source) const
    {
        return { Spellings.data() + SpellingsFrom[source], Spellings.data() + SpellingsFrom[source + 1] };
    }
    std::span<const uint32_t> PhrasesOf(size_t source) const
    {
        return { Phrases.data() + PhrasesFrom[source], Phrases.data() + PhrasesFrom[source + 1] };
    }
};

// Every spelling, word and phrase read so far, given dense indices that never change: entries read
// at different times count into the same tables.
class Vocabulary
{
public:
    EntryTerms Read(const Reflection& reflection)
    {
        EntryTerms terms;
        terms.Updated = reflection.Meta.Updated;
        SpellingList_.clear();
        PhraseList_.clear();
        Reads_++;
        const auto written = [](const std::vector<std::string>& items) {
            return std::any_of(items.begin(), items.end(), [](const std::string& s) { return !TrimSpace(s).empty(); });
        };
        for (size_t source = 0; source < kSources; source++)
        {
            terms.SpellingsFrom[source] = uint32_t(SpellingList_.size());
            terms.PhrasesFrom[source] = uint32_t(PhraseList_.size());
            if (source == size_t(ThemeSource::Text))
            {
                Scan(reflection.Text, source);
                terms.Written[source] = !TrimSpace(reflection.Text).empty();
                continue;
            }
            const std::vector<std::string>& items = source == size_t(ThemeSource::Loved) ? reflection.Loved : reflection.Disliked;
            for (const std::string& item : items)
                Scan(item, source);
            terms.Written[source] = written(items);
        }
        terms.SpellingsFrom[kSources] = uint32_t(SpellingList_.size());
        terms.PhrasesFrom[kSources] = uint32_t(PhraseList_.size());
        // Kept for as long as the index lives: copied to their exact size from the lists grown while reading.
        terms.Spellings.assign(SpellingList_.begin(), SpellingList_.end());
        terms.Phrases.assign(PhraseList_.begin(), PhraseList_.end());
        return terms;
    }

    uint32_t            Terms() const                           { return uint32_t(Keys_.size()); }
    uint32_t            Spellings() const                       { return Spellings_.Size(); }
    uint32_t            Phrases() const                         { return Phrases_.Size(); }
    uint32_t            TermOf(uint32_t spelling) const         { return SpellingRows_[spelling].Term; }
    const std::string&  Spelling(uint32_t spelling) const       { return Spellings_.At(spelling); }
    const std::string&  FoldedSpelling(uint32_t spelling) const { return FoldedSpellings_[spelling]; }
    const std::string&  Key(uint32_t term) const                { return Keys_[term]; }
    uint64_t            PhrasePair(uint32_t phrase) const       { return Phrases_.Pair(phrase); }

private:
    void Scan(std::string_view text, size_t source)
    {
        uint32_t previous = kNone;          // the term before, for phrases
        size_t pos = 0;
        while (pos < text.size())
        {
            size_t length = 1;
            CharClass cls = kBytes.Of[static_cast<unsigned char>(text[pos])];
            if (cls == CharClass::NotAscii)
                cls = ClassAt(text, pos, &length);
            if (cls == CharClass::Word)
            {
                uint32_t hash = 0;
                const size_t end = WordEnd(text, pos, &hash);
                previous = AddWord(text.substr(pos, end - pos), hash, source, previous);
                pos = end;
                continue;
            }
            if (cls == CharClass::Break)
                previous = kNone;
            pos += length;
        }
    }

    // Counts one word and returns its term as the word before the next one (kNone when it is no
    // theme). A spelling is appended to the entry's list the first time, else its count grows.
    uint32_t AddWord(std::string_view spelling, uint32_t hash, size_t source, uint32_t previous)
    {
        bool inserted = false;
        const uint32_t index = Spellings_.FindOrInsert(spelling, hash, &inserted);
        if (inserted)
            AddSpelling(spelling);
        SpellingRow& row = SpellingRows_[index];
        if (row.Term == kNone)
            return kNone;
        if (row.Read != Reads_)
        {
            row.Read = Reads_;
            row.At.fill(kNone);
        }
        if (row.At[source] == kNone)
        {
            row.At[source] = uint32_t(SpellingList_.size());
            SpellingList_.push_back(ItemCount{ index, 0 });
        }
        SpellingList_[row.At[source]].Count++;
        if (previous == kNone)
            return row.Term;
        // A phrase is listed each time it is written: finding the one listed before would cost
        // more than the counter's skipping the few repeats.
        PhraseList_.push_back(Phrases_.FindOrInsert((uint64_t(previous) << 32) | row.Term));
        return row.Term;
    }

    void AddSpelling(std::string_view spelling)
    {
        std::string folded = FoldForSearch(spelling);
        std::string key = ThemeKeyOf(folded);
        uint32_t term = kNone;
        if (!key.empty())
        {
            const auto [it, inserted] = TermByKey_.try_emplace(key, uint32_t(Keys_.size()));
            if (inserted)
                Keys_.push_back(std::move(key));
            term = it->second;
        }
        SpellingRows_.push_back(SpellingRow{ term, 0, {} });
        FoldedSpellings_.push_back(std::move(folded));
    }

    // A spelling's term, and where the entry being read lists it (per source): the few bytes a
    // word of the text needs, side by side.
    struct SpellingRow
    {
        uint32_t                        Term = kNone;   // kNone: no theme
        uint32_t                        Read = 0;       // the entry read At is about
        std::array<uint32_t, kSources>  At{};           // place in SpellingList_, or kNone
    };

    SpellingIndex                               Spellings_;
    std::vector<SpellingRow>                    SpellingRows_;      // per spelling
    std::vector<std::string>                    FoldedSpellings_;   // per spelling: how it sorts
    std::unordered_map<std::string, uint32_t>   TermByKey_;
    std::vector<std::string>                    Keys_;              // per term
    PhraseIndex                                 Phrases_;
    std::vector<ItemCount>                      SpellingList_;      // of the entry being read
    std::vector<uint32_t>                       PhraseList_;
    uint32_t                                    Reads_ = 0;         // entries read, the one being read included
};

// [SECTION] Counting a period

// How often a word or phrase was seen in one source: entries count once however often it recurs.
struct Occurrences
{
    int         Mentions = 0;
    int         Entries = 0;
    uint32_t    LastEntry = kNone;
};

// The themes of one period, counted from its entries as read. Which entries a theme came from is
// needed for the few themes kept only: it is found afterwards, walking the entries' lists again,
// rather than logged for every word of the period.
class ThemeCounter
{
public:
    ThemeCounter(const Vocabulary& vocabulary, size_t entries, const ThemeOptions& options)
        : Vocabulary_(vocabulary),
          Options_(options),
          TermsSeen_(size_t(vocabulary.Terms()) * kSources),
          PhrasesSeen_(size_t(vocabulary.Phrases()) * kSources),
          SpellingCounts_(vocabulary.Spellings(), 0),
          TermEnergy_(vocabulary.Terms())
    {
        Entries_.reserve(entries);
        EntryIds_.reserve(entries);
        Energies_.reserve(entries);
    }

    void AddEntry(const Reflection& reflection, const EntryTerms& terms)
    {
        const uint32_t entry = static_cast<uint32_t>(Entries_.size());
        Entries_.push_back(&terms);
        EntryIds_.push_back(reflection.Meta.RecordId);
        Energies_.push_back(reflection.Energy);
        const bool counted = HasEnergy(entry);
        const std::array<int, 2> in = { InGroup(entry, 0) ? 1 : 0, InGroup(entry, 1) ? 1 : 0 };
        for (size_t group = 0; group < 2; group++)
        {
            Energy_[group].Entries += counted ? 1 : 0;
            Energy_[group].GroupEntries += in[group];
        }
        for (size_t source = 0; source < kSources; source++)
        {
            for (const ItemCount& spelling : terms.SpellingsOf(source))
            {
                SpellingCounts_[spelling.Item] += int(spelling.Count);
                const uint32_t term = Vocabulary_.TermOf(spelling.Item);
                Occurrences& seen = TermsSeen_[term * kSources + source];
                seen.Mentions += int(spelling.Count);
                seen.Entries += seen.LastEntry != entry ? 1 : 0;
                seen.LastEntry = entry;
                // The energy links read words of every source, an entry once each.
                if (!counted)
                    continue;
                TermEnergy& energy = TermEnergy_[term];
                energy.Mentions[0] += in[0] * int(spelling.Count);
                energy.Mentions[1] += in[1] * int(spelling.Count);
                if (energy.LastEntry == entry)
                    continue;
                energy.LastEntry = entry;
                energy.Overall++;
                energy.InGroup[0] += in[0];
                energy.InGroup[1] += in[1];
            }
            for (const uint32_t phrase : terms.PhrasesOf(source))
            {
                Occurrences& seen = PhrasesSeen_[phrase * kSources + source];
                seen.Mentions++;
                seen.Entries += seen.LastEntry != entry ? 1 : 0;
                seen.LastEntry = entry;
            }
        }
    }

    // The words of one source in enough entries, most frequent first.
    std::vector<Theme> Words(ThemeSource source, const ThemeOptions& options)
    {
        Finish();
        std::vector<Candidate> candidates;
        for (uint32_t term = 0; term < Vocabulary_.Terms(); term++)
            if (TermsSeen_[term * kSources + size_t(source)].Entries >= std::max(1, options.MinEntries))
                candidates.push_back({ term, &TermsSeen_[term * kSources + size_t(source)], Vocabulary_.Key(term), Display(term), SortKey(term) });
        return Ranked(candidates, options.MaxWords, Vocabulary_.Terms(), [&](uint32_t entry, auto&& see) {
            for (const ItemCount& spelling : Entries_[entry]->SpellingsOf(size_t(source)))
                see(Vocabulary_.TermOf(spelling.Item));
        });
    }

    std::vector<Theme> Phrases(ThemeSource source, const ThemeOptions& options)
    {
        Finish();
        // Only the phrases that can make the list get their texts: those in at least as many
        // entries as the last one kept (ties are then ordered by text).
        std::vector<int> counts;
        for (uint32_t phrase = 0; phrase < Vocabulary_.Phrases(); phrase++)
            if (const int entries = PhrasesSeen_[phrase * kSources + size_t(source)].Entries; entries >= std::max(1, options.MinEntries))
                counts.push_back(entries);
        if (counts.empty() || options.MaxPhrases == 0)
            return {};
        const size_t last = std::min(options.MaxPhrases, counts.size()) - 1;
        std::nth_element(counts.begin(), counts.begin() + std::ptrdiff_t(last), counts.end(), std::greater<int>());
        std::vector<uint32_t> kept;
        for (uint32_t phrase = 0; phrase < Vocabulary_.Phrases(); phrase++)
            if (PhrasesSeen_[phrase * kSources + size_t(source)].Entries >= std::max({ 1, options.MinEntries, counts[last] }))
                kept.push_back(phrase);
        std::vector<std::array<std::string, 3>> texts;     // key, display, sort key: the candidates point into them
        for (uint32_t phrase : kept)
        {
            const uint32_t a = uint32_t(Vocabulary_.PhrasePair(phrase) >> 32);
            const uint32_t b = uint32_t(Vocabulary_.PhrasePair(phrase));
            texts.push_back({ Vocabulary_.Key(a) + " " + Vocabulary_.Key(b), std::string(Display(a)) + " " + std::string(Display(b)),
                              std::string(SortKey(a)) + " " + std::string(SortKey(b)) });
        }
        std::vector<Candidate> candidates;
        for (size_t i = 0; i < kept.size(); i++)
            candidates.push_back({ kept[i], &PhrasesSeen_[kept[i] * kSources + size_t(source)], texts[i][0], texts[i][1], texts[i][2] });
        return Ranked(candidates, options.MaxPhrases, Vocabulary_.Phrases(), [&](uint32_t entry, auto&& see) {
            for (const uint32_t phrase : Entries_[entry]->PhrasesOf(size_t(source)))
                see(phrase);
        });
    }

    // Words of all sources over-represented in high-energy entries (group 0) and in low-energy ones (group 1).
    EnergyThemes EnergyLinks(size_t group)
    {
        Finish();
        EnergyThemes result = Energy_[group];
        // Lift above 1, compared in integers: InGroup / GroupEntries > Overall / Entries.
        std::vector<uint32_t> links;
        for (uint32_t term = 0; term < Vocabulary_.Terms(); term++)
        {
            const TermEnergy& energy = TermEnergy_[term];
            if (energy.InGroup[group] >= std::max(1, Options_.MinEntries) &&
                int64_t(energy.InGroup[group]) * result.Entries > int64_t(energy.Overall) * result.GroupEntries)
                links.push_back(term);
        }
        // Higher lift first: a/o > b/p exactly when a*p > b*o (the group sizes are the same).
        StableSort(links.begin(), links.end(), [&](uint32_t x, uint32_t y) {
            const TermEnergy& a = TermEnergy_[x];
            const TermEnergy& b = TermEnergy_[y];
            const int64_t xs = int64_t(a.InGroup[group]) * b.Overall;
            const int64_t ys = int64_t(b.InGroup[group]) * a.Overall;
            if (xs != ys)
                return xs > ys;
            if (a.InGroup[group] != b.InGroup[group])
                return a.InGroup[group] > b.InGroup[group];
            return SortKey(x) < SortKey(y);
        });
        links.resize(std::min(links.size(), Options_.MaxEnergyThemes));
        std::vector<int> counts;
        for (const uint32_t term : links)
            counts.push_back(TermEnergy_[term].InGroup[group]);
        std::vector<std::vector<Id>> entries = EntriesOf(links, counts, Vocabulary_.Terms(), [&](uint32_t entry, auto&& see) {
            if (InGroup(entry, group))
                for (const ItemCount& spelling : Entries_[entry]->Spellings)
                    see(Vocabulary_.TermOf(spelling.Item));
        });
        for (size_t i = 0; i < links.size(); i++)
        {
            const TermEnergy& energy = TermEnergy_[links[i]];
            const double score = double(energy.InGroup[group]) * result.Entries / (double(energy.Overall) * result.GroupEntries);
            result.Themes.push_back(EnergyTheme{ Theme{ Vocabulary_.Key(links[i]), std::string(Display(links[i])), energy.Mentions[group], std::move(entries[i]) },
                                                 energy.Overall, score });
        }
        return result;
    }

private:
    // How a word goes with energy: entries of any source counted once each.
    struct TermEnergy
    {
        int                 Overall = 0;        // entries with an energy of 1 to 5
        std::array<int, 2>  InGroup{};          // of those, high-energy and low-energy ones
        std::array<int, 2>  Mentions{};         // times written in those
        uint32_t            LastEntry = kNone;
    };

    bool HasEnergy(uint32_t entry) const { return Energies_[entry] >= 1 && Energies_[entry] <= 5; }
    bool InGroup(uint32_t entry, size_t group) const
    {
        return HasEnergy(entry) && (group == 0 ? Energies_[entry] >= Options_.HighEnergy : Energies_[entry] <= Options_.LowEnergy);
    }

    struct Candidate
    {
        uint32_t            Item = 0;
        const Occurrences*  Seen = nullptr;
        std::string_view    Key;
        std::string_view    Display;
        std::string_view    SortKey;
    };

    // Each word's display form: its most common spelling in the period, the lower-case one on a tie.
    void Finish()
    {
        if (!BestSpelling_.empty() || Vocabulary_.Terms() == 0)
            return;
        BestSpelling_.assign(Vocabulary_.Terms(), kNone);
        for (uint32_t index = 0; index < SpellingCounts_.size(); index++)
        {
            const int count = SpellingCounts_[index];
            if (count == 0)
                continue;
            uint32_t& current = BestSpelling_[Vocabulary_.TermOf(index)];
            if (current == kNone || count > SpellingCounts_[current] ||
                (count == SpellingCounts_[current] && Vocabulary_.Spelling(index) > Vocabulary_.Spelling(current)))
                current = index;
        }
    }

    // Only for terms seen in the period.
    std::string_view Display(uint32_t term) const { return Vocabulary_.Spelling(BestSpelling_[term]); }
    std::string_view SortKey(uint32_t term) const { return Vocabulary_.FoldedSpelling(BestSpelling_[term]); }

    // The entries each of `items` was seen in, ascending, once each. `walk(entry, see)` calls
    // see(item) for every item the entry holds, as far as the caller counts it. `counts` are the
    // numbers of those entries, known from the counting: a word of ten years is in thousands, which
    // grown a push at a time would be copied a dozen times over.
    template <class Walk>
    std::vector<std::vector<Id>> EntriesOf(const std::vector<uint32_t>& items, const std::vector<int>& counts, uint32_t item_count,
                                           Walk walk) const
    {
        std::vector<uint32_t> slot_of(item_count, kNone);
        for (uint32_t i = 0; i < items.size(); i++)
            slot_of[items[i]] = i;
        std::vector<std::vector<Id>> entries(items.size());
        for (size_t i = 0; i < items.size(); i++)
            entries[i].reserve(size_t(counts[i]));
        for (uint32_t entry = 0; entry < Entries_.size(); entry++)
            walk(entry, [&](uint32_t item) {
                const uint32_t slot = slot_of[item];
                if (slot != kNone && (entries[slot].empty() || entries[slot].back() != EntryIds_[entry]))
                    entries[slot].push_back(EntryIds_[entry]);
            });
        return entries;
    }

    template <class Walk>
    std::vector<Theme> Ranked(std::vector<Candidate>& candidates, size_t max, uint32_t item_count, Walk walk) const
    {
        const size_t kept = std::min(max, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + kept, candidates.end(), [](const Candidate& a, const Candidate& b) {
            if (a.Seen->Entries != b.Seen->Entries)
                return a.Seen->Entries > b.Seen->Entries;
            if (a.SortKey != b.SortKey)
                return a.SortKey < b.SortKey;
            return a.Key < b.Key;
        });
        std::vector<uint32_t> items;
        std::vector<int> counts;
        for (size_t i = 0; i < kept; i++)
        {
            items.push_back(candidates[i].Item);
            counts.push_back(candidates[i].Seen->Entries);
        }
        std::vector<std::vector<Id>> entries = EntriesOf(items, counts, item_count, walk);
        std::vector<Theme> themes;
        for (size_t i = 0; i < kept; i++)
            themes.push_back(Theme{ std::string(candidates[i].Key), std::string(candidates[i].Display), candidates[i].Seen->Mentions, std::move(entries[i]) });
        return themes;
    }

    const Vocabulary&               Vocabulary_;
    const ThemeOptions&             Options_;
    std::vector<const EntryTerms*>  Entries_;       // of the period, oldest first
    std::vector<Id>                 EntryIds_;
    std::vector<int>                Energies_;
    std::vector<Occurrences>        TermsSeen_;     // per term and source
    std::vector<Occurrences>        PhrasesSeen_;   // per phrase and source
    std::vector<int>                SpellingCounts_;
    std::vector<uint32_t>           BestSpelling_;  // per term, set by Finish()
    std::vector<TermEnergy>         TermEnergy_;    // per term
    std::array<EnergyThemes, 2>     Energy_;        // the entries of each group (no themes)
};

// [SECTION] Themes

// The live reflections from first to last, oldest first (stored order within a day); only the
// shared ones when asked.
static std::vector<const Reflection*> ReflectionsBetween(const Workspace& workspace, Date first, Date last, bool shared_only = false)
{
    std::vector<const Reflection*> period;
    for (const Reflection* reflection : LiveRecords<Reflection>(workspace))
        if (reflection->On >= first && reflection->On <= last && (!shared_only || reflection->Visible == Visibility::Shared))
            period.push_back(reflection);
    StableSort(period.begin(), period.end(), [](const Reflection* a, const Reflection* b) { return a->On < b->On; });
    return period;
}

static std::vector<Theme> CountTags(const std::vector<const Reflection*>& period, const ThemeOptions& options)
{
    struct Tag { Theme Seen; std::map<std::string, int> Spellings; };
    std::map<std::string, Tag> tags;
    // A period repeats a few tags thousands of times: each spelling as written is folded and
    // looked up among the tags once, and counted here until the end.
    struct Spelling { Tag* Of = nullptr; int Count = 0; };
    std::unordered_map<std::string_view, Spelling> spellings;
    for (uint32_t entry = 0; entry < period.size(); entry++)
        for (const std::string& written : period[entry]->Tags)
        {
            const std::string_view trimmed = TrimSpace(written);
            const auto [it, inserted] = spellings.try_emplace(trimmed);
            if (inserted)
                if (std::string key = FoldForSearch(trimmed); !key.empty())
                    it->second.Of = &tags[key];
            if (it->second.Of == nullptr)
                continue;
            Tag& tag = *it->second.Of;
            it->second.Count++;
            tag.Seen.Mentions++;
            if (tag.Seen.Entries.empty() || tag.Seen.Entries.back() != period[entry]->Meta.RecordId)
                tag.Seen.Entries.push_back(period[entry]->Meta.RecordId);
        }
    for (const auto& [written, spelling] : spellings)
        if (spelling.Of != nullptr)
            spelling.Of->Spellings[std::string(written)] += spelling.Count;
    std::vector<Theme> ranked;
    for (const auto& [key, tag] : tags)
    {
        if (tag.Seen.Count() < options.MinEntries)
            continue;
        // The most common spelling; on a tie the lower-case one, which sorts last.
        auto display = tag.Spellings.begin();
        for (auto it = tag.Spellings.begin(); it != tag.Spellings.end(); ++it)
            if (it->second >= display->second)
                display = it;
        ranked.push_back(Theme{ key, display->first, tag.Seen.Mentions, tag.Seen.Entries });
    }
    // Keys are folded already, and std::map gave them in order: a stable sort by count keeps it.
    StableSort(ranked.begin(), ranked.end(), [](const Theme& a, const Theme& b) { return a.Count() > b.Count(); });
    ranked.resize(std::min(ranked.size(), options.MaxTags));
    return ranked;
}

struct IdHash
{
    size_t operator()(const Id& id) const { return size_t(Mix(id.Hi ^ Mix(id.Lo))); }
};

struct ThemeIndex::Cache
{
    Vocabulary                                  Words;
    std::unordered_map<Id, EntryTerms, IdHash>  Entries;    // by reflection, read at the stamp kept with it
};

ThemeIndex::ThemeIndex() : Cache_(std::make_unique<Cache>()) {}
ThemeIndex::~ThemeIndex() = default;
ThemeIndex::ThemeIndex(ThemeIndex&&) noexcept = default;
ThemeIndex& ThemeIndex::operator=(ThemeIndex&&) noexcept = default;

Themes ThemeIndex::Extract(const Workspace& workspace, Date first, Date last, const ThemeOptions& options)
{
    Themes themes;
    themes.First = first;
    themes.Last = last;
    const std::vector<const Reflection*> period = ReflectionsBetween(workspace, first, last, options.SharedOnly);
    themes.Reflections = int(period.size());

    // Read what is new or changed first: the counter sizes its tables to the vocabulary.
    std::vector<const EntryTerms*> read;
    read.reserve(period.size());
    if (Cache_->Entries.empty())
        Cache_->Entries.reserve(period.size());
    for (const Reflection* reflection : period)
    {
        const auto [it, inserted] = Cache_->Entries.try_emplace(reflection->Meta.RecordId);
        if (inserted || it->second.Updated != reflection->Meta.Updated)
            it->second = Cache_->Words.Read(*reflection);
        read.push_back(&it->second);
    }

    ThemeCounter counter(Cache_->Words, period.size(), options);
    for (size_t i = 0; i < period.size(); i++)
    {
        counter.AddEntry(*period[i], *read[i]);
        for (size_t source = 0; source < kSources; source++)
            themes.Lists[source].EntriesWithSource += read[i]->Written[source] ? 1 : 0;
    }
    for (size_t source = 0; source < kSources; source++)
    {
        themes.Lists[source].Words = counter.Words(ThemeSource(source), options);
        themes.Lists[source].Phrases = counter.Phrases(ThemeSource(source), options);
    }
    themes.Tags = CountTags(period, options);
    themes.HighEnergy = counter.EnergyLinks(0);
    themes.LowEnergy = counter.EnergyLinks(1);
    return themes;
}

Themes ExtractThemes(const Workspace& workspace, Date first, Date last, const ThemeOptions& options)
{
    return ThemeIndex().Extract(workspace, first, last, options);
}

// [SECTION] Energy

int Weekday(Date date)
{
    // 1970-01-01, day 0, was a Thursday (3 counting from Monday).
    return ((date.DaysSinceEpoch % 7) + 7 + 3) % 7;
}

Date WeekStart(Date date)
{
    return AddDays(date, -Weekday(date));
}

static bool HasEnergy(const Reflection& reflection)
{
    return reflection.Energy >= 1 && reflection.Energy <= 5;
}

static Date StepStart(Date day, EnergyStep step)
{
    if (step == EnergyStep::Week)
        return WeekStart(day);
    if (step == EnergyStep::Month)
    {
        int year, month, ignored;
        day.ToCivil(&year, &month, &ignored);
        return Date::FromCivil(year, month, 1);
    }
    return day;
}

std::vector<EnergyPoint> EnergyOverTime(const Workspace& workspace, Date first, Date last, EnergyStep step)
{
    std::vector<EnergyPoint> points;
    std::vector<int> sums;
    for (const Reflection* reflection : ReflectionsBetween(workspace, first, last))
    {
        if (!HasEnergy(*reflection))
            continue;
        const Date start = StepStart(reflection->On, step);
        if (points.empty() || points.back().Start != start)
        {
            points.push_back(EnergyPoint{ start, 0, 0 });
            sums.push_back(0);
        }
        points.back().Entries++;
        sums.back() += reflection->Energy;
    }
    for (size_t i = 0; i < points.size(); i++)
        points[i].Average = double(sums[i]) / points[i].Entries;
    return points;
}

WeekdayEnergy EnergyByWeekday(const Workspace& workspace, Date first, Date last)
{
    WeekdayEnergy energy;
    std::array<int, 7> sums{};
    for (const Reflection* reflection : ReflectionsBetween(workspace, first, last))
        if (HasEnergy(*reflection))
        {
            energy.Entries[Weekday(reflection->On)]++;
            sums[Weekday(reflection->On)] += reflection->Energy;
        }
    for (size_t day = 0; day < 7; day++)
        energy.Average[day] = energy.Entries[day] ? double(sums[day]) / energy.Entries[day] : 0.0;
    return energy;
}

// [SECTION] Weekly review

const char* DisplayName(ThemeTrend t)
{
    switch (t)
    {
    case ThemeTrend::New:       return "new this week";
    case ThemeTrend::Rising:    return "rising";
    case ThemeTrend::Steady:    return "as before";
    case ThemeTrend::Fading:    return "fading";
    case ThemeTrend::COUNT:     break;
    }
    return "";
}

// Compares this week's entries with the weekly average before, in integers: this vs before / weeks.
static ThemeTrend TrendOf(int this_week, int before, int weeks)
{
    if (before == 0)
        return ThemeTrend::New;
    if (int64_t(this_week) * weeks >= 2 * int64_t(before))
        return ThemeTrend::Rising;
    if (2 * int64_t(this_week) * weeks < before)
        return ThemeTrend::Fading;
    return ThemeTrend::Steady;
}

static WeeklyList CompareWeeks(const std::vector<Theme>& week, const std::vector<Theme>& before, int weeks, size_t top)
{
    std::unordered_map<std::string, int> before_count;
    for (const Theme& theme : before)
        before_count[theme.Key] = theme.Count();
    std::unordered_map<std::string, int> week_count;
    for (const Theme& theme : week)
        week_count[theme.Key] = theme.Count();

    WeeklyList list;
    for (size_t i = 0; i < week.size() && list.Top.size() < top; i++)
    {
        const int previous = before_count.count(week[i].Key) ? before_count[week[i].Key] : 0;
        list.Top.push_back(WeeklyTheme{ week[i], week[i].Count(), previous, double(previous) / weeks, TrendOf(week[i].Count(), previous, weeks) });
    }
    // `before` is ranked already, so the fading ones come out most frequent first.
    for (size_t i = 0; i < before.size() && list.Fading.size() < top; i++)
    {
        const int this_week = week_count.count(before[i].Key) ? week_count[before[i].Key] : 0;
        if (before[i].Count() >= 2 && TrendOf(this_week, before[i].Count(), weeks) == ThemeTrend::Fading)
            list.Fading.push_back(WeeklyTheme{ before[i], this_week, before[i].Count(), double(before[i].Count()) / weeks, ThemeTrend::Fading });
    }
    return list;
}

// What an item of a "loved" or "drained" list counts as: the keys of its words, in order ("Pairing
// on hard problems" is "pair hard problem"), so that one written twice, or in another case or
// form, is one theme. "" when no word of it is a theme.
static std::string ItemKey(std::string_view item)
{
    std::string key;
    size_t pos = 0;
    while (pos < item.size())
    {
        size_t length = 1;
        if (ClassAt(item, pos, &length) != CharClass::Word)
        {
            pos += length;
            continue;
        }
        uint32_t hash = 0;
        const size_t end = WordEnd(item, pos, &hash);
        const std::string word = ThemeKeyOf(FoldForSearch(item.substr(pos, end - pos)));
        if (!word.empty())
            key += (key.empty() ? "" : " ") + word;
        pos = end;
    }
    return key;
}

// The items of one list over the period, each as written once a theme: the weekly review reads the
// person's own words ("code reviews"), not each word of them ("code", "reviews").
static std::vector<Theme> ItemThemes(const std::vector<const Reflection*>& period, ThemeSource source)
{
    struct Counted
    {
        Theme                               Of;
        std::map<std::string, int>          Spellings;  // as written, trimmed, and how often
        std::string                         Folded;     // of the display: how it sorts
    };
    std::map<std::string, Counted> by_key;
    for (const Reflection* reflection : period)
        for (const std::string& written : source == ThemeSource::Loved ? reflection->Loved : reflection->Disliked)
        {
            const std::string key = ItemKey(written);
            if (key.empty())
                continue;
            Counted& theme = by_key[key];
            theme.Of.Key = key;
            theme.Of.Mentions++;
            theme.Spellings[std::string(TrimSpace(written))]++;
            if (theme.Of.Entries.empty() || theme.Of.Entries.back() != reflection->Meta.RecordId)
                theme.Of.Entries.push_back(reflection->Meta.RecordId);
        }
    std::vector<Counted> ranked;
    for (auto& [key, theme] : by_key)
    {
        // The most common spelling; of equals, the first in byte order, so the result never
        // depends on the order of the entries.
        int best = 0;
        for (const auto& [spelling, count] : theme.Spellings)
            if (count > best)
            {
                best = count;
                theme.Of.Display = spelling;
            }
        theme.Folded = FoldForSearch(theme.Of.Display);
        ranked.push_back(std::move(theme));
    }
    StableSort(ranked.begin(), ranked.end(), [](const Counted& a, const Counted& b) {
        if (a.Of.Count() != b.Of.Count())
            return a.Of.Count() > b.Of.Count();
        return a.Folded != b.Folded ? a.Folded < b.Folded : a.Of.Key < b.Of.Key;
    });
    std::vector<Theme> themes;
    for (Counted& theme : ranked)
        themes.push_back(std::move(theme.Of));
    return themes;
}

WeeklyReview ReviewWeek(const Workspace& workspace, Date day, const WeeklyReviewOptions& options)
{
    WeeklyReview review;
    review.First = WeekStart(day);
    review.Last = AddDays(review.First, 6);
    const int weeks = std::max(1, options.PreviousWeeks);
    const std::vector<const Reflection*> week = ReflectionsBetween(workspace, review.First, review.Last);
    const std::vector<const Reflection*> before = ReflectionsBetween(workspace, AddDays(review.First, -7 * weeks), AddDays(review.First, -1));
    review.Entries = int(week.size());
    review.PreviousEntries = int(before.size());
    for (ThemeSource source : { ThemeSource::Loved, ThemeSource::Disliked })
        (source == ThemeSource::Loved ? review.Loved : review.Disliked) =
            CompareWeeks(ItemThemes(week, source), ItemThemes(before, source), weeks, options.Top);
    return review;
}

ItemLists ListItems(const Workspace& workspace, Date first, Date last, bool shared_only)
{
    const std::vector<const Reflection*> period = ReflectionsBetween(workspace, first, last, shared_only);
    return ItemLists{ int(period.size()), ItemThemes(period, ThemeSource::Loved), ItemThemes(period, ThemeSource::Disliked) };
}

// [SECTION] Plan progress

static std::optional<double> Median(std::vector<int> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? double(values[mid]) : (values[mid - 1] + values[mid]) / 2.0;
}

static std::vector<MonthCount> MonthsBetween(Date first, Date last)
{
    std::vector<MonthCount> months;
    if (first > last)
        return months;
    int year, month, day, last_year, last_month;
    first.ToCivil(&year, &month, &day);
    last.ToCivil(&last_year, &last_month, &day);
    while (year < last_year || (year == last_year && month <= last_month))
    {
        months.push_back(MonthCount{ year, month, 0 });
        if (++month > 12)
        {
            month = 1;
            year++;
        }
    }
    return months;
}

// Most useful first, then by title; returns the average rating.
static double SortByUsefulness(std::vector<const PlanActivity*>& rated)
{
    StableSort(rated.begin(), rated.end(), [](const PlanActivity* a, const PlanActivity* b) {
        if (a->Usefulness != b->Usefulness)
            return a->Usefulness > b->Usefulness;
        return a->Title < b->Title;
    });
    const int sum = std::accumulate(rated.begin(), rated.end(), 0, [](int total, const PlanActivity* a) { return total + a->Usefulness; });
    return double(sum) / double(rated.size());
}

PlanProgress PlanProgressBetween(const Workspace& workspace, Date first, Date last)
{
    PlanProgress progress;
    progress.MilestonesPerMonth = MonthsBetween(first, last);
    std::array<std::vector<int>, size_t(ActivityType::COUNT)> days_by_type;
    std::array<int, size_t(ActivityType::COUNT)> done_by_type{};
    std::array<std::vector<const PlanActivity*>, size_t(Motivation::COUNT)> rated_by_kind;
    std::array<std::vector<const PlanActivity*>, size_t(ActivityType::COUNT)> rated_by_type;
    std::vector<int> all_days;

    for (const Win& win : WinsBetween(workspace, first, last))
    {
        if (win.Kind == ItemKind::Milestone)
        {
            int year, month, day;
            win.On.ToCivil(&year, &month, &day);
            const MonthCount& first_month = progress.MilestonesPerMonth.front();
            progress.MilestonesPerMonth[size_t((year - first_month.Year) * 12 + month - first_month.Month)].Count++;
            progress.MilestonesDone++;
            continue;
        }
        const PlanActivity* activity = FindRecord<PlanActivity>(workspace, win.RecordId);
        progress.ActivitiesDone++;
        done_by_type[size_t(activity->Type)]++;
        if (activity->Start && *activity->Start <= win.On)
        {
            days_by_type[size_t(activity->Type)].push_back(win.On.DaysSinceEpoch - activity->Start->DaysSinceEpoch);
            all_days.push_back(days_by_type[size_t(activity->Type)].back());
        }
        if (activity->Usefulness < 1 || activity->Usefulness > 5)
            continue;
        progress.Rated++;
        rated_by_type[size_t(activity->Type)].push_back(activity);
        std::array<bool, size_t(Motivation::COUNT)> serves{};
        for (const Id& goal_id : activity->GoalIds)
            if (const Goal* goal = FindRecord<Goal>(workspace, goal_id); goal && !goal->Meta.Deleted)
                serves[size_t(goal->Kind)] = true;
        for (size_t kind = 0; kind < serves.size(); kind++)
            if (serves[kind])
                rated_by_kind[kind].push_back(activity);
    }

    for (size_t type = 0; type < done_by_type.size(); type++)
        if (done_by_type[type])
            progress.DoneByType.push_back(ActivityTypeStats{ ActivityType(type), done_by_type[type], Median(days_by_type[type]) });
    StableSort(progress.DoneByType.begin(), progress.DoneByType.end(),
                     [](const ActivityTypeStats& a, const ActivityTypeStats& b) { return a.Completed > b.Completed; });
    progress.MedianDaysToDone = Median(all_days);

    for (size_t kind = 0; kind < rated_by_kind.size(); kind++)
        if (!rated_by_kind[kind].empty())
        {
            const double average = SortByUsefulness(rated_by_kind[kind]);
            progress.UsefulnessByGoalKind.push_back(KindUsefulness{ Motivation(kind), average, std::move(rated_by_kind[kind]) });
        }
    StableSort(progress.UsefulnessByGoalKind.begin(), progress.UsefulnessByGoalKind.end(),
                     [](const KindUsefulness& a, const KindUsefulness& b) { return a.Average > b.Average; });
    for (size_t type = 0; type < rated_by_type.size(); type++)
        if (!rated_by_type[type].empty())
        {
            const double average = SortByUsefulness(rated_by_type[type]);
            progress.UsefulnessByType.push_back(TypeUsefulness{ ActivityType(type), average, std::move(rated_by_type[type]) });
        }
    StableSort(progress.UsefulnessByType.begin(), progress.UsefulnessByType.end(),
                     [](const TypeUsefulness& a, const TypeUsefulness& b) { return a.Average > b.Average; });
    return progress;
}

// Whether an activity counts toward the plan of a period, and whether the period finished it.
static std::optional<bool> OnPlanAndDone(const PlanActivity& activity, Date first, Date last)
{
    if (activity.Status == ActivityStatus::Dropped)
        return std::nullopt;
    const Date began = activity.Start.value_or(Date::FromUnixMs(activity.Meta.CreatedMs, 0));
    if (began > last)
        return std::nullopt;
    const std::optional<Date> done = activity.Status == ActivityStatus::Done ? activity.CompletedOn : std::nullopt;
    if (done && *done < first)
        return std::nullopt;
    return done && *done <= last;
}

ActivityCompletion ActivityCompletionBetween(const Workspace& workspace, Date first, Date last)
{
    ActivityCompletion completion;
    std::array<TypeCompletion, size_t(ActivityType::COUNT)> by_type{};
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
    {
        const std::optional<bool> done = OnPlanAndDone(*activity, first, last);
        if (!done)
            continue;
        TypeCompletion& type = by_type[size_t(activity->Type)];
        type.Type = activity->Type;
        type.Total++;
        type.Done += *done ? 1 : 0;
        completion.Total++;
        completion.Done += *done ? 1 : 0;
    }
    for (const TypeCompletion& type : by_type)
        if (type.Total > 0)
            completion.ByType.push_back(type);
    StableSort(completion.ByType.begin(), completion.ByType.end(),
                     [](const TypeCompletion& a, const TypeCompletion& b) { return a.Total > b.Total; });
    return completion;
}

// [SECTION] Skills

std::vector<SkillLevelGap> SkillGaps(const Workspace& workspace)
{
    struct Row { SkillLevelGap Gap; std::string Name; };
    std::vector<Row> rows;
    for (const Skill* skill : LiveRecords<Skill>(workspace))
        rows.push_back(Row{ SkillLevelGap{ skill, skill->Target - skill->Current }, FoldForSearch(TrimSpace(skill->Name)) });
    StableSort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.Gap.Gap != b.Gap.Gap)
            return a.Gap.Gap > b.Gap.Gap;
        return a.Name < b.Name;
    });
    std::vector<SkillLevelGap> gaps;
    for (const Row& row : rows)
        gaps.push_back(row.Gap);
    return gaps;
}

int SkillLevelOn(const Skill& skill, Date day)
{
    auto later = std::find_if(skill.History.begin(), skill.History.end(), [&](const SkillLevelChange& c) { return c.On > day; });
    return later == skill.History.end() ? skill.Current : later->From;
}

const SkillMove* SkillMoves::Find(const Skill* skill) const
{
    auto it = std::find_if(Skills.begin(), Skills.end(), [&](const SkillMove& m) { return m.Of == skill; });
    return it == Skills.end() ? nullptr : &*it;
}

SkillMoves SkillMovesAfter(const Workspace& workspace, Date day)
{
    struct Row { SkillMove Move; std::string Name; };
    std::vector<Row> rows;
    for (const Skill* skill : LiveRecords<Skill>(workspace))
    {
        SkillMove move{ skill, SkillLevelOn(*skill, day), skill->Current, std::nullopt };
        if (!skill->History.empty() && skill->History.back().On > day)
            move.LastChange = skill->History.back().On;
        rows.push_back(Row{ move, FoldForSearch(TrimSpace(skill->Name)) });
    }
    // Up before down before still, each the biggest first: what a review wants to hear about.
    auto rank = [](int moved) { return moved > 0 ? 0 : moved < 0 ? 1 : 2; };
    StableSort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const int ma = a.Move.Moved(), mb = b.Move.Moved();
        if (rank(ma) != rank(mb))
            return rank(ma) < rank(mb);
        if (std::abs(ma) != std::abs(mb))
            return std::abs(ma) > std::abs(mb);
        return a.Name < b.Name;
    });
    SkillMoves moves;
    moves.After = day;
    for (const Row& row : rows)
    {
        moves.Up += row.Move.Moved() > 0;
        moves.Down += row.Move.Moved() < 0;
        moves.Skills.push_back(row.Move);
    }
    return moves;
}

// [SECTION] Wins summary

// One line of pasted text: line breaks inside a field would break the list.
static std::string OneLine(std::string_view text)
{
    std::string line;
    for (char c : TrimSpace(text))
        line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return line;
}

static std::string EscapeMarkdown(std::string_view text)
{
    std::string escaped;
    for (char c : text)
    {
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string WinsSummary(const Workspace& workspace, Date first, Date last, const WinsSummaryOptions& options)
{
    const bool markdown = options.Format == TextFormat::Markdown;
    const auto text = [&](std::string_view s) { return markdown ? EscapeMarkdown(OneLine(s)) : OneLine(s); };
    std::string out = markdown ? "## " : "";
    out += "Wins from " + first.ToString() + " to " + last.ToString() + "\n\n";
    size_t listed = 0;
    for (const Win& win : WinsBetween(workspace, first, last))
    {
        if (win.Visible == Visibility::Private && !options.IncludePrivate)
            continue;
        listed++;
        out += "- " + win.On.ToString() + ": " + (markdown ? "**" + text(win.Title) + "**" : text(win.Title));
        if (win.Kind == ItemKind::Milestone)
            out += " (goal: " + text(win.GoalTitle) + ")";
        out += "\n";
        const char* indent = markdown ? "  - " : "  ";
        if (!OneLine(win.Outcome).empty())
            out += indent + std::string("Outcome: ") + text(win.Outcome) + "\n";
        if (!OneLine(win.Evidence).empty())
            out += indent + std::string("Evidence: ") + text(win.Evidence) + "\n";
    }
    if (listed == 0)
        out += "No wins recorded in this period.\n";
    return out;
}

// [SECTION] Readings

static const char* const kNoReflections = "No reflections in this period yet.";

// " this month", or nothing when the caller gave no period.
static std::string Spaced(std::string_view period)
{
    return period.empty() ? std::string() : " " + std::string(period);
}

// One decimal, rounded half away from zero, without the C library's locale: "4.5".
static std::string OneDecimal(double value)
{
    const long long tenths = value >= 0 ? static_cast<long long>(value * 10 + 0.5) : -static_cast<long long>(-value * 10 + 0.5);
    const long long whole = (tenths < 0 ? -tenths : tenths) / 10;
    return (tenths < 0 ? "-" : "") + std::to_string(whole) + "." + std::to_string((tenths < 0 ? -tenths : tenths) % 10);
}

static std::string Days(double days)
{
    const bool whole = days == static_cast<double>(static_cast<long long>(days));
    const std::string number = whole ? std::to_string(static_cast<long long>(days)) : OneDecimal(days);
    return number + (days == 1 ? " day" : " days");
}

static const char* SourceAdjective(ThemeSource source)
{
    switch (source)
    {
    case ThemeSource::Loved:    return "loved ";
    case ThemeSource::Disliked: return "disliked ";
    default:                    return "";
    }
}

std::string ReadTopTheme(const Themes& themes, ThemeSource source, std::string_view period)
{
    if (themes.Reflections == 0)
        return kNoReflections;
    const ThemeList& list = themes.Of(source);
    const std::string adjective = SourceAdjective(source);
    if (list.EntriesWithSource == 0)
        return "No " + adjective + "entries" + Spaced(period) + " yet.";
    if (list.Words.empty())
        return "Nothing recurs in your " + adjective + "entries" + Spaced(period) + " yet.";
    const Theme& top = list.Words.front();
    return "You wrote about " + top.Display + " in " + std::to_string(top.Count()) + " of " +
           std::to_string(list.EntriesWithSource) + " " + adjective + (list.EntriesWithSource == 1 ? "entry" : "entries") + Spaced(period) + ".";
}

std::string ReadTopTag(const Themes& themes, std::string_view period)
{
    if (themes.Reflections == 0)
        return kNoReflections;
    if (themes.Tags.empty())
        return "No tag recurs" + Spaced(period) + " yet.";
    const Theme& top = themes.Tags.front();
    return "Your most used tag" + Spaced(period) + " is \"" + top.Display + "\", on " + std::to_string(top.Count()) + " of " +
           Counted(themes.Reflections, "entry", "entries") + ".";
}

std::string ReadEnergyThemes(const Themes& themes, bool high, std::string_view period)
{
    if (themes.Reflections == 0)
        return kNoReflections;
    const EnergyThemes& links = high ? themes.HighEnergy : themes.LowEnergy;
    const std::string days = high ? "high-energy days" : "low-energy days";
    if (links.GroupEntries == 0)
        return std::string("No ") + (high ? "high" : "low") + "-energy entries" + Spaced(period) + " yet.";
    // "1.0 times as often" would say nothing: a theme stands out when its lift reads above that.
    if (links.Themes.empty() || OneDecimal(links.Themes.front().Score) == "1.0")
        return "No theme stands out on " + days + Spaced(period) + " yet.";
    const EnergyTheme& top = links.Themes.front();
    return "On " + days + Spaced(period) + " you often wrote about " + top.Of.Display + ": " + std::to_string(top.Of.Count()) +
           " of " + Counted(links.GroupEntries, "entry", "entries") + ", " + OneDecimal(top.Score) + " times as often as on any day.";
}

static const char* const kWeekdaysPlural[7] = { "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays" };

std::string ReadEnergyByWeekday(const WeekdayEnergy& energy, std::string_view period)
{
    int highest = -1, lowest = -1, days_with_entries = 0;
    for (int day = 0; day < 7; day++)
    {
        if (energy.Entries[day] == 0)
            continue;
        days_with_entries++;
        if (highest < 0 || energy.Average[day] > energy.Average[highest])
            highest = day;
        if (lowest < 0 || energy.Average[day] < energy.Average[lowest])
            lowest = day;
    }
    if (days_with_entries == 0)
        return kNoReflections;
    if (days_with_entries == 1)
        return "All your entries" + Spaced(period) + " are on " + kWeekdaysPlural[highest] + ", with an average energy of " +
               OneDecimal(energy.Average[highest]) + ".";
    if (energy.Average[highest] == energy.Average[lowest])
        return "Your energy" + Spaced(period) + " is the same on every weekday you wrote: " + OneDecimal(energy.Average[highest]) + " on average.";
    return "Your energy" + Spaced(period) + " is highest on " + kWeekdaysPlural[highest] + " (" + OneDecimal(energy.Average[highest]) +
           ") and lowest on " + kWeekdaysPlural[lowest] + " (" + OneDecimal(energy.Average[lowest]) + ").";
}

std::string ReadWeeklyReview(const WeeklyReview& review)
{
    if (review.Entries == 0)
        return "No reflections this week yet.";
    const auto trend = [](const WeeklyTheme& theme) { return std::string(" (") + DisplayName(theme.Trend) + ")"; };
    if (review.Loved.Top.empty() && review.Disliked.Top.empty())
        return "This week's " + Counted(review.Entries, "entry names", "entries name") + " nothing you loved or disliked.";
    std::string reading = "This week";
    if (!review.Loved.Top.empty())
        reading += " you loved " + review.Loved.Top.front().Of.Display + " most" + trend(review.Loved.Top.front());
    if (!review.Loved.Top.empty() && !review.Disliked.Top.empty())
        reading += ", and";
    if (!review.Disliked.Top.empty())
        reading += " " + review.Disliked.Top.front().Of.Display + " drained you most" + trend(review.Disliked.Top.front());
    return reading + ".";
}

std::string ReadPlanProgress(const PlanProgress& progress, std::string_view period)
{
    if (progress.MilestonesDone == 0 && progress.ActivitiesDone == 0)
        return "No milestones ticked or activities finished" + Spaced(period) + " yet.";
    std::string reading = "You";
    if (progress.MilestonesDone)
        reading += " ticked " + Counted(progress.MilestonesDone, "milestone", "milestones");
    if (progress.MilestonesDone && progress.ActivitiesDone)
        reading += " and";
    if (progress.ActivitiesDone)
        reading += " finished " + Counted(progress.ActivitiesDone, "activity", "activities");
    reading += Spaced(period);
    if (progress.MedianDaysToDone)
        reading += std::string("; ") + (progress.ActivitiesDone == 1 ? "it" : "activities") + " took " +
                   (progress.ActivitiesDone == 1 ? "" : "a median of ") + Days(*progress.MedianDaysToDone) + " from start to done";
    return reading + ".";
}

std::string ReadUsefulness(const PlanProgress& progress, std::string_view period)
{
    if (progress.UsefulnessByGoalKind.empty())
        return "No finished activity rated" + Spaced(period) + " yet.";
    const KindUsefulness& best = progress.UsefulnessByGoalKind.front();
    return std::string("Activities for ") + DisplayName(best.Kind) + " goals were rated most useful" + Spaced(period) + ": " +
           OneDecimal(best.Average) + " out of 5 (" + Counted(int(best.Rated.size()), "activity", "activities") + ").";
}

std::string ReadUsefulnessByType(const PlanProgress& progress, std::string_view period)
{
    if (progress.UsefulnessByType.empty())
        return "No finished activity rated" + Spaced(period) + " yet: rate one when you mark it done.";
    const TypeUsefulness& best = progress.UsefulnessByType.front();
    std::string reading = "The kind of activity you rated most useful" + Spaced(period) + ": " + DisplayName(best.Type) + ", " +
                          OneDecimal(best.Average) + " out of 5 (" + Counted(int(best.Rated.size()), "activity", "activities") + ")";
    if (progress.UsefulnessByType.size() > 1)
    {
        const TypeUsefulness& least = progress.UsefulnessByType.back();
        if (least.Average < best.Average)
            reading += std::string("; the least: ") + DisplayName(least.Type) + ", " + OneDecimal(least.Average);
    }
    return reading + ".";
}

std::string ReadActivityCompletion(const ActivityCompletion& completion, std::string_view period)
{
    if (completion.Total == 0)
        return "No plan activities" + Spaced(period) + " yet.";
    if (completion.Done == 0)
        return Counted(completion.Total, "activity was", "activities were") + " on your plan" + Spaced(period) + "; none finished yet.";
    const TypeCompletion* most = &completion.ByType.front();
    for (const TypeCompletion& type : completion.ByType)
        if (type.Done > most->Done)
            most = &type;
    return "You finished " + std::to_string(completion.Done) + " of the " + Counted(completion.Total, "activity", "activities") +
           " on your plan" + Spaced(period) + "; the most in " + DisplayName(most->Type) + ": " + std::to_string(most->Done) + " of " +
           std::to_string(most->Total) + ".";
}

std::string ReadSkillGaps(const std::vector<SkillLevelGap>& gaps)
{
    if (gaps.empty())
        return "No skills yet.";
    const int below = int(std::count_if(gaps.begin(), gaps.end(), [](const SkillLevelGap& g) { return g.Gap > 0; }));
    if (below == 0)
        return gaps.size() == 1 ? "Your skill is at or above its target level." : "All " + std::to_string(gaps.size()) + " skills are at or above their target level.";
    const Skill& top = *gaps.front().Of;
    return "Your biggest gap is " + OneLine(top.Name) + ", at level " + std::to_string(top.Current) + " of a target " +
           std::to_string(top.Target) + "; " + std::to_string(below) + " of " + Counted(int(gaps.size()), "skill is", "skills are") + " below target.";
}

std::string ReadSkillMoves(const SkillMoves& moves, std::string_view since)
{
    if (moves.Skills.empty())
        return "No skills yet.";
    if (moves.Up == 0 && moves.Down == 0)
        return "No skill changed level" + Spaced(since) + ".";
    std::string reading;
    if (moves.Up > 0)
        reading = Counted(moves.Up, "skill", "skills") + " moved up";
    if (moves.Down > 0)
        reading += moves.Up > 0 ? " and " + std::to_string(moves.Down) + " down" : Counted(moves.Down, "skill", "skills") + " moved down";
    const SkillMove& top = moves.Skills.front();
    return reading + Spaced(since) + ": " + (moves.Up + moves.Down > 1 ? "the most, " : "") + OneLine(top.Of->Name) +
           ", from level " + std::to_string(top.From) + " to " + std::to_string(top.To) + ".";
}

std::string ReadWins(const std::vector<Win>& wins, std::string_view period)
{
    if (wins.empty())
        return "No wins" + Spaced(period) + " yet.";
    const int milestones = int(std::count_if(wins.begin(), wins.end(), [](const Win& w) { return w.Kind == ItemKind::Milestone; }));
    const int activities = int(wins.size()) - milestones;
    std::string reading = Counted(int(wins.size()), "win", "wins") + Spaced(period) + ": ";
    if (milestones)
        reading += Counted(milestones, "milestone", "milestones");
    if (milestones && activities)
        reading += " and ";
    if (activities)
        reading += Counted(activities, "activity", "activities");
    return reading + ".";
}

} // namespace trellis
