import { charInfo } from './charName.ts';
import { classify, isDash } from './classify.ts';
import { findingKinds, MAX_LISTED } from './findingKinds.ts';
import type { CharInfo, FieldKind, Finding, InspectOptions } from './types.ts';

/**
 * The cut-off finding: the box's maxLength kept only the start of a paste
 * and something that is not white space fell off the end. The DOM layer
 * passes `pasted` for a paste into an empty (or wholly selected) box, so the
 * box took its first maxLength units. Fixable when the pasted text, cleaned
 * by every certain fix, fits: applyFixes then pastes that again.
 */
export function cutOff(field: FieldKind, options: InspectOptions): Finding | undefined {
  const { maxLength, pasted } = options;
  if (pasted === undefined || maxLength === undefined || maxLength < 0 || pasted.length <= maxLength) return undefined;
  const lost: CharInfo[] = [];
  let count = 0;
  let position = Array.from(pasted.slice(0, maxLength)).length;
  for (let i = maxLength; i < pasted.length; ) {
    const cp = pasted.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    position++;
    const { cls } = classify(cp);
    if (cls !== 'space' && cls !== 'invisible' && count++ < MAX_LISTED) lost.push(charInfo(pasted, i, len, position, cp));
    i += len;
  }
  if (count === 0) return undefined; // only white space fell off: nothing of the code is lost
  return {
    kind: 'cut-off', severity: findingKinds['cut-off'].severity, chars: [], count, lost, limit: maxLength,
    fixable: cleanLength(pasted, field, maxLength) <= maxLength,
  };
}

/**
 * The length of `text` once every certain fix is applied (they remove white
 * space, invisibles and, in a receipt number, dashes, and write one ASCII
 * unit for a mapped character), counted only until it passes `limit`.
 */
function cleanLength(text: string, field: FieldKind, limit: number): number {
  let length = 0;
  for (let i = 0; i < text.length && length <= limit; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const { cls, ascii } = classify(cp);
    const dropped = cls === 'space' || cls === 'invisible' ||
      (field === 'receipt-number' && (isDash(cp) || (ascii !== '' && isDash(ascii.charCodeAt(0)))));
    if (!dropped) length += ascii !== '' ? 1 : len;
    i += len;
  }
  return length;
}
