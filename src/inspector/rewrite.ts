import {
  DIGIT, FIX_CASE, FIX_DASH, FIX_INNER, FIX_INVISIBLE, FIX_LEADING, FIX_RECEIPT, FIX_TRAILING, INVISIBLE, LOWER, SPACE,
} from './charClass.ts';
import { classify } from './classify.ts';
import { isDash } from './isDash.ts';

/**
 * The text once for each mask in `masks`, with the certain fixes that mask
 * selects (FIX_* bits) applied. White space before `first` is leading, from
 * `end` on trailing, else inner. `overrides` (receipt-fix) maps UTF-16
 * offsets to the code unit FIX_RECEIPT puts there; without that bit those
 * characters keep their case. One pass serves every mask; each result is
 * built from slices between its edits, except a long text with one mask (a
 * paste), which goes into a typed array decoded in chunks: a string per edit
 * would cost more. Every fix maps a code point to at most one code unit.
 */
export function rewrite(
  text: string, masks: readonly number[], first: number, end: number, overrides?: ReadonlyMap<number, number>,
): string[] {
  const n = text.length;
  const m = masks.length;
  const out = n > 4096 && m === 1 ? new Uint16Array(n) : undefined;
  let o = 0;
  const results = masks.map(() => '');
  const froms = masks.map(() => 0);
  const caseFix = masks.some((mask) => mask & FIX_CASE);
  for (let i = 0; i < n; ) {
    // A surrogate pair gives its code point; a lone surrogate, itself.
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const packed = classify(cp);
    const cls = packed >> 7;
    const override = overrides?.get(i);
    // Letters and digits change only through receipt-fix or case: skip them.
    if (cls <= DIGIT && override === undefined && !(cls === LOWER && caseFix)) {
      if (out !== undefined) out[o++] = cp;
      i += len;
      continue;
    }
    const mapped = cls >= 7 && cls <= 9;
    const ascii = mapped ? packed & 127 : cp;
    for (let k = 0; k < m; k++) {
      const mask = masks[k]!;
      // -1: drop, 0: keep as is, else the code unit to write.
      let put = 0;
      if (override !== undefined) {
        if (mask & FIX_RECEIPT) put = override;
      } else if (cls === SPACE) {
        if (mask & (i < first ? FIX_LEADING : i >= end ? FIX_TRAILING : FIX_INNER)) put = -1;
      } else if (cls === INVISIBLE) {
        if (mask & FIX_INVISIBLE) put = -1;
      } else {
        if (mapped && mask & (1 << (cls - 3))) put = ascii;
        if (mask & FIX_DASH && isDash(ascii)) put = -1;
        else if (mask & FIX_CASE && ascii >= 0x61 && ascii <= 0x7a) put = ascii - 32;
      }
      if (out !== undefined) {
        if (put > 0) out[o++] = put;
        else if (put === 0) {
          out[o++] = text.charCodeAt(i);
          if (len === 2) out[o++] = text.charCodeAt(i + 1);
        }
      } else if (put !== 0) {
        results[k] += text.slice(froms[k], i) + (put > 0 ? String.fromCharCode(put) : '');
        froms[k] = i + len;
      }
    }
    i += len;
  }
  if (out === undefined) return results.map((r, k) => r + text.slice(froms[k]));
  let result = '';
  for (let k = 0; k < o; k += 8192) {
    result += String.fromCharCode.apply(null, out.subarray(k, Math.min(o, k + 8192)) as unknown as number[]);
  }
  return [result];
}
