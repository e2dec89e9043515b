import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homoglyphs } from '@/src/inspector/homoglyphs';
import { GLYPH_FONTS } from '@/src/ui/glyphFonts';
import { hasBundledGlyph, parseUnicodeRange } from '@/src/ui/hasBundledGlyph';

const root = new URL('../../../', import.meta.url);
const css = readFileSync(new URL('src/ui/font.css', root), 'utf8');

describe('glyph fonts', () => {
  it('font.css declares every file with the same unicode-range as the page panel', () => {
    const declared = [...css.matchAll(/src: url\('([^']+)'\)[^;]*;(?:\s*unicode-range: ([^;]+);)?/g)].map(([, url, range]) => [url, range ?? null]);
    expect(declared).toEqual(GLYPH_FONTS.map((f) => [f.path, f.lazy ? f.unicodeRange : null]));
  });

  it('ships each file small, with its licence beside it', () => {
    for (const font of GLYPH_FONTS) expect(statSync(new URL(`public${font.path}`, root)).size).toBeLessThan(11_000);
    for (const licence of ['OFL.txt', 'OFL-noto-sans-mono.txt', 'OFL-noto-sans-armenian.txt'])
      expect(readFileSync(new URL(`public/fonts/${licence}`, root), 'utf8')).toContain('SIL Open Font License, Version 1.1');
  });

  it('reads a unicode-range', () => {
    // A range and a single code point.
    expect(parseUnicodeRange('U+0400-045F, U+A644')).toEqual([[0x400, 0x45f], [0xa644, 0xa644]]);
  });

  const cases: Array<[string, number, boolean]> = [
    ['capital O (Atkinson)', 0x004f, true],
    ['Cyrillic capital O (Noto Sans Mono)', 0x041e, true],
    ['Greek capital omicron (Noto Sans Mono)', 0x039f, true],
    ['Cyrillic capital Komi DZJE, a lookalike of d (cut Noto Sans Mono)', 0x0501, true],
    ['Armenian capital OH (cut Noto Sans Armenian)', 0x0555, true],
    ['full-width seven: no bundled font, the browser is asked', 0xff17, false],
    ['Cherokee A: no bundled font, the browser is asked', 0x13a0, false],
  ];
  it.each(cases)('%s', (_, cp, expected) => {
    expect(hasBundledGlyph(cp)).toBe(expected);
  });

  it('covers every lookalike letter but Cherokee (no Cherokee font is bundled: the browser decides)', () => {
    const uncovered = homoglyphs.map(([cp]) => cp).filter((cp) => !hasBundledGlyph(cp) && !(cp >= 0x13a0 && cp <= 0x13ff));
    expect(uncovered.map((cp) => cp.toString(16))).toEqual([]);
  });
});
