#include "soft_wrap.h"

#include <algorithm>

#include "core/text_fold.h"

namespace {

// The code point at `text[i]` (one byte for ASCII and for a malformed sequence), and its length.
unsigned int DecodeAt(std::string_view text, size_t i, size_t* length)
{
    char32_t c = 0;
    *length = trellis::DecodeUtf8(text, i, &c);
    if (*length == 0)
    {
        *length = 1;
        return static_cast<unsigned char>(text[i]);
    }
    return static_cast<unsigned int>(c);
}

} // namespace

std::string SoftWrap(std::string_view text, float width, const GlyphAdvances& advances, std::vector<WrappedLine>* lines)
{
    std::string shown(text);
    if (lines)
        lines->clear();
    const float space = advances.Of(' ');
    size_t line_begin = 0;
    float x = 0.0f;             // the line up to the end of its last word
    float spaces = 0.0f;        // the spaces after that word, not counted until a word follows them
    bool has_word = false;
    const auto end_line = [&](size_t end, size_t next) {
        if (lines)
            lines->push_back(WrappedLine{static_cast<int>(line_begin), static_cast<int>(end), x});
        line_begin = next;
        x = spaces = 0.0f;
        has_word = false;
    };
    for (size_t i = 0; i < text.size();)
    {
        if (text[i] == '\n')
        {
            end_line(i, i + 1);
            i++;
            continue;
        }
        if (text[i] == ' ')
        {
            spaces += space;
            i++;
            continue;
        }
        float word = 0.0f;
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n')
        {
            size_t length = 1;
            word += advances.Of(DecodeAt(text, j, &length));
            j += length;
        }
        if (has_word && x + spaces + word > width)
        {
            // A word follows every space run but the first one of a paragraph, so text[i - 1] is
            // the last space before this word: the break takes its place, and the spaces before it
            // stay at the end of the line, where they take no room.
            shown[i - 1] = '\n';
            end_line(i - 1, i);
            x = word;
        }
        else
        {
            x += spaces + word;
        }
        spaces = 0.0f;
        has_word = true;
        i = j;
    }
    end_line(text.size(), text.size());
    return shown;
}

std::string RealAfterEdit(std::string_view real, std::string_view before, std::string_view after, int cursor)
{
    // The edit replaced one run of `before` with one of `after`: what both begin and end with is
    // left alone. An edit happens at the cursor, which ends after what it inserted, so the common
    // beginning is cut short there; that decides which of two equal characters was typed (a break
    // typed at the end of a line goes before that line's soft break, not after it).
    const size_t shorter = std::min(before.size(), after.size());
    size_t head = 0;
    while (head < shorter && before[head] == after[head])
        head++;
    const long long inserted = static_cast<long long>(after.size()) - static_cast<long long>(before.size());
    head = std::min<size_t>(head, static_cast<size_t>(std::max<long long>(0, cursor - std::max<long long>(0, inserted))));
    size_t tail = 0;
    while (tail < shorter - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        tail++;
    std::string out;
    out.reserve(after.size());
    out.append(real.substr(0, head));
    out.append(after.substr(head, after.size() - tail - head));
    out.append(real.substr(real.size() - tail));
    return out;
}
