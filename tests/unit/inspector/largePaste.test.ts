import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import { MAX_LISTED } from '../../../src/inspector/findingKinds.ts';

const MB = 1024 * 1024;

describe('1 MB pastes', () => {
  it('lists at most MAX_LISTED characters but counts all, and fixes all', () => {
    const group = 'K7XH4MW9PT3R ';
    const repeats = Math.ceil(MB / group.length);
    const text = group.repeat(repeats); // ends with a space
    const { findings, fixable } = inspect(text, 'access-code');
    expect(findings.map((f) => [f.kind, f.count, f.chars.length])).toEqual([
      ['trailing-space', 1, 1],
      ['inner-space', repeats - 1, MAX_LISTED],
    ]);
    expect(findings[1]?.chars[1]?.index).toBe(25);
    expect(applyFixes(text, 'access-code', fixable)).toBe('K7XH4MW9PT3R'.repeat(repeats));
    expect(applyFixes(text, 'access-code', ['inner-space'])).toBe('K7XH4MW9PT3R'.repeat(repeats) + ' ');
  });

  it('maps a megabyte of Cyrillic small a', () => {
    const text = '\u0430'.repeat(MB);
    const { findings, fixable } = inspect(text, 'access-code');
    // Each character once: the homoglyph problem, not also the lowercase caution.
    expect(findings.map((f) => [f.kind, f.count])).toEqual([['homoglyph', MB]]);
    expect(applyFixes(text, 'access-code', fixable)).toBe('a'.repeat(MB));
  });

  it('drops a megabyte of lone surrogates', () => {
    const text = '\ud800'.repeat(MB);
    const { findings, fixable } = inspect(text, 'access-code');
    expect(findings.map((f) => [f.kind, f.count])).toEqual([['invisible', MB]]);
    expect(applyFixes(text, 'access-code', fixable)).toBe('');
  });

  it('handles a megabyte of astral characters', () => {
    const text = '\u{1D7D1}'.repeat(MB / 2);
    const { findings, fixable } = inspect(text, 'access-code');
    expect(findings.map((f) => [f.kind, f.count])).toEqual([['other-digit', MB / 2]]);
    expect(findings[0]?.chars[1]).toMatchObject({ index: 2, position: 2, replacement: '3' });
    expect(applyFixes(text, 'access-code', fixable)).toBe('3'.repeat(MB / 2));
  });

  it('reads a megabyte pasted into the receipt field as too long', () => {
    const { findings } = inspect('WAC3463476349'.repeat(MB / 13), 'receipt-number');
    expect(findings.map((f) => [f.kind, f.reason])).toEqual([['receipt-format', 'too-long']]);
  });

  it('keeps the inspection as plain data, and fixes it on request', () => {
    const text = ` ${'x\u00a0'.repeat(MB / 2)}`;
    const inspection = inspect(text, 'access-code');
    expect(Object.keys(inspection)).toEqual(['findings', 'fixable']);
    const copy = structuredClone(inspection);
    expect(copy.fixable).toEqual(['leading-space', 'trailing-space', 'inner-space']);
    expect(applyFixes(text, 'access-code', copy.fixable)).toBe('x'.repeat(MB / 2));
  });
});
