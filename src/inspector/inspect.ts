import { accessCodeProfile } from './accessCodeProfile.ts';
import {
  FIX_ACCESS_CODE, FIX_CASE, FIX_DASH, FIX_RECEIPT, INVISIBLE, NON_ASCII, PUNCTUATION, SPACE,
} from './charClass.ts';
import { charInfo } from './charInfo.ts';
import { classify } from './classify.ts';
import { isDash } from './isDash.ts';
import { lookalikes } from './lookalikes.ts';
import { receiptCorrections } from './receiptCorrections.ts';
import { rewrite } from './rewrite.ts';
import type {
  CharInfo, FieldKind, Finding, FindingKind, InspectOptions, Inspection, ReceiptFormatReason, Severity,
} from './types.ts';

export type { FieldKind } from './types.ts';

/** A finding lists at most this many characters (count has them all), so a 1 MB paste stays fast. */
export const MAX_LISTED = 100;

// The kinds the pass collects, by index k; 1 << k is the fix (FIX_* in
// charClass.ts) that corrects a kind, when its characters have replacements.
// Indexes 4-6 are the mapped classes (class - 3); punctuation and lowercase
// are fixed only in the receipt field.
const kinds: readonly FindingKind[] = [
  'leading-space', // 0, FIX_LEADING
  'trailing-space', // 1, FIX_TRAILING
  'inner-space', // 2, FIX_INNER
  'invisible', // 3, FIX_INVISIBLE
  'fullwidth', // 4
  'other-digit', // 5
  'homoglyph', // 6
  'punctuation', // 7, FIX_DASH
  'lowercase', // 8, FIX_CASE
  'receipt-fix', // 9, FIX_RECEIPT
  'non-ascii', // 10, no fix
  'lookalike', // 11, no fix
  'outside-alphabet', // 12, no fix
];
const cautions = [2, 7, 8, 11];

interface Slot {
  kind: number;
  chars: CharInfo[];
  count: number;
  /** Whether any listed character has a replacement, i.e. `fixed` exists. */
  fixable: boolean;
}

const isLookalike = new Uint8Array(128);
for (const c of lookalikes) isLookalike[c.charCodeAt(0)] = 1;

// Plain capitals and digits that no one confuses: 1 capital, 2 digit.
const plain = new Uint8Array(128);
for (let c = 0x30; c <= 0x5a; c++) if (c <= 0x39 || c >= 0x41) plain[c] = c <= 0x39 ? 2 : 1;
for (const c of lookalikes) plain[c.charCodeAt(0)] = 0;

/** Fast path: only plain capitals and digits, in no other identifier's shape, so nothing to report. */
function isPlain(text: string): boolean {
  const n = text.length;
  let digits = 0;
  let prefixLetters = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const t = c < 128 ? plain[c] : 0;
    if (t === 0) return false;
    if (t === 2) digits++;
    else if (i < 3) prefixLetters++;
  }
  if (digits === n) return n !== 6 && n !== 12;
  if (digits === n - 1 && n >= 8 && n <= 10 && text.charCodeAt(0) === 0x41) return false;
  return !(n === 13 && prefixLetters === 3 && digits === 10);
}

function add(
  slots: (Slot | undefined)[], k: number, text: string, i: number, len: number, pos: number, cp: number,
  replacement?: string,
): void {
  let s = slots[k];
  if (s === undefined) slots[k] = s = { kind: k, chars: [], count: 0, fixable: false };
  else if (s.count >= MAX_LISTED) {
    s.count++;
    return;
  }
  if (s.count++ < MAX_LISTED) {
    s.chars.push(charInfo(text, i, len, pos, cp, replacement));
    if (replacement !== undefined) s.fixable = true;
  }
}

/** Reports a run of white space (from `start` at `position`, up to `to`) as leading, inner or trailing. */
function flush(
  slots: (Slot | undefined)[], k: number, text: string, start: number, position: number, spaces: number, to: number,
): void {
  let s = slots[k];
  if (s === undefined) slots[k] = s = { kind: k, chars: [], count: 0, fixable: true };
  s.count += spaces;
  for (let j = start, pos = position; j < to && s.chars.length < MAX_LISTED; pos++) {
    const cp = text.codePointAt(j) ?? 0;
    if (classify(cp) >> 7 === SPACE) s.chars.push(charInfo(text, j, 1, pos, cp, ''));
    j += cp > 0xffff ? 2 : 1;
  }
}

// `fixed` and `suggestion` of a long paste are computed on first read and then
// kept: a 1 MB paste has many findings, and most callers read only a few.
function lazy(target: object, key: string, compute: () => string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, writable: true }); // keeps enumerable and configurable
      return value;
    },
  });
}

