import { describe, expect, it } from 'vitest';
import { codePointsOf, readConfusables, readUcd } from '../../../scripts/unicode/ucd.mjs';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { FieldKind } from '../../../src/inspector/types.ts';

// The inspector against Unicode's own data (confusables.txt 17.0.0 and UCD
// 17.0, pinned: scripts/unicode/). The skeleton and NFKC are worked out here
// again, apart from the generator, from the UCD decompositions.
const confusables = readConfusables();
const ucd = readUcd();

const decompose = (cp: number, compat: boolean): number[] => {
  const d = ucd.charAt(cp)?.decomposition;
  if (d === undefined || (d.startsWith('<') && !compat)) return [cp];
  return d.replace(/^<\w+>\s*/, '').split(' ').flatMap((h) => decompose(parseInt(h, 16), compat));
};
const nfd = (cps: number[]): number[] => cps.flatMap((c) => decompose(c, false));
// UTS #39: skeleton(X) = NFD(prototypes of NFD(X)).
const skeleton = (cp: number): number[] => nfd(nfd([cp]).flatMap((c) => confusables.get(c) ?? [c]));
const oneAscii = (cps: number[]): boolean => cps.length === 1 && /^[0-9A-Za-z]$/.test(String.fromCodePoint(cps[0]!));

const fixAll = (text: string, field: FieldKind): string => applyFixes(text, field, inspect(text, field).fixable);
const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('every lookalike Unicode knows', () => {
  const lookalikes = [...new Set([...ucd.chars.keys(), ...confusables.keys()])]
      .filter((cp) => cp > 0x7f && ucd.charAt(cp) !== undefined && (oneAscii(skeleton(cp)) || oneAscii(decompose(cp, true))))
    .toSorted((a, b) => a - b);

  it('is flagged as a problem, and "Fix all" gives one ASCII letter or digit, in both fields', () => {
    const unflagged: string[] = [];
    const unfixed: string[] = [];
    for (const cp of lookalikes) {
      const ch = String.fromCodePoint(cp);
      // Inside a code, and first in a receipt number (where it is uppercased).
      const code = `K7XH${ch}4MW9`;
      const finding = inspect(code, 'access-code').findings.find((f) => f.chars.some((c) => c.index === 4));
      if (finding?.severity !== 'problem') unflagged.push(hex(cp));
      const fixed = fixAll(code, 'access-code');
      if (!/^K7XH[0-9A-Za-z]4MW9$/.test(fixed)) unfixed.push(`${hex(cp)} access code: ${fixed}`);
      const receipt = fixAll(`${ch}OE0912345678`, 'receipt-number');
      if (!/^[0-9A-Z]OE0912345678$/.test(receipt)) unfixed.push(`${hex(cp)} receipt: ${receipt}`);
    }
    expect(lookalikes.length).toBe(1640);
    expect(unflagged).toEqual([]);
    expect(unfixed).toEqual([]);
  });

  it('counts: 1,640 in all, 1,417 by skeleton, 1,035 by NFKC', () => {
    // Figures for the closing note; a code point may be both.
    expect(lookalikes.filter((cp) => oneAscii(skeleton(cp))).length).toBe(1417);
    expect(lookalikes.filter((cp) => oneAscii(decompose(cp, true))).length).toBe(1035);
  });

  it('keeps a digit\'s value: every decimal digit (Nd) is fixed to its value', () => {
    const wrong: string[] = [];
    for (const [cp, info] of ucd.chars) {
      if (info.category !== 'Nd' || cp <= 0x7f) continue;
      const fixed = fixAll(`K7XH${String.fromCodePoint(cp)}`, 'access-code');
      if (fixed !== `K7XH${info.digit}`) wrong.push(`${hex(cp)}: ${fixed}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('every white-space, default-ignorable and format character', () => {
  const blank = new Set([...codePointsOf(ucd.whiteSpace), ...codePointsOf(ucd.ignorable)]);
  for (const [cp, info] of ucd.chars) if (info.category === 'Cf') blank.add(cp);

  it('is removed by "Fix all", in both fields', () => {
    const kept: string[] = [];
    for (const cp of blank) {
      const ch = String.fromCodePoint(cp);
      if (fixAll(`K7${ch}XH`, 'access-code') !== 'K7XH') kept.push(`${hex(cp)} access code`);
      if (fixAll(`IOE${ch}0912345678`, 'receipt-number') !== 'IOE0912345678') kept.push(`${hex(cp)} receipt`);
    }
    expect(blank.size).toBe(4231);
    expect(kept).toEqual([]);
  });
});
