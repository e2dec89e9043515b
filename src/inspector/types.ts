// The inspector's vocabulary. The UI, the locale files and the tests use these
// exact names, so a kind is only ever added, never renamed.

export type FieldKind = 'access-code' | 'receipt-number';

/** problem: certainly wrong; caution: worth a second look. */
export type Severity = 'problem' | 'caution';

export type FindingKind =
  | 'leading-space' // problem: white space before the first character
  | 'trailing-space' // problem: white space after the last character
  | 'inner-space' // caution: white space between characters
  | 'invisible' // problem: zero-width, joiners, BOM, soft hyphen, bidi controls, lone surrogates ...
  | 'fullwidth' // problem: U+FF01-FF5E, e.g. from a CJK input method
  | 'homoglyph' // problem: a letter of another script that looks like an ASCII letter or digit
  | 'other-digit' // problem: a digit of another writing system or a styled digit
  | 'punctuation' // caution: dashes, quotes, dots, slashes, asterisks ...
  | 'non-ascii' // problem: any other non-ASCII character
  | 'lowercase' // caution (access code: case matters; receipt number: uppercased)
  | 'lookalike' // caution: 0 O o 1 I l 5 S 2 Z 8 B
  | 'caps-lock' // caution: reported by the DOM layer through options
  | 'looks-like-receipt-number' // problem: 3 letters + 10 digits in the access-code field
  | 'looks-like-a-number' // problem: A + 7 to 9 digits
  | 'looks-like-account-number' // caution: 12 digits (USCIS Online Account Number)
  | 'looks-like-verification-code' // caution: 6 digits (two-step code)
  | 'receipt-format' // problem: receipt field is not 3 letters + 10 digits; see ReceiptFormatReason
  | 'receipt-fix' // problem: a lookalike in the wrong part of a receipt number, certain fix
  | 'wrong-length' // problem: only with a FormatProfile that sets lengths
  | 'outside-alphabet' // problem: only with a FormatProfile that sets an alphabet
  | 'autofilled'; // caution: added by the DOM layer when the browser or a password manager filled the field

export type ReceiptFormatReason = 'too-short' | 'too-long' | 'bad-prefix' | 'bad-number';

/**
 * A character's name as data, so each locale can word it (English: englishName).
 * - digit / capital / small: an ASCII digit or letter; value is the character.
 * - script-capital / script-small / script-letter: a letter of another script
 *   (script id, e.g. 'cyrillic') that looks like ASCII value ('O', 'o', '3').
 * - script-digit: a digit of another system (script id, e.g. 'arabic-indic'); value '0'-'9'.
 * - script-symbol: a full-width ASCII symbol; value is the ASCII symbol ('-').
 * - named: spaces, invisibles, punctuation; id from namedCharacters.
 * - code-point: anything else; value 'U+1F600'.
 */
export type CharName =
  | { key: 'digit' | 'capital' | 'small'; value: string }
  | { key: 'script-capital' | 'script-small' | 'script-letter' | 'script-digit' | 'script-symbol'; value: string; script: string }
  | { key: 'named'; id: string }
  | { key: 'code-point'; value: string };

export interface CharInfo {
  /** UTF-16 offset in the text, for selection ranges. */
  index: number;
  /** 1 or 2 UTF-16 units. */
  length: number;
  /** 1-based position counted in code points ("7th character"). */
  position: number;
  codePoint: number;
  text: string;
  name: CharName;
  /** What it maps to when certain; '' when the character is removed. */
  replacement?: string;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** The characters involved, in text order; at most MAX_LISTED of them. */
  chars: CharInfo[];
  /** How many characters are involved (chars is capped so a 1 MB paste stays fast). */
  count: number;
  /** The whole text with only this finding corrected, when certain. */
  fixed?: string;
  /** Machine-readable detail, e.g. a ReceiptFormatReason. */
  reason?: string;
}

export interface Inspection {
  /** Problems first, then in text order. */
  findings: Finding[];
  /** All certain fixes applied; absent when nothing certain to fix. */
  suggestion?: string;
}

/**
 * What is known about the access code's format. Empty by default because
 * USCIS publishes neither length nor alphabet; with an empty profile no
 * length or alphabet finding exists.
 */
export interface FormatProfile {
  /** Accepted lengths in characters, e.g. [12]. */
  lengths?: readonly number[];
  /** Every accepted character, e.g. 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'. */
  alphabet?: string;
}

export interface InspectOptions {
  capsLock?: boolean;
  profile?: FormatProfile;
}