/**
 * Inspects the text of a field in one pass over its code points.
 * Access code: the suggestion drops white space and invisibles and maps
 * full-width, homoglyph and other-digit characters to ASCII; case and ASCII
 * lookalikes never change (the code's rules are unpublished).
 * Receipt number: the suggestion also drops dashes, uppercases letters
 * (receipt numbers are printed as capitals, dashes omitted: DOMAIN.md) and
 * applies receipt-fix.
 */
export function inspect(text: string, field: FieldKind, options?: InspectOptions): Inspection {
  const receipt = field === 'receipt-number';
  const profile = options?.profile ?? accessCodeProfile;
  const capsLock = options?.capsLock === true;
  if (!receipt && !capsLock && profile.lengths === undefined && profile.alphabet === undefined && isPlain(text)) {
    return { findings: [] };
  }
  const alphabet = receipt ? undefined : profile.alphabet;
  const slots: (Slot | undefined)[] = [];

  // White space waits until the next character says whether it was leading
  // or inner: where the run started, its position, how many spaces it has.
  let runStart = -1;
  let runPosition = 0;
  let runSpaces = 0;
  let first = -1; // UTF-16 offset of the first character that is neither space nor invisible
  let end = 0; // just after the last such character

  // The cleaned text, dashes left out, for recognising other identifiers;
  // none is longer than 13, so a long paste stops collecting at 14.
  let idLength = 0;
  let idText = '';
  let contentCount = 0; // characters in the cleaned access code
  // Receipt field: kept characters as (index, length, position, code point, ASCII or -1), up to 14.
  const kept: number[] = [];

  const n = text.length;
  let position = 0;
  for (let i = 0; i < n; ) {
    // A surrogate pair gives its code point; a lone surrogate, itself.
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    position++;
    const packed = classify(cp);
    const cls = packed >> 7;
    if (cls === SPACE) {
      if (runSpaces++ === 0) {
        runStart = i;
        runPosition = position;
      }
      i += len;
      continue;
    }
    if (cls === INVISIBLE) {
      add(slots, 3, text, i, len, position, cp, '');
      i += len;
      continue;
    }
    if (runSpaces !== 0) {
      flush(slots, first < 0 ? 0 : 2, text, runStart, runPosition, runSpaces, i);
      runSpaces = 0;
    }
    if (first < 0) first = i;
    end = i + len;
    contentCount++;

    // The ASCII character this one certainly stands for, or -1.
    let ascii = cp;
    if (cls >= 7 && cls <= 9) {
      ascii = packed & 127;
      add(slots, cls - 3, text, i, len, position, cp, String.fromCharCode(ascii));
      // A full-width '-' or '/' is still punctuation once it is ASCII.
      if (classify(ascii) >> 7 === PUNCTUATION && !(receipt && ascii === 0x2a)) add(slots, 7, text, i, len, position, cp, receipt && isDash(ascii) ? '' : undefined);
    } else if (cls === PUNCTUATION) {
      if (cp > 127) ascii = -1;
      // A receipt number keeps its '*' (DOMAIN.md); anything else is worth a look.
      if (!(receipt && cp === 0x2a)) add(slots, 7, text, i, len, position, cp, receipt && isDash(cp) ? '' : undefined);
    } else if (cls === NON_ASCII) {
      ascii = -1;
      add(slots, 10, text, i, len, position, cp);
    }

    if (ascii === 0x2d || (ascii < 0 && isDash(cp))) {
      i += len;
      continue;
    }
    // Lowercase letters and lookalikes fill a long paste: once their lists are
    // full, only count them, without a call.
    if (ascii >= 0x61 && ascii <= 0x7a) {
      const s = slots[8];
      if (s !== undefined && s.count >= MAX_LISTED) s.count++;
      else add(slots, 8, text, i, len, position, cp, receipt ? String.fromCharCode(ascii - 32) : undefined);
    }
    if (receipt) {
      if (idLength < 14) kept.push(i, len, position, cp, ascii);
    } else {
      if (ascii >= 0 && isLookalike[ascii] === 1) {
        const s = slots[11];
        if (s !== undefined && s.count >= MAX_LISTED) s.count++;
        else add(slots, 11, text, i, len, position, cp);
      }
      if (alphabet !== undefined && (ascii < 0 || !alphabet.includes(String.fromCharCode(ascii)))) {
        add(slots, 12, text, i, len, position, cp);
      }
      // A character with no ASCII form (U+FFFF here) matches no identifier.
      if (idLength < 14) idText += String.fromCharCode(ascii < 0 ? 0xffff : ascii);
    }
    idLength++;
    i += len;
  }
  if (runSpaces !== 0) flush(slots, first < 0 ? 0 : 1, text, runStart, runPosition, runSpaces, n);
  if (first < 0) first = end = n; // only white space: all of it is leading

  const extra: Finding[] = [];
  const whole = (kind: FindingKind, severity: Severity, reason?: string, chars: CharInfo[] = []): void => {
    const finding: Finding = { kind, severity, chars, count: chars.length };
    if (reason !== undefined) finding.reason = reason;
    extra.push(finding);
  };
  let overrides: Map<number, number> | undefined;
  if (receipt) {
    if (idLength === 13) overrides = receiptFixes(text, kept, slots, whole);
    else if (idLength > 0) whole('receipt-format', 'problem', idLength < 13 ? 'too-short' : 'too-long');
    const lower = slots[8];
    if (overrides !== undefined && lower !== undefined) {
      // A lowercase l or o that receipt-fix turns into a digit is no case problem.
      lower.chars = lower.chars.filter((c) => !overrides!.has(c.index));
      lower.count = lower.chars.length;
      if (lower.count === 0) slots[8] = undefined;
    }
  } else {
    // Formats from DOMAIN.md: receipt number, A-Number, account number, two-step code.
    if (/^[a-z]{3}[\d*]{10}$/i.test(idText)) whole('looks-like-receipt-number', 'problem');
    else if (/^a\d{7,9}$/i.test(idText)) whole('looks-like-a-number', 'problem');
    else if (/^\d{12}$/.test(idText)) whole('looks-like-account-number', 'caution');
    else if (/^\d{6}$/.test(idText)) whole('looks-like-verification-code', 'caution');
  }
  if (!receipt && profile.lengths !== undefined && contentCount > 0 && !profile.lengths.includes(contentCount)) {
    whole('wrong-length', 'problem', String(contentCount));
  }
  if (capsLock) whole('caps-lock', 'caution');

  const findings: Finding[] = extra;
  // Texts to fill in: the finding (or the inspection) and its fix mask.
  const targets: [Finding | Inspection, 'fixed' | 'suggestion'][] = [];
  const masks: number[] = [];
  let fixes = 0;
  for (const s of slots) {
    if (s === undefined) continue;
    const kind = kinds[s.kind]!;
    const fix = 1 << s.kind;
    const finding: Finding = { kind, severity: cautions.includes(s.kind) ? 'caution' : 'problem', chars: s.chars, count: s.count };
    if (s.fixable) {
      fixes |= fix;
      targets.push([finding, 'fixed']);
      masks.push(fix);
    }
    findings.push(finding);
  }
  if (findings.length > 1) findings.sort(byImportance);
  const inspection: Inspection = { findings };
  if (fixes !== 0) {
    targets.push([inspection, 'suggestion']);
    masks.push(receipt ? FIX_ACCESS_CODE | FIX_DASH | FIX_CASE | FIX_RECEIPT : FIX_ACCESS_CODE);
  }
  if (n <= 4096) {
    const texts = rewrite(text, masks, first, end, overrides);
    targets.forEach(([target, key], k) => ((target as unknown as Record<string, unknown>)[key] = texts[k]));
  } else {
    targets.forEach(([target, key], k) => lazy(target, key, () => rewrite(text, [masks[k]!], first, end, overrides)[0]!));
  }
  return inspection;
}

