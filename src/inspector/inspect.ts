import { accessCodeProfile } from './accessCodeProfile.ts';
import {
  DIGIT, FULLWIDTH, HOMOGLYPH, INVISIBLE, LOWER, NON_ASCII, OTHER_DIGIT, PUNCTUATION, SPACE, UPPER,
} from './charClass.ts';
import { charInfo } from './charInfo.ts';
import { classify } from './classify.ts';
import { lookalikes } from './lookalikes.ts';
import { receiptCorrections } from './receiptCorrections.ts';
import type {
  CharInfo, FieldKind, Finding, FindingKind, InspectOptions, Inspection, ReceiptFormatReason, Severity,
} from './types.ts';

export type { FieldKind } from './types.ts';

/** A finding lists at most this many characters (and counts all of them), so a 1 MB paste stays fast. */
export const MAX_LISTED = 100;

// What a finding kind collects while the single pass runs. `out`/`from` build
// the text with only this kind corrected, without copying per character.
interface Slot {
  kind: FindingKind;
  severity: Severity;
  chars: CharInfo[];
  count: number;
  out: string;
  from: number;
  edited: boolean;
}

const isLookalike = new Uint8Array(128);
for (const c of lookalikes) isLookalike[c.charCodeAt(0)] = 1;

// Dashes a receipt number may be typed with; DOMAIN.md: "dashes omitted".
function isDash(cp: number): boolean {
  return cp === 0x2d || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63;
}

/**
 * Inspects the text of a field in one pass over its code points.
 * Access code: certain fixes (white space, invisibles, full-width, homoglyphs,
 * other digits) go into the suggestion; case and ASCII lookalikes never change.
 * Receipt number: spaces and dashes are removed and letters uppercased, since
 * receipt numbers are printed as capitals and digits with dashes omitted.
 */
