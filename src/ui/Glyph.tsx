import type { CharInfo } from '@/src/inspector/types';

// Nothing visible: white space, format and control characters, lone surrogates.
const INVISIBLE = /^[\s\p{Cf}\p{Cc}\p{Cs}]*$/u;

/**
 * A character drawn large in a hyperlegible monospace font. One that draws
 * nothing gets an empty dotted box, so the eye sees that *something* is
 * there. Always left to right: a code is a code, even on a right-to-left page.
 */
export function Glyph({ char }: { char: Pick<CharInfo, 'text'> }) {
  const blank = INVISIBLE.test(char.text);
  return (
    <span class={blank ? 'glyph glyph-blank' : 'glyph'} dir="ltr" aria-hidden="true">
      {blank ? '' : char.text}
    </span>
  );
}
