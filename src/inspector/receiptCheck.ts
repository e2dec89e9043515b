import { classify, isDash } from './classify.ts';
import { identifiers } from './identifiers.ts';
import { receiptCorrections } from './receiptCorrections.ts';

/** A character of the receipt field that counts toward the 13 (not white space, invisible or a dash). */
export interface KeptChar {
  index: number;
  length: number;
  position: number;
  codePoint: number;
  /** Its ASCII form ('' when it has none). */
  ascii: string;
}

export interface ReceiptCheck {
  /** The first kept characters (enough to judge the shape; count has them all up to the cap). */
  kept: KeptChar[];
  /** How many characters are kept, counted up to KEPT_MAX. */
  count: number;
  /** 13 characters: the certain correction of a lookalike in the wrong part, by UTF-16 offset. */
  corrections: Map<number, string>;
  /** 13 characters: those that are no letter among the first 3, or no digit among the last 10. */
  badPrefix: KeptChar[];
  badNumber: KeptChar[];
  /** The offsets of badPrefix and badNumber: listed under that problem, so under no caution. */
  bad: Set<number>;
  /** Letters and digits mixed after the first three: an access code typed in the wrong box. */
  accessCodeShape: boolean;
}

// No receipt number or access code is longer: counting further says nothing more.
const KEPT_MAX = 17;
const receiptPattern = identifiers.find((row) => row.kind === 'looks-like-receipt-number')!.pattern;

/**
 * The receipt field's rules (docs/DOMAIN.md: 3 letters + 10 digits, dashes
 * omitted, an asterisk may appear in the number). With 13 characters the
 * position says letter or digit, so a lookalike in the wrong part has one
 * certain correction (receiptCorrections.ts). Reads only as far as KEPT_MAX
 * kept characters, so a long paste costs little.
 */
export function receiptCheck(text: string): ReceiptCheck {
  const kept: KeptChar[] = [];
  let position = 0;
  for (let i = 0; i < text.length && kept.length < KEPT_MAX; ) {
    const cp = text.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    position++;
    const { cls, ascii } = classify(cp);
    if (cls !== 'space' && cls !== 'invisible' && !isDash(cp) && !(ascii !== '' && isDash(ascii.charCodeAt(0)))) {
      kept.push({ index: i, length, position, codePoint: cp, ascii });
    }
    i += length;
  }
  const check: ReceiptCheck = { kept, count: kept.length, corrections: new Map(), badPrefix: [], badNumber: [], bad: new Set(), accessCodeShape: false };
  if (kept.length === 13) {
    let final = '';
    kept.forEach((c, k) => {
      const correction = (k < 3 ? receiptCorrections.letterFor : receiptCorrections.digitFor)[c.ascii];
      if (correction !== undefined) check.corrections.set(c.index, correction);
      const ch = correction ?? c.ascii.toUpperCase();
      final += ch || '\uffff';
      if (!(k < 3 ? /^[A-Z]$/ : /^[\d*]$/).test(ch)) {
        (k < 3 ? check.badPrefix : check.badNumber).push(c);
        check.bad.add(c.index);
      }
    });
    if (receiptPattern.test(final)) return check;
  }
  check.accessCodeShape = looksLikeAccessCode(kept);
  return check;
}

// An access code mixes letters and digits; a receipt number has only digits
// after its 3 letters. Two letters there that are no digit lookalike (O, I,
// l, S, Z, B could be typos of a receipt number) and a digit: an access code.
function looksLikeAccessCode(kept: readonly KeptChar[]): boolean {
  if (kept.length < 8 || kept.length >= KEPT_MAX) return false;
  let letters = 0;
  let digits = 0;
  for (const [k, c] of kept.entries()) {
    if (!/^[A-Za-z0-9]$/.test(c.ascii)) return false;
    if (k < 3) continue;
    if (/\d/.test(c.ascii)) digits++;
    else if (receiptCorrections.digitFor[c.ascii] === undefined) letters++;
  }
  return letters >= 2 && digits >= 1;
}
