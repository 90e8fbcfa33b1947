// Folding text so that a search ignores case and accents, without the C library's locale (which
// differs between the desktop and the browser) and without a Unicode library.
//
// Folding lower-cases ASCII, Latin (Latin-1, Extended-A, the Vietnamese and Romanian letters),
// fullwidth Latin, Greek and Cyrillic; strips Latin and Greek accents (é → e, Å → a, ά → α,
// ё → е); expands ligatures (ß → ss, æ → ae, œ → oe); and drops combining marks, Hebrew and Arabic
// vowel points, and emoji variation selectors. Every other character (CJK, emoji, Arabic and
// Hebrew letters) is kept as it is. Bytes that are not valid UTF-8 are kept as they are.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trellis {

std::string FoldForSearch(std::string_view utf8);

// The folded text and where each of its bytes came from, to point at a match in the original.
struct FoldedText
{
    std::string             Text;
    std::vector<uint32_t>   SourceOffsets;  // per byte of Text: where its character starts in the input;
                                            // one more entry at the end, the input's size
};

FoldedText FoldWithOffsets(std::string_view utf8);

// The code point starting at `pos` and its length in bytes; length 0 when the bytes there are not
// valid UTF-8 (shared with the theme tokeniser, which splits words without folding them first).
size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* out);

} // namespace trellis
