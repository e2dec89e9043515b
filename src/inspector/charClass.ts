// How the inspector treats one code point. classify() packs a class and, for
// classes with a certain ASCII equivalent, that ASCII code: class * 128 + code.
export const UPPER = 1; // A-Z
export const LOWER = 2; // a-z
export const DIGIT = 3; // 0-9
export const SPACE = 4; // Unicode White_Space
export const INVISIBLE = 5; // controls, format characters, lone surrogates
export const PUNCTUATION = 6; // ASCII symbols and named typographic punctuation
export const FULLWIDTH = 7; // U+FF01-FF5E, code = the ASCII character
export const OTHER_DIGIT = 8; // digits.ts, code = the ASCII digit
export const HOMOGLYPH = 9; // homoglyphs.ts, code = the ASCII lookalike
export const NON_ASCII = 10; // everything else

// Which certain fixes rewrite() applies, one bit each. FULLWIDTH, OTHER_DIGIT
// and HOMOGLYPH are 1 << (class - 3).
export const FIX_LEADING = 1;
export const FIX_TRAILING = 2;
export const FIX_INNER = 4;
export const FIX_INVISIBLE = 8;
export const FIX_MAPPED = 16 | 32 | 64; // full-width, other digit, homoglyph
export const FIX_DASH = 128; // receipt number: dashes dropped
export const FIX_CASE = 256; // receipt number: letters uppercased
export const FIX_RECEIPT = 512; // receipt number: receipt-fix corrections
export const FIX_ACCESS_CODE = 127; // every certain fix for an access code
