// Sections follow core/insights.h, with the tokeniser and the tables it counts into first.
//
// [SECTION] Words
// [SECTION] Counting tables
// [SECTION] Theme scanner
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
#include <cstring>
#include <map>
#include <numeric>
#include <unordered_map>

#include "core/records.h"
#include "core/stem.h"
#include "core/text_fold.h"
#include "core/validate.h"
#include "core/views.h"

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

// What a spelling counts as: its stem, or "" when it is no theme (a stop word, a number, a letter).
static std::string ThemeKeyOf(std::string_view spelling)
{
    std::string folded = FoldForSearch(spelling);
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

static constexpr size_t kSources = size_t(ThemeSource::COUNT);

// How often a word or phrase was seen in one source: entries count once however often it recurs.
struct Occurrences
{
    int         Mentions = 0;
    int         Entries = 0;
    uint32_t    LastEntry = kNone;
};

// Phrases by their two words' indices in one number, with their counts in the slot itself: a
// phrase is counted for almost every word of the text, and one cache line per lookup is what makes
// that affordable.
class PhraseTable
{
public:
    struct Row
    {
        uint64_t                            Pair = kEmpty;  // first word << 32 | second word
        uint32_t                            Index = 0;      // dense, in insertion order: what hits name
        std::array<Occurrences, kSources>   By;
    };

    Row& FindOrInsert(uint64_t pair)
    {
        if ((Size_ + 1) * 2 > Rows_.size())
            Grow();
        const size_t mask = Rows_.size() - 1;
        for (size_t slot = Mix(pair) & mask;; slot = (slot + 1) & mask)
        {
            Row& row = Rows_[slot];
            if (row.Pair == pair)
                return row;
            if (row.Pair == kEmpty)
            {
                row.Pair = pair;
                row.Index = Size_++;
                return row;
            }
        }
    }

    uint32_t                Size() const { return Size_; }
    const std::vector<Row>& Rows() const { return Rows_; }     // empty slots have Pair == kEmpty

    static constexpr uint64_t kEmpty = UINT64_MAX;          // no pair: word indices stay below kNone

private:
    void Grow()
    {
        std::vector<Row> old = std::move(Rows_);
        Rows_.assign(std::max<size_t>(64, old.size() * 2), Row{});
        const size_t mask = Rows_.size() - 1;
        for (const Row& moved : old)
            if (moved.Pair != kEmpty)
            {
                size_t slot = Mix(moved.Pair) & mask;
                while (Rows_[slot].Pair != kEmpty)
                    slot = (slot + 1) & mask;
                Rows_[slot] = moved;
            }
    }

    std::vector<Row>    Rows_;
    uint32_t            Size_ = 0;
};

// A word or phrase's first sighting in an entry (and source). Hits go to one log in entry order
// instead of one list per word: thousands of phrases each growing a list cost more in allocations
// than the counting itself, and only the entries of the few themes kept are ever needed.
struct PhraseHit
{
    uint32_t    Item = 0;
    uint32_t    Entry = 0;
};

struct WordHit
{
    uint32_t    Item = 0;
    uint32_t    Entry = 0;
    uint32_t    Source = 0;
    uint32_t    Mentions = 0;       // in that entry and source: the energy links count them
};

// [SECTION] Theme scanner

class ThemeScanner
{
public:
    // Ten years of hits take megabytes: sized from the text up front, the logs are not copied as they grow.
    void Reserve(size_t text_bytes)
    {
        WordHits_.reserve(text_bytes / 16);
        PhraseHits_[size_t(ThemeSource::Text)].reserve(text_bytes / 10);
    }

    void AddEntry(const Reflection& reflection)
    {
        const uint32_t entry = static_cast<uint32_t>(EntryIds_.size());
        EntryIds_.push_back(reflection.Meta.RecordId);
        Energies_.push_back(reflection.Energy);
        for (const std::string& item : reflection.Loved)
            Scan(item, size_t(ThemeSource::Loved), entry);
        for (const std::string& item : reflection.Disliked)
            Scan(item, size_t(ThemeSource::Disliked), entry);
        Scan(reflection.Text, size_t(ThemeSource::Text), entry);
    }

    // The words of one source in enough entries, most frequent first.
    std::vector<Theme> Words(ThemeSource source, const ThemeOptions& options)
    {
        Finish();
        std::vector<Candidate> candidates;
        for (uint32_t term = 0; term < Terms_.size(); term++)
            if (Terms_[term].By[size_t(source)].Entries >= options.MinEntries)
                candidates.push_back({ term, &Terms_[term].By[size_t(source)], Terms_[term].Key, Terms_[term].Display, Terms_[term].SortKey });
        return Ranked(candidates, options.MaxWords, WordHits_, uint32_t(Terms_.size()),
                      [&](const WordHit& hit) { return hit.Source == uint32_t(source); });
    }

    std::vector<Theme> Phrases(ThemeSource source, const ThemeOptions& options)
    {
        Finish();
        std::vector<const PhraseTable::Row*> kept;
        for (const PhraseTable::Row& row : Phrases_.Rows())
            if (row.Pair != PhraseTable::kEmpty && row.By[size_t(source)].Entries >= options.MinEntries)
                kept.push_back(&row);
        std::vector<std::array<std::string, 3>> texts;     // key, display, sort key: the candidates point into them
        for (const PhraseTable::Row* row : kept)
        {
            const Term& a = Terms_[uint32_t(row->Pair >> 32)];
            const Term& b = Terms_[uint32_t(row->Pair)];
            texts.push_back({ a.Key + " " + b.Key, a.Display + " " + b.Display, a.SortKey + " " + b.SortKey });
        }
        std::vector<Candidate> candidates;
        for (size_t i = 0; i < kept.size(); i++)
            candidates.push_back({ kept[i]->Index, &kept[i]->By[size_t(source)], texts[i][0], texts[i][1], texts[i][2] });
        return Ranked(candidates, options.MaxPhrases, PhraseHits_[size_t(source)], Phrases_.Size(),
                      [](const PhraseHit&) { return true; });
    }

    // Words of all sources over-represented in the entries whose energy `in_group` accepts.
    template <class IsInGroup>
    EnergyThemes EnergyLinks(IsInGroup in_group, const ThemeOptions& options)
    {
        Finish();
        EnergyThemes result;
        const auto counted = [&](uint32_t entry) { return Energies_[entry] >= 1 && Energies_[entry] <= 5; };
        const auto grouped = [&](uint32_t entry) { return counted(entry) && in_group(Energies_[entry]); };
        for (uint32_t entry = 0; entry < Energies_.size(); entry++)
        {
            result.Entries += counted(entry) ? 1 : 0;
            result.GroupEntries += grouped(entry) ? 1 : 0;
        }
        std::vector<uint32_t> last(Terms_.size(), kNone);
        std::vector<int> overall(Terms_.size(), 0), in_group_count(Terms_.size(), 0), mentions(Terms_.size(), 0);
        for (const WordHit& hit : WordHits_)
        {
            if (!counted(hit.Entry))
                continue;
            if (grouped(hit.Entry))
                mentions[hit.Item] += int(hit.Mentions);
            if (last[hit.Item] == hit.Entry)
                continue;
            last[hit.Item] = hit.Entry;
            overall[hit.Item]++;
            in_group_count[hit.Item] += grouped(hit.Entry) ? 1 : 0;
        }
        // Lift above 1, compared in integers: InGroup / GroupEntries > Overall / Entries.
        std::vector<uint32_t> links;
        for (uint32_t term = 0; term < Terms_.size(); term++)
            if (in_group_count[term] >= options.MinEntries &&
                int64_t(in_group_count[term]) * result.Entries > int64_t(overall[term]) * result.GroupEntries)
                links.push_back(term);
        // Higher lift first: a/o > b/p exactly when a*p > b*o (the group sizes are the same).
        std::sort(links.begin(), links.end(), [&](uint32_t x, uint32_t y) {
            const int64_t xs = int64_t(in_group_count[x]) * overall[y];
            const int64_t ys = int64_t(in_group_count[y]) * overall[x];
            if (xs != ys)
                return xs > ys;
            if (in_group_count[x] != in_group_count[y])
                return in_group_count[x] > in_group_count[y];
            return Terms_[x].SortKey < Terms_[y].SortKey;
        });
        links.resize(std::min(links.size(), options.MaxEnergyThemes));
        std::vector<std::vector<Id>> entries = EntriesOf(WordHits_, links, uint32_t(Terms_.size()), [&](const WordHit& hit) { return grouped(hit.Entry); });
        for (size_t i = 0; i < links.size(); i++)
        {
            const Term& term = Terms_[links[i]];
            const double score = double(in_group_count[links[i]]) * result.Entries / (double(overall[links[i]]) * result.GroupEntries);
            result.Themes.push_back(EnergyTheme{ Theme{ term.Key, term.Display, mentions[links[i]], std::move(entries[i]) }, overall[links[i]], score });
        }
        return result;
    }

private:
    struct Spelling
    {
        uint32_t    Term = kNone;       // kNone: no theme
        int         Count = 0;
    };

    struct Term
    {
        std::string                         Key;
        std::string                         Display;    // set by Finish()
        std::string                         SortKey;    // the folded display
        std::array<Occurrences, kSources>   By;
        std::array<uint32_t, kSources>      LastHit{};  // its hit for By[source].LastEntry, in WordHits_
    };

    struct Candidate
    {
        uint32_t            Item = 0;
        const Occurrences*  Seen = nullptr;
        std::string_view    Key;
        std::string_view    Display;
        std::string_view    SortKey;
    };

    void Scan(std::string_view text, size_t source, uint32_t entry)
    {
        uint32_t previous = kNone;          // the word before, for phrases
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
                previous = AddWord(text.substr(pos, end - pos), hash, source, entry, previous);
                pos = end;
                continue;
            }
            if (cls == CharClass::Break)
                previous = kNone;
            pos += length;
        }
    }

    // True the first time in an entry.
    static bool See(Occurrences& seen, uint32_t entry)
    {
        seen.Mentions++;
        if (seen.LastEntry == entry)
            return false;
        seen.LastEntry = entry;
        seen.Entries++;
        return true;
    }

    // Counts one word and returns it as the word before the next one (kNone when it is no theme).
    uint32_t AddWord(std::string_view spelling, uint32_t hash, size_t source, uint32_t entry, uint32_t previous)
    {
        bool inserted = false;
        const uint32_t index = Spellings_.FindOrInsert(spelling, hash, &inserted);
        if (inserted)
            SpellingRows_.push_back({ TermOf(spelling), 0 });
        Spelling& row = SpellingRows_[index];
        row.Count++;
        if (row.Term == kNone)
            return kNone;
        Term& term = Terms_[row.Term];
        if (See(term.By[source], entry))
        {
            term.LastHit[source] = uint32_t(WordHits_.size());
            WordHits_.push_back(WordHit{ row.Term, entry, uint32_t(source), 0 });
        }
        WordHits_[term.LastHit[source]].Mentions++;
        if (previous != kNone)
        {
            PhraseTable::Row& phrase = Phrases_.FindOrInsert((uint64_t(previous) << 32) | row.Term);
            if (See(phrase.By[source], entry))
                PhraseHits_[source].push_back(PhraseHit{ phrase.Index, entry });
        }
        return row.Term;
    }

    uint32_t TermOf(std::string_view spelling)
    {
        std::string key = ThemeKeyOf(spelling);
        if (key.empty())
            return kNone;
        const auto [it, inserted] = TermByKey_.try_emplace(key, uint32_t(Terms_.size()));
        if (inserted)
            Terms_.push_back(Term{ std::move(key), {}, {}, {}, {} });
        return it->second;
    }

    // Each word's display form: its most common spelling, the lower-case one on a tie.
    void Finish()
    {
        if (Finished_)
            return;
        Finished_ = true;
        std::vector<uint32_t> best(Terms_.size(), kNone);
        for (uint32_t index = 0; index < SpellingRows_.size(); index++)
        {
            const Spelling& row = SpellingRows_[index];
            if (row.Term == kNone)
                continue;
            uint32_t& current = best[row.Term];
            if (current == kNone || row.Count > SpellingRows_[current].Count ||
                (row.Count == SpellingRows_[current].Count && Spellings_.At(index) > Spellings_.At(current)))
                current = index;
        }
        for (uint32_t term = 0; term < Terms_.size(); term++)
        {
            Terms_[term].Display = Spellings_.At(best[term]);
            Terms_[term].SortKey = FoldForSearch(Terms_[term].Display);
        }
    }

    // The entries each of `items` was seen in, as far as `keep` accepts the hit: ascending, once each.
    template <class HitType, class Keep>
    std::vector<std::vector<Id>> EntriesOf(const std::vector<HitType>& hits, const std::vector<uint32_t>& items, uint32_t item_count, Keep keep) const
    {
        std::vector<uint32_t> slot_of(item_count, kNone);
        for (uint32_t i = 0; i < items.size(); i++)
            slot_of[items[i]] = i;
        std::vector<std::vector<Id>> entries(items.size());
        std::vector<uint32_t> last(items.size(), kNone);
        for (const HitType& hit : hits)
        {
            const uint32_t slot = slot_of[hit.Item];
            if (slot == kNone || last[slot] == hit.Entry || !keep(hit))
                continue;
            last[slot] = hit.Entry;
            entries[slot].push_back(EntryIds_[hit.Entry]);
        }
        return entries;
    }

    template <class HitType, class Keep>
    std::vector<Theme> Ranked(std::vector<Candidate>& candidates, size_t max, const std::vector<HitType>& hits, uint32_t item_count, Keep keep) const
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
        for (size_t i = 0; i < kept; i++)
            items.push_back(candidates[i].Item);
        std::vector<std::vector<Id>> entries = EntriesOf(hits, items, item_count, keep);
        std::vector<Theme> themes;
        for (size_t i = 0; i < kept; i++)
            themes.push_back(Theme{ std::string(candidates[i].Key), std::string(candidates[i].Display), candidates[i].Seen->Mentions, std::move(entries[i]) });
        return themes;
    }

    std::vector<Id>                                 EntryIds_;
    std::vector<int>                                Energies_;
    SpellingIndex                                   Spellings_;
    std::vector<Spelling>                           SpellingRows_;
    std::unordered_map<std::string, uint32_t>       TermByKey_;
    std::vector<Term>                               Terms_;
    PhraseTable                                     Phrases_;
    std::vector<WordHit>                            WordHits_;      // in entry order
    std::array<std::vector<PhraseHit>, kSources>    PhraseHits_;    // per source, in entry order
    bool                                            Finished_ = false;
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
    std::stable_sort(period.begin(), period.end(), [](const Reflection* a, const Reflection* b) { return a->On < b->On; });
    return period;
}

