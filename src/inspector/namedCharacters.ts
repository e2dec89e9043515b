import type { CharClass } from './charClass.ts';

// Characters a person cannot tell apart by looking, so they get a name the UI
// can translate (ids are locale keys). One code point a row, sorted. Names
// follow the Unicode character names (UnicodeData.txt), lowercased.
// The class (charClass.ts) says how the inspector treats the character:
// 'space' is Unicode White_Space (PropList.txt), 'invisible' a format or control
// character (Cf/Cc), 'punctuation' what people type between groups of a code
// (dashes, quotes, dots, slashes, asterisks ...).
export const namedCharacters: ReadonlyArray<readonly [codePoint: number, id: string, cls: CharClass]> = [
  [0x0009, 'tab', 'space'], // U+0009 CHARACTER TABULATION
  [0x000A, 'line-feed', 'space'], // U+000A LINE FEED
  [0x000B, 'line-tabulation', 'space'], // U+000B LINE TABULATION
  [0x000C, 'form-feed', 'space'], // U+000C FORM FEED
  [0x000D, 'carriage-return', 'space'], // U+000D CARRIAGE RETURN
  [0x0020, 'space', 'space'], // U+0020 SPACE
  [0x0021, 'exclamation-mark', 'punctuation'], // U+0021 (!)
  [0x0022, 'quotation-mark', 'punctuation'], // U+0022 (")
  [0x0023, 'number-sign', 'punctuation'], // U+0023 (#)
  [0x0024, 'dollar-sign', 'punctuation'], // U+0024 ($)
  [0x0025, 'percent-sign', 'punctuation'], // U+0025 (%)
  [0x0026, 'ampersand', 'punctuation'], // U+0026 (&)
  [0x0027, 'apostrophe', 'punctuation'], // U+0027 (')
  [0x0028, 'left-parenthesis', 'punctuation'], // U+0028 (()
  [0x0029, 'right-parenthesis', 'punctuation'], // U+0029 ())
  [0x002A, 'asterisk', 'punctuation'], // U+002A (*)
  [0x002B, 'plus-sign', 'punctuation'], // U+002B (+)
  [0x002C, 'comma', 'punctuation'], // U+002C (,)
  [0x002D, 'hyphen-minus', 'punctuation'], // U+002D (-)
  [0x002E, 'full-stop', 'punctuation'], // U+002E (.)
  [0x002F, 'solidus', 'punctuation'], // U+002F (/)
  [0x003A, 'colon', 'punctuation'], // U+003A (:)
  [0x003B, 'semicolon', 'punctuation'], // U+003B (;)
  [0x003C, 'less-than-sign', 'punctuation'], // U+003C (<)
  [0x003D, 'equals-sign', 'punctuation'], // U+003D (=)
  [0x003E, 'greater-than-sign', 'punctuation'], // U+003E (>)
  [0x003F, 'question-mark', 'punctuation'], // U+003F (?)
  [0x0040, 'commercial-at', 'punctuation'], // U+0040 (@)
  [0x005B, 'left-square-bracket', 'punctuation'], // U+005B ([)
  [0x005C, 'reverse-solidus', 'punctuation'], // U+005C (\)
  [0x005D, 'right-square-bracket', 'punctuation'], // U+005D (])
  [0x005E, 'circumflex-accent', 'punctuation'], // U+005E (^)
  [0x005F, 'low-line', 'punctuation'], // U+005F (_)
  [0x0060, 'grave-accent', 'punctuation'], // U+0060 (`)
  [0x007B, 'left-curly-bracket', 'punctuation'], // U+007B ({)
  [0x007C, 'vertical-line', 'punctuation'], // U+007C (|)
  [0x007D, 'right-curly-bracket', 'punctuation'], // U+007D (})
  [0x007E, 'tilde', 'punctuation'], // U+007E (~)
  [0x0085, 'next-line', 'space'], // U+0085 NEXT LINE (NEL)
  [0x00A0, 'no-break-space', 'space'], // U+00A0 NO-BREAK SPACE
  [0x00AB, 'left-guillemet', 'punctuation'], // U+00AB («) LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x00AD, 'soft-hyphen', 'invisible'], // U+00AD SOFT HYPHEN
  [0x00B7, 'middle-dot', 'punctuation'], // U+00B7 (·) MIDDLE DOT
  [0x00BB, 'right-guillemet', 'punctuation'], // U+00BB (») RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x034F, 'combining-grapheme-joiner', 'invisible'], // U+034F COMBINING GRAPHEME JOINER
  [0x061C, 'arabic-letter-mark', 'invisible'], // U+061C ARABIC LETTER MARK
  [0x115F, 'hangul-filler', 'invisible'], // U+115F HANGUL CHOSEONG FILLER
  [0x1160, 'hangul-filler', 'invisible'], // U+1160 HANGUL JUNGSEONG FILLER
  [0x1680, 'ogham-space-mark', 'space'], // U+1680 OGHAM SPACE MARK
  [0x180E, 'mongolian-vowel-separator', 'invisible'], // U+180E MONGOLIAN VOWEL SEPARATOR
  [0x2000, 'en-quad', 'space'], // U+2000 EN QUAD
  [0x2001, 'em-quad', 'space'], // U+2001 EM QUAD
  [0x2002, 'en-space', 'space'], // U+2002 EN SPACE
  [0x2003, 'em-space', 'space'], // U+2003 EM SPACE
  [0x2004, 'three-per-em-space', 'space'], // U+2004 THREE-PER-EM SPACE
  [0x2005, 'four-per-em-space', 'space'], // U+2005 FOUR-PER-EM SPACE
  [0x2006, 'six-per-em-space', 'space'], // U+2006 SIX-PER-EM SPACE
  [0x2007, 'figure-space', 'space'], // U+2007 FIGURE SPACE
  [0x2008, 'punctuation-space', 'space'], // U+2008 PUNCTUATION SPACE
  [0x2009, 'thin-space', 'space'], // U+2009 THIN SPACE
  [0x200A, 'hair-space', 'space'], // U+200A HAIR SPACE
  [0x200B, 'zero-width-space', 'invisible'], // U+200B ZERO WIDTH SPACE
  [0x200C, 'zero-width-non-joiner', 'invisible'], // U+200C ZERO WIDTH NON-JOINER
  [0x200D, 'zero-width-joiner', 'invisible'], // U+200D ZERO WIDTH JOINER
  [0x200E, 'left-to-right-mark', 'invisible'], // U+200E LEFT-TO-RIGHT MARK
  [0x200F, 'right-to-left-mark', 'invisible'], // U+200F RIGHT-TO-LEFT MARK
  [0x2010, 'hyphen', 'punctuation'], // U+2010 (‐) HYPHEN
  [0x2011, 'non-breaking-hyphen', 'punctuation'], // U+2011 (‑) NON-BREAKING HYPHEN
  [0x2012, 'figure-dash', 'punctuation'], // U+2012 (‒) FIGURE DASH
  [0x2013, 'en-dash', 'punctuation'], // U+2013 (–) EN DASH
  [0x2014, 'em-dash', 'punctuation'], // U+2014 (—) EM DASH
  [0x2015, 'horizontal-bar', 'punctuation'], // U+2015 (―) HORIZONTAL BAR
  [0x2018, 'left-single-quotation-mark', 'punctuation'], // U+2018 (‘)
  [0x2019, 'right-single-quotation-mark', 'punctuation'], // U+2019 (’)
  [0x201A, 'single-low-quotation-mark', 'punctuation'], // U+201A (‚) SINGLE LOW-9 QUOTATION MARK
  [0x201C, 'left-double-quotation-mark', 'punctuation'], // U+201C (“)
  [0x201D, 'right-double-quotation-mark', 'punctuation'], // U+201D (”)
  [0x201E, 'double-low-quotation-mark', 'punctuation'], // U+201E („) DOUBLE LOW-9 QUOTATION MARK
  [0x2022, 'bullet', 'punctuation'], // U+2022 (•) BULLET
  [0x2024, 'one-dot-leader', 'punctuation'], // U+2024 (․) ONE DOT LEADER
  [0x2026, 'horizontal-ellipsis', 'punctuation'], // U+2026 (…) HORIZONTAL ELLIPSIS
  [0x2027, 'hyphenation-point', 'punctuation'], // U+2027 (‧) HYPHENATION POINT
  [0x2028, 'line-separator', 'space'], // U+2028 LINE SEPARATOR
  [0x2029, 'paragraph-separator', 'space'], // U+2029 PARAGRAPH SEPARATOR
  [0x202A, 'left-to-right-embedding', 'invisible'], // U+202A LEFT-TO-RIGHT EMBEDDING
  [0x202B, 'right-to-left-embedding', 'invisible'], // U+202B RIGHT-TO-LEFT EMBEDDING
  [0x202C, 'pop-directional-formatting', 'invisible'], // U+202C POP DIRECTIONAL FORMATTING
  [0x202D, 'left-to-right-override', 'invisible'], // U+202D LEFT-TO-RIGHT OVERRIDE
  [0x202E, 'right-to-left-override', 'invisible'], // U+202E RIGHT-TO-LEFT OVERRIDE
  [0x202F, 'narrow-no-break-space', 'space'], // U+202F NARROW NO-BREAK SPACE
  [0x2032, 'prime', 'punctuation'], // U+2032 (′) PRIME
  [0x2033, 'double-prime', 'punctuation'], // U+2033 (″) DOUBLE PRIME
  [0x2039, 'left-angle-quotation-mark', 'punctuation'], // U+2039 (‹) SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  [0x203A, 'right-angle-quotation-mark', 'punctuation'], // U+203A (›) SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  [0x2044, 'fraction-slash', 'punctuation'], // U+2044 (⁄) FRACTION SLASH
  [0x204E, 'low-asterisk', 'punctuation'], // U+204E (⁎) LOW ASTERISK
  [0x205F, 'medium-mathematical-space', 'space'], // U+205F MEDIUM MATHEMATICAL SPACE
  [0x2060, 'word-joiner', 'invisible'], // U+2060 WORD JOINER
  [0x2061, 'function-application', 'invisible'], // U+2061 FUNCTION APPLICATION
  [0x2062, 'invisible-times', 'invisible'], // U+2062 INVISIBLE TIMES
  [0x2063, 'invisible-separator', 'invisible'], // U+2063 INVISIBLE SEPARATOR
  [0x2064, 'invisible-plus', 'invisible'], // U+2064 INVISIBLE PLUS
  [0x2066, 'left-to-right-isolate', 'invisible'], // U+2066 LEFT-TO-RIGHT ISOLATE
  [0x2067, 'right-to-left-isolate', 'invisible'], // U+2067 RIGHT-TO-LEFT ISOLATE
  [0x2068, 'first-strong-isolate', 'invisible'], // U+2068 FIRST STRONG ISOLATE
  [0x2069, 'pop-directional-isolate', 'invisible'], // U+2069 POP DIRECTIONAL ISOLATE
  [0x2212, 'minus-sign', 'punctuation'], // U+2212 (−) MINUS SIGN
  [0x2215, 'division-slash', 'punctuation'], // U+2215 (∕) DIVISION SLASH
  [0x2217, 'asterisk-operator', 'punctuation'], // U+2217 (∗) ASTERISK OPERATOR
  [0x2219, 'bullet-operator', 'punctuation'], // U+2219 (∙) BULLET OPERATOR
  [0x3000, 'ideographic-space', 'space'], // U+3000 IDEOGRAPHIC SPACE
  [0x3002, 'ideographic-full-stop', 'punctuation'], // U+3002 (。) IDEOGRAPHIC FULL STOP
  [0x30FB, 'katakana-middle-dot', 'punctuation'], // U+30FB (・) KATAKANA MIDDLE DOT
  [0x3164, 'hangul-filler', 'invisible'], // U+3164 HANGUL FILLER
  [0xFE58, 'small-em-dash', 'punctuation'], // U+FE58 (﹘) SMALL EM DASH
  [0xFE63, 'small-hyphen-minus', 'punctuation'], // U+FE63 (﹣) SMALL HYPHEN-MINUS
  [0xFEFF, 'byte-order-mark', 'invisible'], // U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)
  [0xFFA0, 'hangul-filler', 'invisible'], // U+FFA0 HALFWIDTH HANGUL FILLER
];
