import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { InspectOptions } from '../../../src/inspector/types.ts';
import { severityOf, summarizeAll } from './summarize.ts';

interface Case {
  text: string;
  findings: string[]; // see summarize.ts
  /** "Fix all": every certain fix applied; absent when nothing is fixable. */
  suggestion?: string;
  options?: InspectOptions;
}

const cases: [string, Case][] = [
  ['empty field', { text: '', findings: [] }],
  ['a clean receipt number', { text: 'WAC3463476349', findings: [] }],
  ['IOE with lookalikes in the right places', { text: 'IOE0912345678', findings: [] }],
  ['an asterisk in the number part', { text: 'WAC*463476349', findings: [] }],
  ['spaces around', { text: ' WAC3463476349 ', findings: ['leading-space@0=', 'trailing-space@14='], suggestion: 'WAC3463476349' }],
  ['only spaces', { text: '   ', findings: ['leading-space@0=,1=,2='], suggestion: '' }],
  ['dashes between groups', { text: 'WAC-346-347-6349', findings: ['punctuation@3=,7=,11='], suggestion: 'WAC3463476349' }],
  ['spaces between groups', { text: 'WAC 346 347 6349', findings: ['inner-space@3=,7=,11='], suggestion: 'WAC3463476349' }],
  ['en dashes between groups', { text: 'WAC\u2013346\u2013347\u20136349', findings: ['punctuation@3=,7=,11='], suggestion: 'WAC3463476349' }],
  ['a full-width hyphen-minus', { text: 'WAC\uff0d3463476349', findings: ['fullwidth@3='], suggestion: 'WAC3463476349' }],
  ['lowercase prefix', { text: 'wac3463476349', findings: ['lowercase@0=W,1=A,2=C'], suggestion: 'WAC3463476349' }],
  ['zero for O in IOE', { text: 'I0E0912345678', findings: ['receipt-fix@1=O'], suggestion: 'IOE0912345678' }],
  ['one and zero for I and O in IOE', { text: '10E0912345678', findings: ['receipt-fix@0=I,1=O'], suggestion: 'IOE0912345678' }],
  ['five for S in SRC', { text: '5RC3463476349', findings: ['receipt-fix@0=S'], suggestion: 'SRC3463476349' }],
  ['eight for B in NBC', { text: 'N8C3463476349', findings: ['receipt-fix@1=B'], suggestion: 'NBC3463476349' }],
  ['two for Z in ZLA', { text: '2LA3463476349', findings: ['receipt-fix@0=Z'], suggestion: 'ZLA3463476349' }],
  ['capital I for one in the number', { text: 'IOE09I2345678', findings: ['receipt-fix@5=1'], suggestion: 'IOE0912345678' }],
  ['small l for one in the number', { text: 'IOE09l2345678', findings: ['receipt-fix@5=1'], suggestion: 'IOE0912345678' }],
  ['capital O for zero in the number', { text: 'IOEO912345678', findings: ['receipt-fix@3=0'], suggestion: 'IOE0912345678' }],
  ['small o for zero in the number', { text: 'IOE09123456o8', findings: ['receipt-fix@11=0'], suggestion: 'IOE0912345608' }],
  ['S for five in the number', { text: 'IOE0912345S78', findings: ['receipt-fix@10=5'], suggestion: 'IOE0912345578' }],
  ['Z for two in the number', { text: 'IOE091234Z678', findings: ['receipt-fix@9=2'], suggestion: 'IOE0912342678' }],
  ['B for eight in the number', { text: 'IOE09123456B8', findings: ['receipt-fix@11=8'], suggestion: 'IOE0912345688' }],
  ['too short', { text: 'EAC21', findings: ['receipt-format!too-short'] }],
  ['too long', { text: 'EAC211234567890', findings: ['receipt-format!too-long'] }],
  ['12 characters', { text: 'WAC346347634', findings: ['receipt-format!too-short'] }],
  ['a digit in the prefix with no letter twin', { text: 'E4C3463476349', findings: ['receipt-format@1!bad-prefix'] }],
  ['a letter in the number with no digit twin', { text: 'WAC34634763X9', findings: ['receipt-format@11!bad-number'] }],
  ['an asterisk in the prefix', { text: 'WA*3463476349', findings: ['receipt-format@2!bad-prefix'] }],
  ['a slash in the number', { text: 'WAC346/476349', findings: ['receipt-format@6!bad-number'] }],
  ['Cyrillic prefix letters', { text: '\u0415\u0410\u04213463476349', findings: ['homoglyph@0=E,1=A,2=C'], suggestion: 'EAC3463476349' }],
  ['Cyrillic small prefix letters', { text: '\u0435\u0430\u04413463476349', findings: ['homoglyph@0=E,1=A,2=C'], suggestion: 'EAC3463476349' }],
  ['full-width digits', { text: 'WAC\uff13\uff14\uff163476349', findings: ['fullwidth@3=3,4=4,5=6'], suggestion: 'WAC3463476349' }],
  ['Arabic-Indic digits', { text: 'WAC\u0663\u0664\u06663476349', findings: ['other-digit@3=3,4=4,5=6'], suggestion: 'WAC3463476349' }],
  ['a zero-width space inside', { text: 'IOE\u200b0912345678', findings: ['invisible@3='], suggestion: 'IOE0912345678' }],
  ['lowercase, a dash and a trailing space', { text: 'wac-3463476349 ', findings: ['trailing-space@14=', 'lowercase@0=W,1=A,2=C', 'punctuation@3='], suggestion: 'WAC3463476349' }],
  ['two fixes and a trailing space', { text: 'I0E09I2345678 ', findings: ['receipt-fix@1=O,5=1', 'trailing-space@13='], suggestion: 'IOE0912345678' }],
  ['an accented letter in the number', { text: 'EAC21\u00e92345678', findings: ['receipt-format@5!bad-number', 'non-ascii@5'] }],
  ['Caps Lock on, lowercase typed', { text: 'ioe0912345678', options: { capsLock: true }, findings: ['caps-lock', 'lowercase@0=I,1=O,2=E'], suggestion: 'IOE0912345678' }],
  ['lowercase l fixed to one is not also uppercased', { text: 'ioe09l2345678', findings: ['receipt-fix@5=1', 'lowercase@0=I,1=O,2=E'], suggestion: 'IOE0912345678' }],
];

describe('inspect, receipt-number field', () => {
  it.each(cases)('%s', (_label, { text, findings, suggestion, options }) => {
    const result = inspect(text, 'receipt-number', options);
    expect(summarizeAll(result)).toEqual(findings);
    const fixed = result.fixable.length > 0 ? applyFixes(text, 'receipt-number', result.fixable, options) : undefined;
    expect(fixed).toBe(suggestion);
    for (const finding of result.findings) expect(finding.severity).toBe(severityOf[finding.kind]);
  });
});
