import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { FieldKind, InspectOptions } from '../../../src/inspector/types.ts';
import { severityOf, summarizeAll } from './summarize.ts';

// The rules people asked for (issue 11), one table each; expectations by hand.

describe('a correct code looks correct: ASCII lookalikes are only info', () => {
  // [code, its lookalikes: summarize.ts form]
  const codes: [string, string][] = [
    ['KX7M2Q9PR4TD', 'lookalike@4'], // a two
    ['A0BC7DEF9GHJ', 'lookalike@1,2'], // a zero and a capital B
    ['H8JK3LMN4PQR', 'lookalike@1'], // an eight
    ['W5XY7Z9TUV3C', 'lookalike@1,5'], // a five and a capital Z
    ['QRST1UVW7XYD', 'lookalike@2,4'], // a capital S and a one
    ['MN3P0QRT4UVW', 'lookalike@4'], // a zero
    ['DE9FG2HJK7LM', 'lookalike@5'], // a two
    ['IK7T4MWX9PEC', 'lookalike@0'], // a capital I
    ['YU6TR8EW3QPA', 'lookalike@5'], // an eight
    ['ZX4CV7BN9MKH', 'lookalike@0,6'], // a capital Z and a capital B
  ];
  it.each(codes)('%s', (code, lookalikes) => {
    const result = inspect(code, 'access-code');
    expect(summarizeAll(result)).toEqual([lookalikes]);
    expect(result.findings.map((f) => f.severity)).toEqual(['info']);
    expect(result.fixable).toEqual([]);
  });
});

interface Case {
  text: string;
  field?: FieldKind; // access-code unless said
  options?: InspectOptions;
  findings: string[]; // see summarize.ts
}
const check = ({ text, field = 'access-code', options, findings }: Case) => {
  const result = inspect(text, field, options);
  expect(summarizeAll(result)).toEqual(findings);
  for (const finding of result.findings) expect(finding.severity).toBe(severityOf[finding.kind]);
};

describe('no red while typing: the receipt number is too short only once typing is done', () => {
  const cases: [string, Case][] = [
    ['typing, 5 characters', { text: 'EAC21', field: 'receipt-number', options: { complete: false }, findings: [] }],
    ['after blur, 5 characters', { text: 'EAC21', field: 'receipt-number', options: { complete: true }, findings: ['receipt-format!too-short'] }],
    ['complete by default', { text: 'EAC21', field: 'receipt-number', findings: ['receipt-format!too-short'] }],
    ['typing, 13 characters: nothing to say', { text: 'EAC2112345678', field: 'receipt-number', options: { complete: false }, findings: [] }],
    ['typing, 14 characters: too long is certain already', { text: 'EAC21123456789', field: 'receipt-number', options: { complete: false }, findings: ['receipt-format!too-long'] }],
    ['typing, a misplaced zero is corrected at 13', { text: 'I0E0912345678', field: 'receipt-number', options: { complete: false }, findings: ['receipt-fix@1=O'] }],
    ['typing, a profile length is not yet wrong', { text: 'K7XH4', options: { complete: false, profile: { lengths: [12] } }, findings: [] }],
    ['after blur, a profile length is wrong', { text: 'K7XH4', options: { complete: true, profile: { lengths: [12] } }, findings: ['wrong-length!5'] }],
    ['typing, past a profile length is wrong already', { text: 'K7XH4MW9PT3RK', options: { complete: false, profile: { lengths: [12] } }, findings: ['wrong-length!13'] }],
  ];
  it.each(cases)('%s', (_label, c) => check(c));
});

describe('Caps Lock is a caution beside the other findings', () => {
  const cases: [string, Case][] = [
    ['a clean code', { text: 'K7XH4MW9PT3R', options: { capsLock: true }, findings: ['caps-lock'] }],
    ['a code with a lookalike', { text: 'K0XH4MW9PT3R', options: { capsLock: true }, findings: ['caps-lock', 'lookalike@1'] }],
    ['a code with a space before', { text: ' K7XH4MW9PT3R', options: { capsLock: true }, findings: ['leading-space@0=', 'caps-lock'] }],
  ];
  it.each(cases)('%s', (_label, c) => check(c));
});

describe('each character once, under its strongest finding', () => {
  const cases: [string, Case][] = [
    ['Cyrillic O: a homoglyph, not also a lookalike', { text: 'K7XH4MW9PT3\u041e', findings: ['homoglyph@11=O'] }],
    ['full-width small k: full-width, not also lowercase', { text: '\uff4b7XH', findings: ['fullwidth@0=k'] }],
    ['full-width hyphen: full-width, not also punctuation', { text: 'K7XH\uff0d4MW9', findings: ['fullwidth@4=-'] }],
    ['Arabic-Indic zero: another digit, not also a lookalike', { text: 'K7XH\u0660', findings: ['other-digit@4=0'] }],
    ['small l: lowercase, not also a lookalike', { text: 'K7lH', findings: ['lowercase@2'] }],
    ['receipt: a slash in the number, not also punctuation', { text: 'WAC346/476349', field: 'receipt-number', findings: ['receipt-format@6!bad-number'] }],
    ['receipt: small l corrected to one, not also lowercase', { text: 'IOE09l2345678', field: 'receipt-number', findings: ['receipt-fix@5=1'] }],
    ['receipt: Cyrillic small ie, a homoglyph made capital', { text: '\u0435AC3463476349', field: 'receipt-number', findings: ['homoglyph@0=E'] }],
  ];
  it.each(cases)('%s', (_label, c) => check(c));
});

