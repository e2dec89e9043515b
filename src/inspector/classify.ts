import type { CharClass, Classified } from './charClass.ts';
import { lookalikes } from './lookalikes.ts';
import { namedCharacters } from './namedCharacters.ts';
import { digitRuns, invisibleRanges, letterRuns } from './unicodeTables.ts';

/** What the inspector's rules ask of a character, worked out once per code point class. */
export interface CharFacts extends Classified {
  /** fullwidth, other-digit or homoglyph: has a certain ASCII form. */
  readonly mapped: boolean;
  /** Its ASCII form is a dash or hyphen (a receipt number is typed without them). */
  readonly dash: boolean;
  /** A mark: punctuation itself, or a full-width form of one. */
  readonly mark: boolean;
  /** Its ASCII form is a small letter a-z. */
  readonly small: boolean;
  /** Its ASCII form is one of the lookalikes (0 O o 1 I l 5 S 2 Z 8 B). */
  readonly lookalike: boolean;
  /** An ASCII capital or digit that is no lookalike: raises nothing by itself. */
  readonly quiet: boolean;
}

// The invisible ranges' bounds in two flat arrays, searched by halves (a paste
// of other scripts looks up every character that is in no table).
const firsts = Uint32Array.from(invisibleRanges, ([first]) => first);
const lasts = Uint32Array.from(invisibleRanges, ([, last]) => last);
function isInvisible(cp: number): boolean {
  let low = 0;
  let high = firsts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cp < firsts[mid]!) high = mid - 1;
    else if (cp > lasts[mid]!) low = mid + 1;
    else return true;
  }
  return false;
}

// Every answer is built once here and shared, so the hot loop allocates
// nothing: ASCII from an array, the rest from one Map built from the tables.
function of(cls: CharClass, ascii = '', cp = -1): CharFacts {
  const mapped = cls === 'fullwidth' || cls === 'other-digit' || cls === 'homoglyph';
  const asciiClass = mapped ? classify(ascii.charCodeAt(0)).cls : cls;
  const lookalike = ascii !== '' && asciiClass !== 'punctuation' && lookalikes.includes(ascii);
  return Object.freeze({
    cls, ascii, mapped,
    dash: (cp >= 0 && isDash(cp)) || (ascii !== '' && isDash(ascii.charCodeAt(0))),
    mark: asciiClass === 'punctuation',
    small: asciiClass === 'lower',
    lookalike,
    quiet: (cls === 'upper' || cls === 'digit') && !lookalike,
  });
}
const INVISIBLE = of('invisible');
const NON_ASCII = of('non-ascii');

const ascii: CharFacts[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ascii.push(c >= 0x30 && c <= 0x39 ? of('digit', ch) : c >= 0x41 && c <= 0x5a ? of('upper', ch) : c >= 0x61 && c <= 0x7a ? of('lower', ch) : INVISIBLE);
}
const table = new Map<number, CharFacts>();
for (const [cp, , cls] of namedCharacters) {
  if (cp < 128) ascii[cp] = of(cls, String.fromCharCode(cp), cp);
  else table.set(cp, of(cls, '', cp));
}
for (const [first, last, value] of digitRuns) {
  for (let cp = first; cp <= last; cp++) table.set(cp, of('other-digit', String(value + cp - first)));
}
for (const [first, last, looksLike] of letterRuns) {
  const start = looksLike.charCodeAt(0);
  for (let cp = first; cp <= last; cp++) table.set(cp, of('homoglyph', String.fromCharCode(start + cp - first)));
}
for (let cp = 0xff01; cp <= 0xff5e; cp++) table.set(cp, of('fullwidth', String.fromCharCode(cp - 0xfee0)));

/** A code point's class and ASCII equivalent (see charClass.ts); lone surrogates are invisible. */
export function classify(cp: number): CharFacts {
  if (cp < 128) return ascii[cp]!;
  const known = table.get(cp);
  if (known !== undefined) return known;
  if (cp >= 0xd800 && cp <= 0xdfff) return INVISIBLE;
  return isInvisible(cp) ? INVISIBLE : NON_ASCII;
}

// Dashes and hyphens, ASCII or typographic: a receipt number is typed with
// its dashes omitted (docs/DOMAIN.md), so the receipt field drops these.
export function isDash(cp: number): boolean {
  return cp === 0x2d || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63;
}

/** Whether a code point draws nothing (white space or invisible), so a view shows an empty box for it. */
export function isBlank(cp: number): boolean {
  const { cls } = classify(cp);
  return cls === 'space' || cls === 'invisible';
}
