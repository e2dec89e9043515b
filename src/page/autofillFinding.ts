import type { Finding, Inspection } from '@/src/inspector/types';

/**
 * The inspection with an `autofilled` caution added, for a value the browser
 * or a password manager filled in: it may be an old code, or another
 * account's. The DOM layer knows this, not the inspector, so it is added
 * here, after the inspector's own findings (problems stay first).
 */
export function withAutofillCaution(inspection: Inspection): Inspection {
  const caution: Finding = { kind: 'autofilled', severity: 'caution', chars: [], count: 0 };
  return { ...inspection, findings: [...inspection.findings, caution] };
}