static std::vector<Theme> CountTags(const std::vector<const Reflection*>& period, const ThemeOptions& options)
{
    struct Tag { Theme Seen; std::map<std::string, int> Spellings; };
    std::map<std::string, Tag> tags;
    for (uint32_t entry = 0; entry < period.size(); entry++)
        for (const std::string& written : period[entry]->Tags)
        {
            const std::string_view trimmed = TrimSpace(written);
            std::string key = FoldForSearch(trimmed);
            if (key.empty())
                continue;
            Tag& tag = tags[key];
            tag.Seen.Mentions++;
            if (tag.Seen.Entries.empty() || tag.Seen.Entries.back() != period[entry]->Meta.RecordId)
                tag.Seen.Entries.push_back(period[entry]->Meta.RecordId);
            tag.Spellings[std::string(trimmed)]++;
        }
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
    std::stable_sort(ranked.begin(), ranked.end(), [](const Theme& a, const Theme& b) { return a.Count() > b.Count(); });
    ranked.resize(std::min(ranked.size(), options.MaxTags));
    return ranked;
}

Themes ExtractThemes(const Workspace& workspace, Date first, Date last, const ThemeOptions& options)
{
    Themes themes;
    themes.First = first;
    themes.Last = last;
    const std::vector<const Reflection*> period = ReflectionsBetween(workspace, first, last, options.SharedOnly);
    themes.Reflections = int(period.size());

    ThemeScanner scanner;
    scanner.Reserve(std::accumulate(period.begin(), period.end(), size_t(0), [](size_t sum, const Reflection* r) { return sum + r->Text.size(); }));
    const auto written = [](const std::vector<std::string>& items) {
        return std::any_of(items.begin(), items.end(), [](const std::string& s) { return !TrimSpace(s).empty(); });
    };
    for (const Reflection* reflection : period)
    {
        scanner.AddEntry(*reflection);
        themes.Lists[size_t(ThemeSource::Loved)].EntriesWithSource += written(reflection->Loved) ? 1 : 0;
        themes.Lists[size_t(ThemeSource::Disliked)].EntriesWithSource += written(reflection->Disliked) ? 1 : 0;
        themes.Lists[size_t(ThemeSource::Text)].EntriesWithSource += TrimSpace(reflection->Text).empty() ? 0 : 1;
    }
    for (size_t source = 0; source < kSources; source++)
    {
        themes.Lists[source].Words = scanner.Words(ThemeSource(source), options);
        themes.Lists[source].Phrases = scanner.Phrases(ThemeSource(source), options);
    }
    themes.Tags = CountTags(period, options);
    themes.HighEnergy = scanner.EnergyLinks([&](int energy) { return energy >= options.HighEnergy; }, options);
    themes.LowEnergy = scanner.EnergyLinks([&](int energy) { return energy <= options.LowEnergy; }, options);
    return themes;
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

WeeklyReview ReviewWeek(const Workspace& workspace, Date day, const WeeklyReviewOptions& options)
{
    WeeklyReview review;
    review.First = WeekStart(day);
    review.Last = AddDays(review.First, 6);
    const int weeks = std::max(1, options.PreviousWeeks);
    ThemeOptions every;
    every.MinEntries = 1;
    every.MaxWords = SIZE_MAX;
    every.MaxPhrases = 0;
    const Themes week = ExtractThemes(workspace, review.First, review.Last, every);
    const Themes before = ExtractThemes(workspace, AddDays(review.First, -7 * weeks), AddDays(review.First, -1), every);
    review.Entries = week.Reflections;
    review.PreviousEntries = before.Reflections;
    review.Loved = CompareWeeks(week.Of(ThemeSource::Loved).Words, before.Of(ThemeSource::Loved).Words, weeks, options.Top);
    review.Disliked = CompareWeeks(week.Of(ThemeSource::Disliked).Words, before.Of(ThemeSource::Disliked).Words, weeks, options.Top);
    return review;
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

PlanProgress PlanProgressBetween(const Workspace& workspace, Date first, Date last)
{
    PlanProgress progress;
    progress.MilestonesPerMonth = MonthsBetween(first, last);
    std::array<std::vector<int>, size_t(ActivityType::COUNT)> days_by_type;
    std::array<int, size_t(ActivityType::COUNT)> done_by_type{};
    std::array<std::vector<const PlanActivity*>, size_t(Motivation::COUNT)> rated_by_kind;
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
    std::stable_sort(progress.DoneByType.begin(), progress.DoneByType.end(),
                     [](const ActivityTypeStats& a, const ActivityTypeStats& b) { return a.Completed > b.Completed; });
    progress.MedianDaysToDone = Median(all_days);

    for (size_t kind = 0; kind < rated_by_kind.size(); kind++)
    {
        std::vector<const PlanActivity*>& rated = rated_by_kind[kind];
        if (rated.empty())
            continue;
        std::stable_sort(rated.begin(), rated.end(), [](const PlanActivity* a, const PlanActivity* b) {
            if (a->Usefulness != b->Usefulness)
                return a->Usefulness > b->Usefulness;
            return a->Title < b->Title;
        });
        const int sum = std::accumulate(rated.begin(), rated.end(), 0, [](int total, const PlanActivity* a) { return total + a->Usefulness; });
        progress.UsefulnessByGoalKind.push_back(KindUsefulness{ Motivation(kind), double(sum) / rated.size(), rated });
    }
    std::stable_sort(progress.UsefulnessByGoalKind.begin(), progress.UsefulnessByGoalKind.end(),
                     [](const KindUsefulness& a, const KindUsefulness& b) { return a.Average > b.Average; });
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
    std::stable_sort(completion.ByType.begin(), completion.ByType.end(),
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
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.Gap.Gap != b.Gap.Gap)
            return a.Gap.Gap > b.Gap.Gap;
        return a.Name < b.Name;
    });
    std::vector<SkillLevelGap> gaps;
    for (const Row& row : rows)
        gaps.push_back(row.Gap);
    return gaps;
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

static std::string Counted(int count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

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
    if (links.Themes.empty())
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
