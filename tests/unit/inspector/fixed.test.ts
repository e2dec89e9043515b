import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { FieldKind } from '../../../src/inspector/types.ts';

// Each finding's own fix, applyFixes(text, field, [kind]): the whole text with
// only that finding corrected; undefined for a finding with no certain fix.
const cases: [string, string, FieldKind, Record<string, string | undefined>][] = [
  // space, Cyrillic Ha, zero-width space: each fix alone
  ['three problems', ' K7\u0425H4MW9PT3R\u200b', 'access-code', {
    'leading-space': 'K7\u0425H4MW9PT3R\u200b',
    homoglyph: ' K7XH4MW9PT3R\u200b',
    invisible: ' K7\u0425H4MW9PT3R',
  }],
  ['inner space', 'K7XH 4MW9', 'access-code', { 'inner-space': 'K7XH4MW9' }],
  ['trailing newline', 'K7XH\n', 'access-code', { 'trailing-space': 'K7XH' }],
  ['full-width and other digit', '\uff2b\u0667', 'access-code', { fullwidth: 'K\u0667', 'other-digit': '\uff2b7' }],
  // cautions with no certain fix are not fixable
  ['lowercase, lookalike, punctuation, non-ASCII', 'k0-\u00e9', 'access-code', {
    lowercase: undefined, lookalike: undefined, punctuation: undefined, 'non-ascii': undefined,
  }],
  ['receipt number: fix, case and dash each alone', 'i0e-0912345678', 'receipt-number', {
    'receipt-fix': 'iOe-0912345678',
    lowercase: 'I0E-0912345678',
    punctuation: 'i0e0912345678',
  }],
];

describe('applyFixes, one kind at a time', () => {
  it.each(cases)('%s', (_label, text, field, expected) => {
    const { findings } = inspect(text, field);
    expect(findings.map((f) => f.kind).toSorted()).toEqual(Object.keys(expected).toSorted());
    for (const finding of findings) {
      expect(finding.fixable ? applyFixes(text, field, [finding.kind]) : undefined).toBe(expected[finding.kind]);
    }
  });
});
