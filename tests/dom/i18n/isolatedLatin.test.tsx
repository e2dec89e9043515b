import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import { ChecklistPage } from '@/src/checklist/ChecklistPage';
import { inspect } from '@/src/inspector/inspect';
import { setMessages, t, type MessageKey } from '@/src/i18n/t';
import { FindingList } from '@/src/ui/FindingList';
import { isolated } from '@/src/ui/isolated';

// In Arabic every Latin letter and digit of a sentence sits in an isolate:
// inside a <bdi dir="ltr"> (drawn in the code font), or between an isolate
// initiator (U+2066 LRI, U+2068 FSI) and its U+2069 PDI, or in an element
// with dir="ltr" (the big glyph). Otherwise the bidi
// algorithm may reorder "0 وO، و1 وI وl" and the Arabic font draws I and l
// like an alef.
const LATIN = /[\p{Script=Latin}0-9]/u;

/** Latin letters and digits of `root` outside any isolate, with a little context. */
function unisolated(root: Element): string[] {
  const loose: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Any element with dir="ltr" is an isolate (HTML's own style sheet); the
    // severity icon is a badge drawn apart (inline-block), not part of a sentence.
    if (node.parentElement?.closest('[dir="ltr"], .icon')) continue;
    let depth = 0;
    const text = node.textContent ?? '';
    [...text].forEach((ch, k) => {
      if (ch === '\u2066' || ch === '\u2068') depth++;
      else if (ch === '\u2069') depth--;
      else if (depth === 0 && LATIN.test(ch)) loose.push(`${ch} in «${text.slice(Math.max(0, k - 8), k + 8)}»`);
    });
  }
  return loose;
}

type Entry = { message: string; placeholders?: Record<string, { example?: string }> };
const table = ar as Record<string, Entry>;
const english = en as Record<string, Entry>;
// Each message filled with the English file's examples (codes, counts, names).
const examples = (key: string) => Object.values(english[key]?.placeholders ?? {}).map((p) => p.example ?? '7');
const withLatin = Object.keys(table).filter(
  (key) => key !== 'language_tag' && (LATIN.test(table[key]!.message.replace(/\$\w+\$/g, '')) || table[key]!.placeholders),
);

describe('Latin inside Arabic sentences', () => {
  afterEach(() => {
    cleanup();
    setMessages('en', en);
  });

  it('finds the messages to check', () => {
    // finding_lookalike is the sentence people saw broken; a placeholder message too.
    expect(withLatin).toContain('finding_lookalike');
    expect(withLatin).toContain('char_script_capital');
    expect(withLatin.length).toBeGreaterThan(40);
  });

  it.each(withLatin)('%s: every Latin run is isolated', (key) => {
    setMessages('ar', ar);
    const { container } = render(<p>{isolated(t(key as MessageKey, ...examples(key)))}</p>);
    expect(container.textContent).toMatch(LATIN);
    expect(unisolated(container)).toEqual([]);
  });

  const codes: Array<[string, string]> = [
    // A Cyrillic capital O (looks like O) and a zero: names with a Latin O.
    ['homoglyph and lookalike', 'K7XH4\u041eW9PT3R0'],
    // Full-width digit seven, lowercase l and capital I.
    ['full-width and lookalikes', '\uFF17lI1ABCDEFGH'],
    // A no-break space at the start, an Arabic-Indic digit inside.
    ['space and other digit', '\u00A0K7XH\u06614MW9PT3R'],
  ];
  it.each(codes)('the finding list in Arabic: %s', (_, text) => {
    setMessages('ar', ar);
    const { container } = render(<FindingList inspection={inspect(text, 'access-code')} />);
    expect(container.querySelectorAll('[data-finding]').length).toBeGreaterThan(0);
    expect(unisolated(container)).toEqual([]);
    // The isolated runs are left to right and carry the code font's class.
    for (const bdi of container.querySelectorAll('bdi.latin')) expect(bdi.getAttribute('dir')).toBe('ltr');
  });

  it('the checklist steps in Arabic: titles, whys and links', () => {
    setMessages('ar', ar);
    const { container } = render(<ChecklistPage />);
    const steps = [...container.querySelectorAll('.checklist-item')];
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) expect(unisolated(step)).toEqual([]);
  });

  it('leaves left-to-right sentences as they are', () => {
    // English: no isolates, no extra elements.
    const { container } = render(<p>{isolated(t('char_script_capital', 'Cyrillic', 'O'))}</p>);
    expect(container.innerHTML).toBe('<p>Cyrillic capital O</p>');
  });
});
