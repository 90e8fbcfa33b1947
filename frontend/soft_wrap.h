// Word wrapping for a multi-line text field that ImGui edits as it is (1.90.1's multiline input
// does not wrap). The field holds the text "shown": the person's text with the space at each wrap
// point turned into a line break. A soft break takes the place of a space, so the shown text is as
// long as the real one, byte for byte, and every cursor position, selection and IME composition
// means the same in both; the real text is the shown one with its soft breaks turned back into
// spaces. A word wider than the whole line is not cut: it runs past the edge.
//
// No ImGui here: the glyph widths come in as a table, so this is tested on its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct GlyphAdvances
{
    const float*    Table = nullptr;    // by code point, as ImFont::IndexAdvanceX
    int             Size = 0;
    float           Fallback = 0.0f;    // for code points past the table
    float           Scale = 1.0f;       // the drawn size over the font's baked size

    float           Of(unsigned int codepoint) const
    {
        return (static_cast<int>(codepoint) < Size ? Table[codepoint] : Fallback) * Scale;
    }
};

struct WrappedLine
{
    int     Begin = 0;      // bytes [Begin, End) of the text, its break left out
    int     End = 0;
    float   Width = 0.0f;   // of its words, trailing spaces left out
};

// `text` wrapped at `width`: the shown text, with `lines` (when not null) each line of it.
std::string SoftWrap(std::string_view text, float width, const GlyphAdvances& advances, std::vector<WrappedLine>* lines);

// After an edit turned the shown text `before` (of the real text `real`) into `after`, with the
// cursor now at byte `cursor`: the new real text. What the edit typed or pasted is taken as written
// (a line break typed is a real one); the soft breaks it left alone are spaces again.
std::string RealAfterEdit(std::string_view real, std::string_view before, std::string_view after, int cursor);