export function inspect(text: string, field: FieldKind, options: InspectOptions = {}): Inspection {
  const receipt = field === 'receipt-number';
  const profile = options.profile ?? accessCodeProfile;
  const alphabet = receipt ? undefined : profile.alphabet;
  const slots = new Map<FindingKind, Slot>();
  const slot = (kind: FindingKind, severity: Severity): Slot => {
    let s = slots.get(kind);
    if (s === undefined) {
      s = { kind, severity, chars: [], count: 0, out: '', from: 0, edited: false };
      slots.set(kind, s);
    }
    return s;
  };
  const add = (s: Slot, i: number, len: number, pos: number, cp: number, replacement?: string): void => {
    if (s.count++ < MAX_LISTED) s.chars.push(charInfo(text, i, len, pos, cp, replacement));
    if (replacement !== undefined) {
      s.out += text.slice(s.from, i) + replacement;
      s.from = i + len;
      s.edited = true;
    }
  };

  // The suggestion, built the same way as a slot's text.
  let suggestion = '';
  let suggestionFrom = 0;
  // White space waits here (index, position, code point) until the next
  // character decides whether it was leading or inner.
  let pending: number[] | undefined;
  let seenContent = false;
  let contentCount = 0; // characters left in the cleaned access code
  const flush = (kind: FindingKind, severity: Severity): void => {
    if (pending === undefined) return;
    const s = slot(kind, severity);
    for (let k = 0; k < pending.length; k += 3) add(s, pending[k]!, 1, pending[k + 1]!, pending[k + 2]!, '');
    pending = undefined;
  };

  // The cleaned text's shape, for recognising other identifiers without
  // building a string: length, and which positions hold letters or digits.
  let idLength = 0;
  let idPrefixLetters = 0; // letters among the first 3
  let idTailDigitsOrStar = 0; // digits or '*' after the first 3
  let idTailDigits = 0; // digits after the first 1
  let idFirstA = false;
  let idAllDigits = true;
  let idBroken = false; // a character with no ASCII form
  // Receipt field: the kept characters (index, length, position, code point, ASCII or -1), up to 14.
  const kept: number[] = [];

  const n = text.length;
  let position = 0;
  for (let i = 0; i < n; ) {
    let cp = text.charCodeAt(i);
    let len = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
        len = 2;
      }
    }
    position++;
    const packed = classify(cp);
    const cls = packed >> 7;
    if (cls === SPACE) {
      (pending ??= []).push(i, position, cp);
      suggestion += text.slice(suggestionFrom, i);
      suggestionFrom = i + 1;
      i += len;
      continue;
    }
    if (cls === INVISIBLE) {
      add(slot('invisible', 'problem'), i, len, position, cp, '');
      suggestion += text.slice(suggestionFrom, i);
      suggestionFrom = i + len;
      i += len;
      continue;
    }
    flush(seenContent ? 'inner-space' : 'leading-space', seenContent ? 'caution' : 'problem');
    seenContent = true;
    contentCount++;

    // The ASCII character this one certainly stands for, or -1.
    let ascii = -1;
    let replaced = false;
    if (cls === UPPER || cls === LOWER || cls === DIGIT) {
      ascii = cp;
    } else if (cls === FULLWIDTH || cls === OTHER_DIGIT || cls === HOMOGLYPH) {
      ascii = packed & 127;
      const kind = cls === FULLWIDTH ? 'fullwidth' : cls === OTHER_DIGIT ? 'other-digit' : 'homoglyph';
      add(slot(kind, 'problem'), i, len, position, cp, String.fromCharCode(ascii));
      replaced = true;
    } else if (cls === PUNCTUATION) {
      if (cp < 128) ascii = cp;
      // A receipt number keeps its '*'; anything else is worth a look.
      if (!(receipt && cp === 0x2a)) {
        add(slot('punctuation', 'caution'), i, len, position, cp, receipt && isDash(cp) ? '' : undefined);
      }
    } else if (cls === NON_ASCII) {
      add(slot('non-ascii', 'problem'), i, len, position, cp);
    }

    let final = replaced ? String.fromCharCode(ascii) : undefined;
    if (receipt && (isDash(cp) || ascii === 0x2d)) {
      final = '';
    } else {
      if (ascii >= 0x61 && ascii <= 0x7a) {
        if (receipt) {
          final = String.fromCharCode(ascii - 32);
          add(slot('lowercase', 'caution'), i, len, position, cp, final);
        } else {
          add(slot('lowercase', 'caution'), i, len, position, cp);
        }
      }
      if (!receipt && ascii >= 0 && isLookalike[ascii] === 1) add(slot('lookalike', 'caution'), i, len, position, cp);
      if (alphabet !== undefined && (ascii < 0 || !alphabet.includes(String.fromCharCode(ascii)))) {
        add(slot('outside-alphabet', 'problem'), i, len, position, cp);
      }
      if (receipt && kept.length < 70) kept.push(i, len, position, cp, ascii);
      if (receipt) idLength++;
      else if (!isDash(ascii < 0 ? cp : ascii)) {
        const isDigit = ascii >= 0x30 && ascii <= 0x39;
        const isLetter = (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7a;
        if (ascii < 0) idBroken = true;
        if (idLength < 3) {
          if (isLetter) idPrefixLetters++;
        } else if (isDigit || ascii === 0x2a) idTailDigitsOrStar++;
        if (idLength === 0) idFirstA = (ascii | 0x20) === 0x61;
        else if (isDigit) idTailDigits++;
        if (!isDigit) idAllDigits = false;
        idLength++;
      }
    }
    if (final !== undefined) {
      suggestion += text.slice(suggestionFrom, i) + final;
      suggestionFrom = i + len;
    }
    i += len;
  }
  flush(seenContent ? 'trailing-space' : 'leading-space', 'problem');

  const extra: Finding[] = [];
  let whole = suggestionFrom === 0 ? text : suggestion + text.slice(suggestionFrom);
  if (receipt) {
    const fixes = (i: number, len: number, pos: number, cp: number, to: string): void =>
      add(slot('receipt-fix', 'problem'), i, len, pos, cp, to);
    whole = receiptChecks(text, kept, idLength, whole, fixes, extra);
    // A lowercase l or o that receipt-fix turns into a digit is not a case
    // problem; with 13 characters every lowercase one is listed, so rebuild.
    const fixed = slots.get('receipt-fix');
    const lower = slots.get('lowercase');
    if (fixed !== undefined && lower !== undefined) {
      const taken = new Set(fixed.chars.map((c) => c.index));
      lower.chars = lower.chars.filter((c) => !taken.has(c.index));
      lower.count = lower.chars.length;
      lower.out = '';
      lower.from = 0;
      for (const c of lower.chars) {
        lower.out += text.slice(lower.from, c.index) + (c.replacement ?? '');
        lower.from = c.index + c.length;
      }
      if (lower.count === 0) slots.delete('lowercase');
    }
  } else if (!idBroken) {
    const identifier = (kind: FindingKind, severity: Severity): number => extra.push({ kind, severity, chars: [], count: 0 });
    if (idLength === 13 && idPrefixLetters === 3 && idTailDigitsOrStar === 10) identifier('looks-like-receipt-number', 'problem');
    else if (idLength >= 8 && idLength <= 10 && idFirstA && idTailDigits === idLength - 1) identifier('looks-like-a-number', 'problem');
    else if (idLength === 12 && idAllDigits) identifier('looks-like-account-number', 'caution');
    else if (idLength === 6 && idAllDigits) identifier('looks-like-verification-code', 'caution');
  }
  if (!receipt && profile.lengths !== undefined && seenContent && !profile.lengths.includes(contentCount)) {
    extra.push({ kind: 'wrong-length', severity: 'problem', chars: [], count: 0, reason: String(contentCount) });
  }
  if (options.capsLock === true) extra.push({ kind: 'caps-lock', severity: 'caution', chars: [], count: 0 });

  const findings: Finding[] = extra;
  for (const s of slots.values()) {
    const finding: Finding = { kind: s.kind, severity: s.severity, chars: s.chars, count: s.count };
    if (s.edited) finding.fixed = s.out + text.slice(s.from);
    findings.push(finding);
  }
  if (findings.length > 1) findings.sort(byImportance);
  const inspection: Inspection = { findings };
  if (whole !== text) inspection.suggestion = whole;
  return inspection;
}

