import { charInfo } from './charName.ts';
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
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const { cls, ascii } = classify(cp);
    const mapped = cls === 'fullwidth' || cls === 'other-digit' || cls === 'homoglyph';
    out.push(charInfo(text, i, len, ++position, cp, mapped ? ascii : undefined));
    i += len;
  }
  return out;
}
