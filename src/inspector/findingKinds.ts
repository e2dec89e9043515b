import type { Finding, FindingKind, Inspection, Severity } from './types.ts';

/**
 * Every kind's severity, in one place (the facts behind them: docs/DOMAIN.md).
 * A problem is certainly wrong; a caution is worth a second look; info is a
 * quiet hint that leaves a correct code looking correct.
 */
export const findingKinds: Record<FindingKind, { severity: Severity }> = {
  'leading-space': { severity: 'problem' },
  'trailing-space': { severity: 'problem' },
  // A space may belong to the printed grouping: worth a look, not certainly wrong.
  'inner-space': { severity: 'caution' },
  invisible: { severity: 'problem' },
  fullwidth: { severity: 'problem' },
  homoglyph: { severity: 'problem' },
  'other-digit': { severity: 'problem' },
  punctuation: { severity: 'caution' },
  'non-ascii': { severity: 'problem' },
  // Access code: case may matter (unpublished); receipt number: printed in capitals.
  lowercase: { severity: 'caution' },
  // Nearly every code holds one of 0 O 1 I l 5 S 2 Z 8 B: a hint, never a warning.
  lookalike: { severity: 'info' },
  'caps-lock': { severity: 'caution' },
  'cut-off': { severity: 'problem' },
  'looks-like-receipt-number': { severity: 'problem' },
  'looks-like-a-number': { severity: 'problem' },
  // 12 or 6 digits could still be an access code: unpublished format.
  'looks-like-account-number': { severity: 'caution' },
  'looks-like-verification-code': { severity: 'caution' },
  'looks-like-access-code': { severity: 'problem' },
  'receipt-format': { severity: 'problem' },
  'receipt-fix': { severity: 'problem' },
  'wrong-length': { severity: 'problem' },
  'outside-alphabet': { severity: 'problem' },
  // Added by the DOM layer, never by inspect(): the value may be an old code or another person's.
  autofilled: { severity: 'caution' },
};

/** Strongest first: findings are listed in this order, and a character under its strongest only. */
export const severityRank: Readonly<Record<Severity, number>> = { problem: 0, caution: 1, info: 2 };

/** A finding lists at most this many characters (its count has them all), so a 1 MB paste stays fast. */
export const MAX_LISTED = 100;

/**
 * The inspection with an `autofilled` caution added, for a value the browser
 * or a password manager filled in: it may be an old code, or another
 * person's. The DOM layer knows this, not the inspector, so it calls this:
 * after the problems and cautions, before the quiet hints.
 */
export function withAutofillCaution(inspection: Inspection): Inspection {
  const caution: Finding = { kind: 'autofilled', severity: findingKinds.autofilled.severity, chars: [], count: 0, fixable: false, cause: { kind: 'autofill' } };
  const findings = [...inspection.findings];
  const at = findings.findIndex((f) => f.severity === 'info');
  findings.splice(at < 0 ? findings.length : at, 0, caution);
  return { ...inspection, findings };
}
