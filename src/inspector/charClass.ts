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
