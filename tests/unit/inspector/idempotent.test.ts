import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { FieldKind } from '../../../src/inspector/types.ts';

// "Fix all" as the panel runs it: every certain fix the inspection offers.
const fixAll = (text: string, field: FieldKind): string => {
  const { fixable } = inspect(text, field);
  return fixable.length > 0 ? applyFixes(text, field, fixable) : text;
};

// The nine characters that took two clicks in the number part of a receipt
// number: uppercased to I or B by the first, made 1 or 8 by the second.
const receiptRows: [string, string, string][] = [
  ['Turkish dotless i', 'IOE09123456\u01318', 'IOE0912345618'],
  ['Greek small iota', 'IOE09123456\u03b98', 'IOE0912345618'],
  ['Cyrillic small Byelorussian-Ukrainian i', 'IOE09123456\u04568', 'IOE0912345618'],
  ['Cherokee letter v', 'IOE09123456\u13a58', 'IOE0912345618'],
  ['Cyrillic small iota', 'IOE09123456\ua6478', 'IOE0912345618'],
  ['full-width small i', 'IOE09123456\uff498', 'IOE0912345618'],
  ['Cyrillic capital soft sign', 'IOE091234567\u042c', 'IOE0912345678'],
  ['Cherokee letter si', 'IOE091234567\u13cf', 'IOE0912345678'],
  ['full-width small b', 'IOE091234567\uff42', 'IOE0912345678'],
];

describe('"Fix all" is done in one click', () => {
  it.each(receiptRows)('receipt number: %s', (_label, text, expected) => {
    expect(fixAll(text, 'receipt-number')).toBe(expected);
    expect(fixAll(expected, 'receipt-number')).toBe(expected);
  });

  // Mixed-script text, often shaped like a receipt number (3 + 10) so the
  // receipt corrections meet lookalikes of every kind in both parts.
  const pool = [
    'A', 'I', 'O', 'S', 'Z', 'B', 'l', 'i', 'b', 'o', 's', 'z', '0', '1', '2', '5', '8', '7', '*', '-', ' ',
    '\u0131', '\u03b9', '\u0456', '\u13a5', '\ua647', '\uff49', '\u042c', '\u13cf', '\uff42', '\u041e', '\u043e',
    '\u0399', '\u04c0', '\u04cf', '\u0417', '\u{1D400}', '\u{1D41B}', '\u2160', '\u212a', '\u24f5', '\u2460',
    '\u0661', '\u{1D7CF}', '\uff11', '\uff2f', '\u0448', '\u0251', '\u2800', '\u0600', '\u200b', '\u00a0', '\u2013',
    '\u00e9', '\u{1F600}',
  ];
  const unit = fc.constantFrom(...pool);
  const text = fc.oneof(
    fc.string({ unit, maxLength: 20 }),
    fc.tuple(fc.string({ unit, minLength: 3, maxLength: 3 }), fc.string({ unit, minLength: 10, maxLength: 10 })).map(([a, b]) => a + b),
  );
  const field = fc.constantFrom<FieldKind>('access-code', 'receipt-number');

  it('applyFixes(applyFixes(x)) is applyFixes(x), in both fields', () => {
    fc.assert(fc.property(text, field, (t, f) => {
      const once = fixAll(t, f);
      expect(fixAll(once, f)).toBe(once);
    }), { numRuns: 2000 });
  });
});
