// What a character's script alone says about the keyboard or input method
// that typed it, for characters that arrive without a key event that names
// the physical key (on-screen keyboards, voice, dead keys). Ranges from the
// Unicode blocks (Blocks.txt). A script that many languages share (Cyrillic,
// Latin) names no language, except a letter only one of them has.

export interface ScriptFacts {
  /** Typed with a Chinese, Japanese or Korean input method (or its full-width mode). */
  ime: boolean;
  language?: string;
}

// [first, last, ime, language]; sorted by first.
const RANGES: ReadonlyArray<readonly [number, number, boolean, string | undefined]> = [
  [0x0370, 0x03ff, false, 'el'], // Greek and Coptic
  [0x0400, 0x052f, false, undefined], // Cyrillic, Cyrillic Supplement: Russian, Ukrainian, Bulgarian, Serbian ...
  [0x0530, 0x058f, false, 'hy'], // Armenian
  [0x0590, 0x05ff, false, 'he'], // Hebrew
  [0x0600, 0x06ff, false, 'ar'], // Arabic (Persian letters below)
  [0x0900, 0x097f, false, 'hi'], // Devanagari
  [0x0e00, 0x0e7f, false, 'th'], // Thai
  [0x10a0, 0x10ff, false, 'ka'], // Georgian
  [0x1100, 0x11ff, true, 'ko'], // Hangul Jamo
  [0x13a0, 0x13ff, false, 'chr'], // Cherokee
  [0x1f00, 0x1fff, false, 'el'], // Greek Extended
  [0x3000, 0x303f, true, undefined], // CJK Symbols and Punctuation (ideographic space)
  [0x3040, 0x30ff, true, 'ja'], // Hiragana, Katakana
  [0x3130, 0x318f, true, 'ko'], // Hangul Compatibility Jamo
  [0x31f0, 0x31ff, true, 'ja'], // Katakana Phonetic Extensions
  [0x3400, 0x4dbf, true, 'zh'], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff, true, 'zh'], // CJK Unified Ideographs (Japanese kanji too: a kana nearby says ja)
  [0xac00, 0xd7af, true, 'ko'], // Hangul Syllables
  [0xff00, 0xffef, true, undefined], // Halfwidth and Fullwidth Forms (full-width ３, Ａ)
];

// Letters that only one language's keyboard types.
const ONLY: Readonly<Record<string, string>> = {
  'ї': 'uk', 'є': 'uk', 'ґ': 'uk', // Ukrainian
  'ў': 'be', // Belarusian
  'ђ': 'sr-Cyrl', 'ћ': 'sr-Cyrl', // Serbian
  'ѓ': 'mk', 'ќ': 'mk', // Macedonian
  'پ': 'fa', 'چ': 'fa', 'ژ': 'fa', 'گ': 'fa', 'ک': 'fa', 'ی': 'fa', // Persian letters (Arabic has none of them)
  'ı': 'tr', 'ğ': 'tr', // Turkish
};

/** The facts a non-ASCII character's script gives; undefined for ASCII. */
export function scriptLanguage(char: string): ScriptFacts | undefined {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x80) return undefined;
  const lower = char.toLowerCase();
  if (ONLY[lower]) return { ime: false, language: ONLY[lower] };
  if (cp >= 0x06f0 && cp <= 0x06f9) return { ime: false, language: 'fa' }; // Persian digits
  for (const [first, last, ime, language] of RANGES) {
    if (cp < first) break;
    if (cp <= last) return language === undefined ? { ime } : { ime, language };
  }
  return { ime: false };
}
