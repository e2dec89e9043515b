import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Glyph } from '@/src/ui/Glyph';

// The big glyph's empty box and the inspector agree on what draws nothing.
const cases: [string, string, boolean][] = [
  ['a space', ' ', true],
  ['a no-break space', '\u00a0', true],
  ['a zero-width space', '\u200b', true],
  ['a Hangul filler (a letter that draws nothing)', '\u3164', true],
  ['a variation selector', '\ufe0f', true],
  ['a lone surrogate', '\ud800', true],
  ['a capital A', 'A', false],
  ['a Cyrillic O', '\u041e', false],
];

describe('Glyph, blank characters', () => {
  afterEach(cleanup);
  it.each(cases)('%s', (_label, text, blank) => {
    const { container } = render(<Glyph char={{ text }} />);
    expect(container.querySelector('.glyph')!.classList.contains('glyph-blank')).toBe(blank);
  });
});
