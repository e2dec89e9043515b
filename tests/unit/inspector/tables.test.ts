import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../scripts/generate-unicode-tables.mjs';
import { englishName } from '../../../src/inspector/englishName.ts';
import { homoglyphs } from '../../../src/inspector/homoglyphs.ts';
import { namedCharacters } from '../../../src/inspector/namedCharacters.ts';
import { digitRuns, invisibleRanges, letterRuns } from '../../../src/inspector/unicodeTables.ts';

// White_Space in PropList.txt (JavaScript's \s differs: it has U+FEFF, lacks U+0085).
const whiteSpace = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const isFullwidth = (cp: number): boolean => cp >= 0xff01 && cp <= 0xff5e;
const within = (rows: ReadonlyArray<readonly [number, number, ...unknown[]]>, cp: number): boolean =>
  rows.some(([first, last]) => cp >= first && cp <= last);
const sortedApart = (rows: ReadonlyArray<readonly [number, number, ...unknown[]]>): void => {
  for (const [k, [first, last]] of rows.entries()) {
    expect(last).toBeGreaterThanOrEqual(first);
    if (k > 0) expect(first).toBeGreaterThan(rows[k - 1]![1]);
  }
};

describe('generated tables (unicodeTables.ts)', () => {
  it('are exactly what the script makes from the pinned Unicode data', () => {
    const committed = readFileSync(new URL('../../../src/inspector/unicodeTables.ts', import.meta.url), 'utf8');
    expect(committed === generate(), 'run node scripts/generate-unicode-tables.mjs').toBe(true);
  });
  it('are sorted, without overlaps, and apart from each other and from full-width ASCII', () => {
    sortedApart(digitRuns);
    sortedApart(letterRuns);
    sortedApart(invisibleRanges);
    for (const [first, last] of [...digitRuns, ...letterRuns]) {
      expect(first).toBeGreaterThan(0x7f);
      expect(isFullwidth(first) || isFullwidth(last)).toBe(false);
      expect(within(invisibleRanges, first) || within(invisibleRanges, last)).toBe(false);
    }
    for (const [first] of letterRuns) expect(within(digitRuns, first)).toBe(false);
  });
  it('give each digit a value 0-9 and each letter one ASCII letter or digit', () => {
    for (const [first, last, value, style] of digitRuns) {
      expect(value + last - first).toBeLessThanOrEqual(9);
      expect(style).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    for (const [first, last, ascii] of letterRuns) {
      expect(String.fromCharCode(ascii.charCodeAt(0) + last - first)).toMatch(/^[A-Za-z0-9]$/);
      expect(ascii).toMatch(/^[A-Za-z0-9]$/);
    }
  });
  it('agree with the keyboard lookalikes the site check and the glyph fonts use (homoglyphs.ts)', () => {
    const fromTables = new Map<number, string>();
    for (const [first, last, ascii] of letterRuns) {
      for (let cp = first; cp <= last; cp++) fromTables.set(cp, String.fromCharCode(ascii.charCodeAt(0) + cp - first));
    }
    for (const [cp, looksLike] of homoglyphs) expect([cp, fromTables.get(cp)]).toEqual([cp, looksLike]);
  });
});

describe('named characters', () => {
  it('are sorted by code point, one row each', () => {
    for (let k = 1; k < namedCharacters.length; k++) expect(namedCharacters[k]![0]).toBeGreaterThan(namedCharacters[k - 1]![0]);
  });
  it('name white space as White_Space, and invisibles as format or control characters', () => {
    for (const [cp, id, cls] of namedCharacters) {
      const ch = String.fromCodePoint(cp);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (cls === 'space') expect(whiteSpace).toContain(cp);
      if (cls === 'invisible') expect(/\p{Cf}|\p{Cc}|\p{Default_Ignorable_Code_Point}/u.test(ch)).toBe(true);
      expect(englishName({ key: 'named', id })).not.toBe('');
    }
  });
  it('cover every White_Space character', () => {
    const spaces = namedCharacters.filter(([, , cls]) => cls === 'space').map(([cp]) => cp);
    expect(spaces).toEqual(whiteSpace);
  });
  it('are none of the generated digits and letters', () => {
    for (const [cp] of namedCharacters) expect(within(digitRuns, cp) || within(letterRuns, cp), `U+${cp.toString(16)}`).toBe(false);
  });
});
