import { afterEach, describe, expect, it } from 'vitest';
import { helpField } from '@/src/page/helpField';
import { loadedLoader, panels, testContext, trustAll } from './testPanel';

// What the panel says when the page does not take our write whole (the
// reducer's `note`): a calm line of words, and a code that is still wrong
// never looks fixed (the findings are of what the field holds).
const root = () => panels[0]!.root;
const click = (selector: string) => (root().querySelector(selector) as HTMLButtonElement).click();
const look = () => ({
  value: (document.querySelector('#f') as HTMLInputElement).value,
  state: root().querySelector('.panel')?.getAttribute('data-state'),
  findings: Array.from(root().querySelectorAll('[data-finding]'), (el) => el.getAttribute('data-finding')),
  note: root().querySelector('.note')?.textContent ?? null,
  undo: root().querySelector('[data-undo]') !== null,
  none: root().querySelector('[data-finding-none]') !== null,
});

const NOT_TAKEN = 'The page did not accept the change. Type the code by hand.';
const PARTLY_TAKEN = 'The page accepted only part of the change. Check the code, or Undo.';

// A page's own input handler, run on our write's input event as on typing.
type PageHandler = (field: HTMLInputElement, before: string) => void;

function setup(typed: string, page: PageHandler | null) {
  document.body.innerHTML = '<label for="f">Online Access Code</label><input id="f">';
  const field = document.querySelector<HTMLInputElement>('#f')!;
  helpField(field, 'access-code', loadedLoader(), testContext(), trustAll);
  let before = '';
  field.addEventListener('keydown', () => (before = field.value));
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
  field.value = typed;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  before = field.value;
  if (page) field.addEventListener('input', () => page(field, before));
  return field;
}

afterEach(() => {
  document.body.replaceChildren();
  for (const p of panels) p.root.remove();
  panels.length = 0;
});

describe('the panel on a write the page did not take whole', () => {
  // [what the page does, typed, fix pressed, what the panel then shows]
  const cases: Array<[string, string, PageHandler | null, string, ReturnType<typeof look>]> = [
    // A page that takes the write: no note, Undo offered, nothing left to find.
    ['takes it', ' K7XH4MW9PT3R', null, 'leading-space',
      { value: 'K7XH4MW9PT3R', state: 'ok', findings: [], note: null, undo: true, none: true }],
    // A controlled box that puts its own value back: nothing changed, nothing to undo, the finding stays.
    ['refuses it', ' K7XH4MW9PT3R', (field, before) => (field.value = before), 'leading-space',
      { value: ' K7XH4MW9PT3R', state: 'findings', findings: ['leading-space'], note: NOT_TAKEN, undo: false, none: false }],
    // A formatter that puts a space back in front: half fixed, so never "No problems found".
    ['takes part of it', ' K7XH4MW9PT3R\u200b', (field) => (field.value.startsWith(' ') ? null : (field.value = ` ${field.value}`)), 'all',
      { value: ' K7XH4MW9PT3R', state: 'findings', findings: ['leading-space'], note: PARTLY_TAKEN, undo: true, none: false }],
  ];
  it.each(cases)('a page that %s', (_name, typed, page, fix, expected) => {
    setup(typed, page);
    click(`[data-fix="${fix}"]`);
    expect(look()).toEqual(expected);
  });

  it('says it politely in the live region, and stops once the person types', () => {
    let refused = false; // the page refuses our write only, not the person's typing after it
    const field = setup(' K7XH4MW9PT3R', (f, before) => (refused ? null : ((refused = true), (f.value = before))));
    click('[data-fix="leading-space"]');
    const status = () => root().querySelector('[role="status"]')!;
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().textContent).toContain(NOT_TAKEN);
    expect(root().querySelector('[role="alert"]')).toBe(null);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    field.value = 'K7XH4MW9PT3R';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    expect(look()).toMatchObject({ value: 'K7XH4MW9PT3R', note: null });
    expect(root().textContent).not.toContain(NOT_TAKEN);
  });
});
