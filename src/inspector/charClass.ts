/**
 * How the inspector treats one code point (classify.ts):
 * - upper, lower, digit: ASCII A-Z, a-z, 0-9
 * - space: Unicode White_Space
 * - invisible: controls, format characters, default-ignorables, blank-looking characters (Braille blank), lone surrogates
 * - punctuation: ASCII symbols and named typographic punctuation
 * - fullwidth: U+FF01-FF5E, standing for an ASCII character
 * - other-digit: a digit of another system or a styled digit (unicodeTables.ts)
 * - homoglyph: a letter or sign that stands for one ASCII letter or digit (unicodeTables.ts)
 * - non-ascii: everything else
 */
export type CharClass =
  | 'upper' | 'lower' | 'digit' | 'space' | 'invisible' | 'punctuation'
  | 'fullwidth' | 'other-digit' | 'homoglyph' | 'non-ascii';

/** A code point's class and the ASCII character it certainly stands for. */
export interface Classified {
  readonly cls: CharClass;
  /** The character itself for ASCII, the ASCII meant for fullwidth, other-digit and homoglyph; else ''. */
  readonly ascii: string;
}
