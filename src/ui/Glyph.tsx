import { isBlank } from '@/src/inspector/classify';
import type { CharInfo } from '@/src/inspector/types';
import { canDraw } from './canDraw';

// Nothing visible: what the inspector counts as white space or invisible (one list, classify.ts).
const blank = (text: string) => Array.from(text).every((ch) => isBlank(ch.codePointAt(0)!));

const codePoint = (text: string) => 'U+' + (text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/**
 * A character drawn large: Latin in Atkinson Hyperlegible Mono, Cyrillic,
 * Greek and Armenian lookalikes in bundled Noto faces (glyphFonts.ts), so a
 * Cyrillic О never looks like a zero. One that draws nothing gets an empty
 * dotted box, so the eye sees that *something* is there; one that no bundled
 * or installed font can draw shows its code point (U+FF17), never an empty
 * missing-glyph box. Always left to right: a code is a code, even on a
 * right-to-left page.
 */
export function Glyph({ char }: { char: Pick<CharInfo, 'text'> }) {
  if (blank(char.text)) return <span class="glyph glyph-blank" dir="ltr" aria-hidden="true" />;
  if (!canDraw(char.text))
    return (
      <span class="glyph glyph-code-point" dir="ltr" aria-hidden="true">
        {codePoint(char.text)}
      </span>
    );
  return (
    <span class="glyph" dir="ltr" aria-hidden="true">
      {char.text}
    </span>
  );
}
