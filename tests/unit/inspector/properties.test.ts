import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { FieldKind, FindingKind, InspectOptions } from '../../../src/inspector/types.ts';

// Characters the inspector treats specially, mixed into random text so the
// properties meet every kind, not only what random code points hit.
const special = [
  ' ', '\t', '\n', '\u00a0', '\u2009', '\u202f', '\u3000', '\u200b', '\u200d', '\ufeff', '\u00ad', '\u202e',
  '\ud800', '\udfff', '\u{E0041}', '\uff2b', '\uff10', '\uff0d', '\u041e', '\u0430', '\u0417', '\u0399', '\u13a0',
  '\u0663', '\u06f4', '\u{1D7D1}', '\u00b2', '\u2013', '-', '*', '/', '"', '\u00e9', '\u{1F600}', '0', 'O', 'o',
  '1', 'I', 'l', '5', 'S', '2', 'Z', '8', 'B', 'A', 'K', 'x', '3', '4', '7', '9',
];
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)); // lone surrogates too
const text = fc.string({ unit: fc.oneof(anyCodePoint, fc.constantFrom(...special)), maxLength: 40 });
const field = fc.constantFrom<FieldKind>('access-code', 'receipt-number');
const options = fc.record<InspectOptions>({ capsLock: fc.boolean(), complete: fc.boolean() }, { requiredKeys: [] });
// "Fix all": every certain fix, or undefined when there is none.
const fixAll = (t: string, f: FieldKind): string | undefined => {
  const { fixable } = inspect(t, f);
  return fixable.length > 0 ? applyFixes(t, f, fixable) : undefined;
};
const fixableKinds: FindingKind[] = ['leading-space', 'trailing-space', 'inner-space', 'invisible', 'fullwidth', 'homoglyph', 'other-digit', 'receipt-fix'];

describe('inspect, properties', () => {
  it('never throws, on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), text, field, options, (a, b, f, o) => {
      inspect(a, f, o);
      inspect(b, f, o);
    }));
  });

  it('reports valid positions in text order, problems first, info last', () => {
    fc.assert(fc.property(text, field, (t, f) => {
      const { findings } = inspect(t, f);
      const rank = { problem: 0, caution: 1, info: 2 };
      let lastRank = 0;
      for (const finding of findings) {
        expect(rank[finding.severity]).toBeGreaterThanOrEqual(lastRank);
        lastRank = rank[finding.severity];
        expect(finding.count).toBeGreaterThanOrEqual(finding.chars.length);
        let last = -1;
        for (const c of finding.chars) {
          expect(c.index).toBeGreaterThan(last);
          last = c.index;
          expect(t.slice(c.index, c.index + c.length)).toBe(c.text);
          expect(t.codePointAt(c.index)).toBe(c.codePoint);
          expect(c.length).toBe(c.codePoint > 0xffff ? 2 : 1);
          // position: code points before it, counted independently, plus one
          expect(c.position).toBe(Array.from(t.slice(0, c.index)).length + 1);
        }
      }
    }));
  });

  it('the suggestion is a fixed point: nothing left to fix', () => {
    fc.assert(fc.property(text, field, (t, f) => {
      const { findings, fixable } = inspect(t, f);
      expect(fixable).toEqual(findings.filter((x) => x.fixable).map((x) => x.kind));
      const suggestion = fixAll(t, f);
      if (suggestion === undefined) return;
      const again = inspect(suggestion, f);
      expect(again.findings.filter((x) => fixableKinds.includes(x.kind)).map((x) => x.kind)).toEqual([]);
      expect(again.fixable).toEqual([]);
    }));
  });

  it('access code: the suggestion never alters ASCII letters and digits', () => {
    fc.assert(fc.property(text, (t) => {
      const suggestion = fixAll(t, 'access-code');
      if (suggestion === undefined) return;
      // The original's ASCII letters and digits appear in the suggestion, in order.
      const wanted = t.replace(/[^A-Za-z0-9]/g, '');
      let k = 0;
      for (const ch of suggestion) if (k < wanted.length && ch === wanted[k]) k++;
      expect(k).toBe(wanted.length);
    }));
  });

  it('access code: with nothing to map, the suggestion keeps exactly the ASCII letters and digits', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'Z', '0', 'l', 'O', '7', ' ', '\u00a0', '\u200b', '\ud800', '\n'), maxLength: 30 });
    fc.assert(fc.property(plain, (t) => {
      const suggestion = fixAll(t, 'access-code') ?? t;
      expect(suggestion).toBe(t.replace(/[^A-Za-z0-9]/g, ''));
    }));
  });

  it('each finding\'s own fix changes only its own characters', () => {
    fc.assert(fc.property(text, field, (t, f) => {
      for (const finding of inspect(t, f).findings) {
        if (!finding.fixable || finding.count > finding.chars.length) continue;
        let rebuilt = '';
        let from = 0;
        for (const c of finding.chars) {
          rebuilt += t.slice(from, c.index) + (c.replacement ?? c.text);
          from = c.index + c.length;
        }
        expect(applyFixes(t, f, [finding.kind])).toBe(rebuilt + t.slice(from));
      }
    }));
  });
});
