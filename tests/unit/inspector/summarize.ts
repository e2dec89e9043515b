import type { Finding, Inspection } from '../../../src/inspector/types.ts';

/**
 * A finding in the short form the case tables are written in:
 * kind, then '@' and each character's UTF-16 index, with '=' and its
 * replacement when it has one, then '!' and the reason when there is one.
 * E.g. 'homoglyph@2=X,3=H', 'inner-space@4=', 'receipt-format!too-short'.
 */
export function summarize(finding: Finding): string {
  let out = finding.kind;
  if (finding.chars.length > 0) {
    out += '@' + finding.chars.map((c) => (c.replacement === undefined ? `${c.index}` : `${c.index}=${c.replacement}`)).join(',');
  }
  if (finding.reason !== undefined) out += '!' + finding.reason;
  return out;
}

export function summarizeAll(inspection: Inspection): string[] {
  return inspection.findings.map(summarize);
}

/** Severity of each kind, written by hand from the table. */
export const severityOf: Record<string, 'problem' | 'caution' | 'info'> = {
  'leading-space': 'problem',
  'trailing-space': 'problem',
  'inner-space': 'caution',
  invisible: 'problem',
  fullwidth: 'problem',
  homoglyph: 'problem',
  'other-digit': 'problem',
  punctuation: 'caution',
  'non-ascii': 'problem',
  lowercase: 'caution',
  lookalike: 'info',
  'caps-lock': 'caution',
  'cut-off': 'problem',
  'looks-like-receipt-number': 'problem',
  'looks-like-a-number': 'problem',
  'looks-like-account-number': 'caution',
  'looks-like-verification-code': 'caution',
  'looks-like-access-code': 'problem',
  'receipt-format': 'problem',
  'receipt-fix': 'problem',
  'wrong-length': 'problem',
  'outside-alphabet': 'problem',
};
