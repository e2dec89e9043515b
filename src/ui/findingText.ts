import { charName } from '@/src/inspector/charName';
import { mistakenFor } from '@/src/inspector/lookalikes';
import type { CharName, Finding, FindingKind, ReceiptFormatReason, Severity } from '@/src/inspector/types';
import { currentLanguage, t, type MessageKey } from '@/src/i18n/t';
import { charLabel } from './charLabel';

// Every key is written out, so tsc checks each against the English messages.
const MESSAGES: Record<FindingKind, MessageKey> = {
  'leading-space': 'finding_leading_space',
  'trailing-space': 'finding_trailing_space',
  'inner-space': 'finding_inner_space',
  invisible: 'finding_invisible',
  fullwidth: 'finding_fullwidth',
  homoglyph: 'finding_homoglyph',
  'other-digit': 'finding_other_digit',
  punctuation: 'finding_punctuation',
  'non-ascii': 'finding_non_ascii',
  lowercase: 'finding_lowercase',
  lookalike: 'finding_lookalike',
  'caps-lock': 'finding_caps_lock',
  'cut-off': 'finding_cut_off',
  'looks-like-receipt-number': 'finding_looks_like_receipt_number',
  'looks-like-a-number': 'finding_looks_like_a_number',
  'looks-like-account-number': 'finding_looks_like_account_number',
  'looks-like-verification-code': 'finding_looks_like_verification_code',
  'looks-like-access-code': 'finding_looks_like_access_code',
  'receipt-format': 'finding_receipt_format',
  'receipt-fix': 'finding_receipt_fix',
  'wrong-length': 'finding_wrong_length',
  'outside-alphabet': 'finding_outside_alphabet',
  autofilled: 'finding_autofilled',
};

// A finding whose fix is certain gets words that agree with its button:
// no "check the notice" beside a button that changes the text.
const FIXABLE_MESSAGES: Partial<Record<FindingKind, MessageKey>> = {
  punctuation: 'finding_punctuation_dash', // the receipt field drops dashes
  lowercase: 'finding_lowercase_receipt', // the receipt field uppercases
};

const REASONS: Record<ReceiptFormatReason, MessageKey> = {
  'too-short': 'reason_too_short',
  'too-long': 'reason_too_long',
  'bad-prefix': 'reason_bad_prefix',
  'bad-number': 'reason_bad_number',
};

/** What each fix button says it will do; null: the kind never has a certain fix. */
const FIX_LABELS: Record<FindingKind, MessageKey | null> = {
  'leading-space': 'fix_leading_space',
  'trailing-space': 'fix_trailing_space',
  'inner-space': 'fix_inner_space',
  invisible: 'fix_invisible',
  fullwidth: 'fix_characters',
  homoglyph: 'fix_characters',
  'other-digit': 'fix_characters',
  punctuation: 'fix_dashes',
  'non-ascii': null,
  lowercase: 'fix_lowercase',
  lookalike: null,
  'caps-lock': null,
  'cut-off': 'fix_cut_off',
  'looks-like-receipt-number': null,
  'looks-like-a-number': null,
  'looks-like-account-number': null,
  'looks-like-verification-code': null,
  'looks-like-access-code': null,
  'receipt-format': null,
  'receipt-fix': 'fix_receipt',
  'wrong-length': null,
  'outside-alphabet': null,
  autofilled: null,
};

export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  problem: 'severity_problem',
  caution: 'severity_caution',
  info: 'severity_info',
};

// The lost end of a 1 MB paste is shown by its start.
const SHOWN_LOST = 24;

/** "a zero (0), a capital B and a small l" (or: "capital O or lowercase o"), in the current language. */
function listOf(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  try {
    return new Intl.ListFormat(currentLanguage(), { type }).format(items);
  } catch {
    return items.join(', '); // an old browser without ListFormat
  }
}

/** "capital B (not digit eight)": a lookalike with what it can be taken for. */
function lookalikeLabel(name: CharName, text: string): string {
  const others = mistakenFor[text];
  if (others === undefined) return charLabel(name);
  const names = [...others].map((ch) => charLabel(charName(ch.charCodeAt(0))));
  return t('lookalike_not', charLabel(name), listOf(names, 'disjunction'));
}

/** The plain-words message for a finding, e.g. "There is a space before the code." */
export function findingText(finding: Finding): string {
  switch (finding.kind) {
    case 'lookalike': {
      // Each different character once, by name and what it can be taken for, in the order they come.
      const seen = new Map<string, string>();
      for (const c of finding.chars) if (!seen.has(c.text)) seen.set(c.text, lookalikeLabel(c.name, c.text));
      return t('finding_lookalike', listOf([...seen.values()]));
    }
    case 'cut-off': {
      const lost = (finding.lost ?? []).map((c) => c.text).join('');
      const shown = lost.length > SHOWN_LOST ? `${lost.slice(0, SHOWN_LOST)}…` : lost;
      return t('finding_cut_off', finding.limit ?? 0, shown);
    }
    case 'receipt-format': {
      const text = t(MESSAGES['receipt-format']);
      const reason: MessageKey | undefined = REASONS[finding.reason as ReceiptFormatReason];
      return reason === undefined ? text : `${text} ${t(reason)}`;
    }
    default: {
      const fixable = finding.fixable ? FIXABLE_MESSAGES[finding.kind] : undefined;
      return t(fixable ?? MESSAGES[finding.kind]);
    }
  }
}

/** The label of the button that applies a finding's certain fix: what it will do. */
export function fixLabel(kind: FindingKind): string {
  const key = FIX_LABELS[kind];
  return key === null ? '' : t(key);
}

/** The severity's word: "Problem", "Check", "Note". */
export function severityLabel(severity: Severity): string {
  return t(SEVERITY_LABELS[severity]);
}