describe('the wrong box, the other way round: an access code in the receipt field', () => {
  const cases: [string, Case][] = [
    ['a 12-character access code', { text: 'K7XH4MW9PT3R', field: 'receipt-number', findings: ['looks-like-access-code'] }],
    ['another one', { text: 'KX7M2Q9PR4TD', field: 'receipt-number', findings: ['looks-like-access-code'] }],
    ['in groups with spaces', { text: 'K7XH 4MW9 PT3R', field: 'receipt-number', findings: ['looks-like-access-code', 'inner-space@4=,9='] }],
    ['while typing too', { text: 'K7XH4MW9', field: 'receipt-number', options: { complete: false }, findings: ['looks-like-access-code'] }],
    ['one stray letter is a receipt number typo', { text: 'WAC34634763X9', field: 'receipt-number', findings: ['receipt-format@11!bad-number'] }],
    ['letters that could be digits are a receipt number typo', { text: 'IOE09I2345678', field: 'receipt-number', findings: ['receipt-fix@5=1'] }],
    ['too short to tell', { text: 'K7XH', field: 'receipt-number', findings: ['receipt-format!too-short'] }],
  ];
  it.each(cases)('%s', (_label, c) => check(c));
});

describe('cut off by the box', () => {
  interface Cut {
    value: string; // what the box holds
    pasted: string;
    maxLength: number;
    findings: string[]; // see summarize.ts
    lost?: string; // the characters that did not fit
    fixable?: boolean; // whether cut-off has a fix
    fixAll?: string; // applyFixes(value, field, fixable)
  }
  const cases: [string, Cut][] = [
    ['one character too many', { value: 'K7XH4MW9PT3R', pasted: 'K7XH4MW9PT3RD', maxLength: 12, findings: ['cut-off'], lost: 'D', fixable: false }],
    ['a no-break space before: the clean code fits, pasted again', {
      value: '\u00a0K7XH4MW9PT3', pasted: '\u00a0K7XH4MW9PT3R', maxLength: 12,
      findings: ['cut-off', 'leading-space@0='], lost: 'R', fixable: true, fixAll: 'K7XH4MW9PT3R',
    }],
    ['two spaces before', {
      value: '  K7XH4MW9PT', pasted: '  K7XH4MW9PT3R', maxLength: 12,
      findings: ['cut-off', 'leading-space@0=,1='], lost: '3R', fixable: true, fixAll: 'K7XH4MW9PT3R',
    }],
    ['a space before, still too long when clean', {
      value: ' K7XH4MW9PT3', pasted: ' K7XH4MW9PT3RDD', maxLength: 12,
      findings: ['cut-off', 'leading-space@0='], lost: 'RDD', fixable: false, fixAll: 'K7XH4MW9PT3',
    }],
    ['after "remove the space", the cut still stands', { value: 'K7XH4MW9PT3', pasted: '\u00a0K7XH4MW9PT3R', maxLength: 12, findings: ['cut-off'], lost: 'R', fixable: true, fixAll: 'K7XH4MW9PT3R' }],
    ['only a newline fell off: nothing lost', { value: 'K7XH4MW9PT3R', pasted: 'K7XH4MW9PT3R\n', maxLength: 12, findings: [] }],
    ['the paste fits', { value: 'K7XH', pasted: 'K7XH', maxLength: 12, findings: [] }],
    ['no limit', { value: 'K7XH4MW9PT3RD', pasted: 'K7XH4MW9PT3RD', maxLength: -1, findings: [] }],
  ];
  it.each(cases)('%s', (_label, { value, pasted, maxLength, findings, lost, fixable, fixAll }) => {
    const options = { maxLength, pasted };
    const result = inspect(value, 'access-code', options);
    expect(summarizeAll(result)).toEqual(findings);
    const cut = result.findings.find((f) => f.kind === 'cut-off');
    expect(cut?.lost?.map((c) => c.text).join('')).toBe(lost);
    expect(cut?.limit).toBe(lost === undefined ? undefined : maxLength);
    expect(cut?.severity).toBe(lost === undefined ? undefined : 'problem');
    expect(cut?.fixable).toBe(fixable);
    const fixed = result.fixable.length > 0 ? applyFixes(value, 'access-code', result.fixable, options) : undefined;
    expect(fixed).toBe(fixAll);
  });

  it('names the lost characters by their place in the paste', () => {
    const [cut] = inspect('K7XH4MW9PT3R', 'access-code', { maxLength: 12, pasted: 'K7XH4MW9PT3RD' }).findings;
    expect(cut?.lost).toMatchObject([{ index: 12, position: 13, text: 'D', name: { key: 'capital', value: 'D' } }]);
    expect(cut?.count).toBe(1);
  });
});
