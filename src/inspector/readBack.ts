import { charInfo } from './charInfo.ts';
import { classify } from './classify.ts';
import type { CharInfo } from './types.ts';

/**
 * Every character of the text, for reading a code aloud ("digit zero",
 * "capital letter O", "small letter l"); replacement is set where the
 * inspector knows the ASCII character meant (full-width, homoglyph, other digit).
 */
export function readBack(text: string): CharInfo[] {
  const out: CharInfo[] = [];
  let position = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const cls = classify(cp) >> 7;
    const code = classify(cp) & 127;
    out.push(charInfo(text, i, len, ++position, cp, cls >= 7 && cls <= 9 ? String.fromCharCode(code) : undefined));
    i += len;
  }
  return out;
}
