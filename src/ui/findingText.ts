import type { Finding, FindingKind } from '@/src/inspector/types';
import { t, type MessageKey } from '@/src/i18n/t';

/** The plain-words message for a finding, e.g. "There is a space before the code." */
export function findingText(finding: Finding): string {
  const text = t(`finding_${finding.kind.replace(/-/g, '_')}` as MessageKey);
  if (finding.kind !== 'receipt-format' || !finding.reason) return text;
  const reason = `reason_${finding.reason.replace(/-/g, '_')}` as MessageKey;
  const detail = t(reason);
  return detail === reason ? text : `${text} ${detail}`;
}

const FIX_LABELS: Partial<Record<FindingKind, MessageKey>> = {
  'leading-space': 'fix_spaces',
  'trailing-space': 'fix_spaces',
  invisible: 'fix_invisible',
  fullwidth: 'fix_characters',
  homoglyph: 'fix_characters',
  'other-digit': 'fix_characters',
  'receipt-fix': 'fix_receipt',
};

/** The label of the button that applies a finding's certain fix. */
export function fixLabel(kind: FindingKind): string {
  return t(FIX_LABELS[kind] ?? 'fix_other');
}
