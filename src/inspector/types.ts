// The inspector's vocabulary. The UI, the locale files and the tests use these
// exact names, so a kind is only ever added, never renamed. What each kind
// means and how severe it is: findingKinds.ts.

/** The two fields the extension helps with (the field finder uses the same names). */
export type FieldKind = 'access-code' | 'receipt-number';

/** problem: certainly wrong; caution: worth a second look; info: a quiet read-back hint. */
export type Severity = 'problem' | 'caution' | 'info';

export type FindingKind =
  | 'leading-space' // white space before the first character
  | 'trailing-space' // white space after the last character
  | 'inner-space' // white space between characters
  | 'invisible' // zero-width, joiners, BOM, soft hyphen, bidi controls, lone surrogates ...
  | 'fullwidth' // U+FF01-FF5E, e.g. from a CJK input method
  | 'homoglyph' // a letter of another script that looks like an ASCII letter or digit
  | 'other-digit' // a digit of another writing system or a styled digit
  | 'punctuation' // dashes, quotes, dots, slashes, asterisks ...
  | 'non-ascii' // any other non-ASCII character
  | 'lowercase' // access code: case matters; receipt number: uppercased
  | 'lookalike' // 0 O o 1 I l 5 S 2 Z 8 B, named so they can be compared with the notice
  | 'caps-lock' // reported by the DOM layer through options
  | 'cut-off' // the box's maxLength cut what was pasted
  | 'looks-like-receipt-number' // 3 letters + 10 digits in the access-code field
  | 'looks-like-a-number' // A + 7 to 9 digits
  | 'looks-like-account-number' // 12 digits (USCIS Online Account Number)
  | 'looks-like-verification-code' // 6 digits (two-step code)
  | 'looks-like-access-code' // receipt field: letters and digits mixed, no receipt number
  | 'receipt-format' // receipt field is not 3 letters + 10 digits; see ReceiptFormatReason
  | 'receipt-fix' // a lookalike in the wrong part of a receipt number, certain fix
  | 'wrong-length' // only with a FormatProfile that sets lengths
  | 'outside-alphabet' // only with a FormatProfile that sets an alphabet
  | 'autofilled'; // added by the DOM layer: the browser or a password manager filled the field in

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

export type CauseKind = 'keyboard-layout' | 'ime-fullwidth' | 'paste' | 'autofill';
export interface Cause {
  kind: CauseKind;
  /** BCP 47 language of the layout when known, e.g. 'ru' */
  language?: string;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** The characters involved, in text order; at most MAX_LISTED of them. */
  chars: CharInfo[];
  /** How many characters are involved (chars is capped so a 1 MB paste stays fast). */
  count: number;
  /** This finding has a certain fix: applyFixes(text, field, [kind], options) computes it. */
  fixable: boolean;
  /** Machine-readable detail, e.g. a ReceiptFormatReason. */
  reason?: string;
  /** cut-off only: the box's maxLength and the characters that did not fit (indexes in the pasted text). */
  limit?: number;
  lost?: CharInfo[];
  /** Set by the DOM layer, never by inspect(): why it happened. */
  cause?: Cause;
}

export interface Inspection {
  /** Problems first, then cautions, then info; each in text order. */
  findings: Finding[];
  /** Every kind with a certain fix, for "Fix all": applyFixes(text, field, fixable, options). */
  fixable: FindingKind[];
  /** True when the text holds nothing but white space and invisibles, so "No problems found" would say nothing. */
  empty?: boolean;
}

/**
 * What is known about the access code's format. Empty by default because
 * USCIS publishes neither length nor alphabet (docs/DOMAIN.md); with an
 * empty profile no length or alphabet finding exists.
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
  /** false while the person is still typing (no red "too short" yet); default true. */
  complete?: boolean;
  /** The field's maxLength; undefined or negative = no limit. */
  maxLength?: number;
  /** The text of the last paste (or typed text the box refused), as it was before the box cut it. */
  pasted?: string;
}
