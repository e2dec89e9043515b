import { digits } from './digits.ts';
import { homoglyphs } from './homoglyphs.ts';
import { invisibleRanges } from './invisibleRanges.ts';
import { namedCharacters } from './namedCharacters.ts';
import {
  DIGIT, FULLWIDTH, HOMOGLYPH, INVISIBLE, LOWER, NON_ASCII, OTHER_DIGIT, UPPER,
} from './charClass.ts';

// ASCII is answered from an array; the rest from one Map built once from the
// tables, so the hot loop does a single lookup per character.
const ascii = new Uint16Array(128).fill(INVISIBLE * 128);
const table = new Map<number, number>();
for (let c = 0x30; c <= 0x39; c++) ascii[c] = DIGIT * 128 + c;
for (let c = 0x41; c <= 0x5a; c++) ascii[c] = UPPER * 128 + c;
for (let c = 0x61; c <= 0x7a; c++) ascii[c] = LOWER * 128 + c;
for (const [cp, , cls] of namedCharacters) {
  if (cp < 128) ascii[cp] = cls * 128;
  else table.set(cp, cls * 128);
}
for (const [first, last, value] of digits) {
  for (let cp = first; cp <= last; cp++) table.set(cp, OTHER_DIGIT * 128 + 0x30 + value + cp - first);
}
for (const [cp, looksLike] of homoglyphs) table.set(cp, HOMOGLYPH * 128 + looksLike.charCodeAt(0));

/** The packed class of a code point (see charClass.ts); lone surrogates are invisible. */
export function classify(cp: number): number {
  if (cp < 128) return ascii[cp]!;
  const known = table.get(cp);
  if (known !== undefined) return known;
  if (cp >= 0xff01 && cp <= 0xff5e) return FULLWIDTH * 128 + cp - 0xfee0;
  if (cp >= 0xd800 && cp <= 0xdfff) return INVISIBLE * 128;
  for (const [first, last] of invisibleRanges) {
    if (cp < first) break;
    if (cp <= last) return INVISIBLE * 128;
  }
  return NON_ASCII * 128;
}