// Problems first, then in text order; findings about the whole text first.
function byImportance(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'problem' ? -1 : 1;
  return (a.chars[0]?.index ?? -1) - (b.chars[0]?.index ?? -1);
}

/** Receipt-number field: length, prefix and number checks, and certain lookalike fixes. Returns the suggestion. */
function receiptChecks(
  text: string,
  kept: number[],
  count: number,
  cleaned: string,
  fix: (i: number, len: number, pos: number, cp: number, to: string) => void,
  extra: Finding[],
): string {
  if (count === 0) return cleaned;
  const format = (reason: ReceiptFormatReason, chars: CharInfo[]): number =>
    extra.push({ kind: 'receipt-format', severity: 'problem', chars, count: chars.length, reason });
  if (count !== 13) {
    format(count < 13 ? 'too-short' : 'too-long', []);
    return cleaned;
  }
  const badPrefix: CharInfo[] = [];
  const badNumber: CharInfo[] = [];
  let rebuilt = '';
  let fixed = false;
  for (let k = 0; k < 13; k++) {
    const [i, len, pos, cp, ascii] = kept.slice(k * 5, k * 5 + 5) as [number, number, number, number, number];
    const c = ascii < 0 ? text.slice(i, i + len) : String.fromCharCode(ascii);
    const correction = k < 3 ? receiptCorrections.letterFor[c] : receiptCorrections.digitFor[c];
    if (correction !== undefined) {
      fix(i, len, pos, cp, correction);
      fixed = true;
    }
    const final = correction ?? c.toUpperCase();
    rebuilt += final;
    const ok = k < 3 ? final >= 'A' && final <= 'Z' : (final >= '0' && final <= '9') || final === '*';
    if (!ok) (k < 3 ? badPrefix : badNumber).push(charInfo(text, i, len, pos, cp));
  }
  if (badPrefix.length > 0) format('bad-prefix', badPrefix);
  if (badNumber.length > 0) format('bad-number', badNumber);
  if (!fixed) return cleaned;
  return rebuilt;
}