// Problems first, then in text order; findings about the whole text first.
function byImportance(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'problem' ? -1 : 1;
  return (a.chars[0]?.index ?? -1) - (b.chars[0]?.index ?? -1);
}

/**
 * A receipt field with 13 characters: the position says letter (first 3) or
 * digit (last 10), so a lookalike in the wrong part has a certain fix.
 * Returns the fixes (offset to code unit), or undefined when there are none.
 */
function receiptFixes(
  text: string,
  kept: number[],
  slots: (Slot | undefined)[],
  whole: (kind: FindingKind, severity: Severity, reason?: string, chars?: CharInfo[]) => void,
): Map<number, number> | undefined {
  let overrides: Map<number, number> | undefined;
  const prefix: CharInfo[] = [];
  const number: CharInfo[] = [];
  for (let k = 0; k < 13; k++) {
    const [i = 0, len = 1, pos = 0, cp = 0, ascii = -1] = kept.slice(k * 5, k * 5 + 5);
    const c = String.fromCharCode(ascii);
    const correction = ascii < 0 ? undefined : (k < 3 ? receiptCorrections.letterFor : receiptCorrections.digitFor)[c];
    if (correction !== undefined) {
      add(slots, 9, text, i, len, pos, cp, correction);
      (overrides ??= new Map()).set(i, correction.charCodeAt(0));
    }
    const final = correction ?? c.toUpperCase();
    // A letter in the prefix, a digit or '*' in the number (DOMAIN.md).
    if (!(k < 3 ? /[A-Z]/ : /[\d*]/).test(final)) (k < 3 ? prefix : number).push(charInfo(text, i, len, pos, cp));
  }
  if (prefix.length > 0) whole('receipt-format', 'problem', 'bad-prefix' satisfies ReceiptFormatReason, prefix);
  if (number.length > 0) whole('receipt-format', 'problem', 'bad-number' satisfies ReceiptFormatReason, number);
  return overrides;
}
