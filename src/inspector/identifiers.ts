import type { FindingKind, FormatProfile } from './types.ts';

export interface Identifier {
  /** The finding raised when the access-code field holds this identifier. */
  kind: FindingKind;
  /** Tested on the text with white space, invisibles and dashes left out, mapped to ASCII. */
  pattern: RegExp;
  /** Where the format comes from (docs/DOMAIN.md, "Identifiers people confuse with it"). */
  source: string;
}

/** Other numbers people type into the access-code field, first match wins. */
export const identifiers: readonly Identifier[] = [
  { kind: 'looks-like-receipt-number', pattern: /^[A-Z]{3}[\d*]{10}$/i, source: 'receipt number: 3 letters + 10 digits, an asterisk may appear (High)' },
  { kind: 'looks-like-a-number', pattern: /^A\d{7,9}$/i, source: 'A-Number: A + 7 to 9 digits (Medium)' },
  { kind: 'looks-like-account-number', pattern: /^\d{12}$/, source: 'USCIS Online Account Number: 12 digits (Medium)' },
  { kind: 'looks-like-verification-code', pattern: /^\d{6}$/, source: 'two-step verification code: likely 6 digits (Low for length)' },
];

// USCIS publishes neither the access code's length nor its alphabet
// (docs/DOMAIN.md), so the profile is empty and no length or alphabet finding is
// raised. When a fact is sourced, one line here turns the check on, e.g.
// { lengths: [12], alphabet: '...' }.
export const accessCodeProfile: FormatProfile = {};
