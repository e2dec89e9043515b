import type { Finding, Inspection } from '@/src/inspector/types';

/**
 * The inspection with an `autofilled` caution added, for a value the browser
 * or a password manager filled in: it may be an old code, or another
 * person's. The DOM layer knows this, not the inspector, so it is added
 * here: after the problems and cautions, before the quiet hints. (Severity
 * written here, not read from the inspector's table, so the content script
 * carries none of the inspector.)
 */
export function withAutofillCaution(inspection: Inspection): Inspection {
  const caution: Finding = { kind: 'autofilled', severity: 'caution', chars: [], count: 0, fixable: false, cause: { kind: 'autofill' } };
  const findings = [...inspection.findings];
  const at = findings.findIndex((f) => f.severity === 'info');
  findings.splice(at < 0 ? findings.length : at, 0, caution);
  return { ...inspection, findings };
}
