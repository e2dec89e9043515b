import { describe, expect, it } from 'vitest';
import { inspect, MAX_LISTED } from '../../../src/inspector/inspect.ts';

const MB = 1024 * 1024;

describe('1 MB pastes', () => {
  it('lists at most MAX_LISTED characters but counts all, and fixes all', () => {
    const group = 'K7XH4MW9PT3R ';
    const repeats = Math.ceil(MB / group.length);
    const text = group.repeat(repeats); // ends with a space
    const { findings, suggestion } = inspect(text, 'access-code');
    expect(findings.map((f) => [f.kind, f.count, f.chars.length])).toEqual([
      ['trailing-space', 1, 1],
      ['inner-space', repeats - 1, MAX_LISTED],
    ]);
    expect(findings[1]?.chars[1]?.index).toBe(25);
    expect(suggestion).toBe('K7XH4MW9PT3R'.repeat(repeats));
    expect(findings[1]?.fixed).toBe('K7XH4MW9PT3R'.repeat(repeats) + ' ');
  });

  it('maps a megabyte of Cyrillic small a', () => {
    const text = '\u0430'.repeat(MB);
    const { findings, suggestion } = inspect(text, 'access-code');
    expect(findings.map((f) => [f.kind, f.count])).toEqual([
      ['homoglyph', MB],
      ['lowercase', MB],
    ]);
    expect(suggestion).toBe('a'.repeat(MB));
  });

  it('drops a megabyte of lone surrogates', () => {
    const { findings, suggestion } = inspect('\ud800'.repeat(MB), 'access-code');
    expect(findings.map((f) => [f.kind, f.count])).toEqual([['invisible', MB]]);
    expect(suggestion).toBe('');
  });

  it('handles a megabyte of astral characters', () => {
    const text = '\u{1D7D1}'.repeat(MB / 2);
    const { findings, suggestion } = inspect(text, 'access-code');
    expect(findings.map((f) => [f.kind, f.count])).toEqual([['other-digit', MB / 2]]);
    expect(findings[0]?.chars[1]).toMatchObject({ index: 2, position: 2, replacement: '3' });
    expect(suggestion).toBe('3'.repeat(MB / 2));
  });

  it('reads a megabyte pasted into the receipt field as too long', () => {
    const { findings } = inspect('WAC3463476349'.repeat(MB / 13), 'receipt-number');
    expect(findings.map((f) => [f.kind, f.reason])).toEqual([['receipt-format', 'too-long']]);
  });

  it('keeps findings and the suggestion as plain enumerable data', () => {
    const text = ` ${'x\u00a0'.repeat(MB / 2)}`;
    const inspection = inspect(text, 'access-code');
    expect(Object.keys(inspection)).toEqual(['findings', 'suggestion']);
    const copy = structuredClone(inspection);
    expect(copy.suggestion).toBe('x'.repeat(MB / 2));
  });
});
