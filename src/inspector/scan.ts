import { classify, type CharFacts } from './classify.ts';
import { findingKinds, MAX_LISTED, severityRank as rank } from './findingKinds.ts';
import type { ReceiptCheck } from './receiptCheck.ts';
import type { FieldKind, FindingKind, FormatProfile } from './types.ts';

/** Receives each character a kind applies to, in text order. */
export interface ScanSink {
  /** Only characters with a certain fix matter (applyFixes): the others are not passed. */
  readonly fixesOnly: boolean;
  /** replacement: the certain fix ('' = remove), or undefined when there is none. */
  hit(kind: FindingKind, index: number, length: number, position: number, cp: number, replacement: string | undefined): void;
}

export interface ScanResult {
  /** The cleaned text (no white space, invisibles or dashes), ASCII where known, up to 14 characters. */
  idText: string;
  /** Characters that are neither white space nor invisible. */
  contentCount: number;
  /**
   * Small letters of an access code: only the first MAX_LISTED are passed to
   * the sink, the rest only counted here (most of a long paste is small
   * letters, and a call each would double the time of a 1 MB paste).
   */
  smallLetters: number;
}

// The kinds one character raises (charKinds), reused for every character.
const kindsOf: FindingKind[] = [];
const fixesOf: (string | undefined)[] = [];
let count = 0;

/**
 * One pass over the text's code points: every character each kind applies
 * to goes to the sink, with its certain fix. A character is reported only
 * under its strongest severity (a Cyrillic O is a homoglyph problem, not also
 * a lookalike hint). White space is leading, inner or trailing by where the
 * first and last other characters are. `receipt` is the receipt field's
 * check (receiptCheck.ts), undefined in the access-code field.
 */
export function scan(
  text: string, field: FieldKind, profile: FormatProfile, receipt: ReceiptCheck | undefined, sink: ScanSink,
): ScanResult {
  const inReceipt = field === 'receipt-number';
  const alphabet = inReceipt ? undefined : profile.alphabet;
  // Only a receipt number of 13 characters has corrections and misplaced characters.
  const placed = receipt !== undefined && receipt.count === 13 ? receipt : undefined;
  let idText = '';
  let contentCount = 0;
  let smallLetters = 0;
  // A run of white space waits for the next character to say whether it was leading or inner.
  let runStart = -1;
  let runPosition = 0;
  let position = 0;
  for (let i = 0; i < text.length; ) {
    // A surrogate pair gives its code point; a lone surrogate, itself.
    const unit = text.charCodeAt(i);
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const len = cp > 0xffff ? 2 : 1;
    position++;
    const c = classify(cp);
    // Small letters of an access code raise only 'lowercase' (most of a long paste: kept cheap).
    if (c.small && c.cls === 'lower' && !inReceipt && alphabet === undefined) {
      if (runStart >= 0) {
        spaces(text, runStart, runPosition, i, contentCount > 0 ? 'inner-space' : 'leading-space', sink);
        runStart = -1;
      }
      contentCount++;
      if (idText.length < 14) idText += c.ascii;
      if (++smallLetters <= MAX_LISTED && !sink.fixesOnly) sink.hit('lowercase', i, len, position, cp, undefined);
      i += len;
      continue;
    }
    if (c.cls === 'space') {
      if (runStart < 0) {
        runStart = i;
        runPosition = position;
      }
      i += len;
      continue;
    }
    if (c.cls === 'invisible') {
      // Inside a run of white space it is reported with the run, so every hit comes in text order.
      if (runStart < 0) sink.hit('invisible', i, len, position, cp, '');
      i += len;
      continue;
    }
    if (runStart >= 0) {
      spaces(text, runStart, runPosition, i, contentCount > 0 ? 'inner-space' : 'leading-space', sink);
      runStart = -1;
    }
    contentCount++;
    if (idText.length < 14 && !c.dash) idText += c.ascii || '\uffff';
    // Plain capitals and digits raise nothing.
    if (c.quiet && alphabet === undefined && placed === undefined) {
      i += len;
      continue;
    }
    const n = charKinds(c, inReceipt, alphabet, placed?.corrections.get(i));
    if (n === 1 && placed === undefined) sink.hit(kindsOf[0]!, i, len, position, cp, fixesOf[0]);
    else if (n > 0) {
      // Only the strongest severity; a character listed under a receipt-format problem under no caution.
      let best: number = placed?.bad.has(i) ? rank.problem : rank.info;
      for (let k = 0; k < n; k++) best = Math.min(best, rank[findingKinds[kindsOf[k]!].severity]);
      for (let k = 0; k < n; k++) {
        if (rank[findingKinds[kindsOf[k]!].severity] === best) sink.hit(kindsOf[k]!, i, len, position, cp, fixesOf[k]);
      }
    }
    i += len;
  }
  if (runStart >= 0) spaces(text, runStart, runPosition, text.length, contentCount > 0 ? 'trailing-space' : 'leading-space', sink);
  return { idText, contentCount, smallLetters };
}

/** Reports the white space from `start` (at `position`) up to `to` as `kind`, and the invisibles among it. */
function spaces(text: string, start: number, position: number, to: number, kind: FindingKind, sink: ScanSink): void {
  for (let j = start, pos = position; j < to; pos++) {
    const cp = text.codePointAt(j)!;
    const len = cp > 0xffff ? 2 : 1;
    sink.hit(classify(cp).cls === 'space' ? kind : 'invisible', j, len, pos, cp, '');
    j += len;
  }
}

function push(kind: FindingKind, fix: string | undefined): void {
  kindsOf[count] = kind;
  fixesOf[count++] = fix;
}

/**
 * Fills kindsOf and fixesOf with the kinds a visible character raises, in
 * the order applyFixes composes their fixes (a later one builds on an
 * earlier one: receipt-fix on a mapped letter); returns how many.
 */
function charKinds(c: CharFacts, inReceipt: boolean, alphabet: string | undefined, correction: string | undefined): number {
  count = 0;
  const { cls, ascii } = c;
  // In the receipt field a mapped character's fix gives its final form: no dash, capitals.
  if (c.mapped) push(cls as 'fullwidth' | 'other-digit' | 'homoglyph', inReceipt ? (c.dash ? '' : ascii.toUpperCase()) : ascii);
  else if (cls === 'non-ascii') push('non-ascii', undefined);
  if (alphabet !== undefined && (ascii === '' || !alphabet.includes(ascii))) push('outside-alphabet', undefined);
  if (correction !== undefined) push('receipt-fix', correction);
  // A receipt number keeps its '*' (docs/DOMAIN.md); any other mark is worth a look.
  if (c.mark && !(inReceipt && ascii === '*')) push('punctuation', inReceipt && c.dash ? '' : undefined);
  if (c.small && correction === undefined) push('lowercase', inReceipt ? ascii.toUpperCase() : undefined);
  if (c.lookalike && !inReceipt) push('lookalike', undefined);
  return count;
}
