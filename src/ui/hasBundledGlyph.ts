import { GLYPH_FONTS } from './glyphFonts';

// Kept apart from the font table, which the content script loads on every
// USCIS page: only a drawn glyph needs the parsed ranges.

/** The code point ranges of a CSS unicode-range ("U+0400-045F, U+0490"). */
export function parseUnicodeRange(range: string): Array<readonly [first: number, last: number]> {
  return range.split(',').map((part) => {
    const [first = '', last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first, 16), parseInt(last, 16)] as const;
  });
}

const covered = GLYPH_FONTS.flatMap((font) => parseUnicodeRange(font.unicodeRange));

/** A bundled font draws this code point. */
export function hasBundledGlyph(cp: number): boolean {
  return covered.some(([first, last]) => cp >= first && cp <= last);
}
