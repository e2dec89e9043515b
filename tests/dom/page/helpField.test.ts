import { afterEach, describe, expect, it, vi } from 'vitest';
import { helpField } from '@/src/page/helpField';
import { loadedLoader, panels, testApi, testContext, trustAll } from './testPanel';

// The panel bundle, already loaded (the content script loads it when a field gets focus).
let failing = false;
const api = testApi({ fail: () => failing });
const loader = loadedLoader(api);
const help = (target: HTMLInputElement, kind: 'access-code' | 'receipt-number', from = loader) => helpField(target, kind, from, testContext(), trustAll);

// What the frame would draw, drawn in the test document (see testPanel.tsx).
const root = () => panels[0]?.root ?? null;
const kinds = () => Array.from(root()?.querySelectorAll('[data-finding]') ?? [], (el) => el.getAttribute('data-finding'));
const state = () => root()?.querySelector('.panel')?.getAttribute('data-state') ?? null;
const click = (selector: string) => (root()!.querySelector(selector) as HTMLButtonElement).click();

// One watched field in happy-dom: what the panel shows as a person types,
// pastes, fixes and undoes. Kinds are the inspector's vocabulary.
function setup(kind: 'access-code' | 'receipt-number' = 'access-code') {
  document.body.innerHTML = '<form><label for="f">Online Access Code</label><input id="f"><p id="page-error">Invalid code</p></form>';
  const field = document.querySelector<HTMLInputElement>('#f')!;
  const release = help(field, kind);
  // A person's typing: a key goes down, then the value changes.
  const type = (value: string) => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  };
  return { field, release, type };
}

afterEach(() => {
  document.body.replaceChildren();
  for (const p of panels) p.root.remove();
  panels.length = 0;
  failing = false;
});

describe('helpField', () => {
  it('adds nothing to the page while the field is untouched', () => {
    setup();
    expect(root()).toBe(null);
  });

  it('shows findings from outside the page\'s flow: the field keeps its own next sibling', () => {
    const { type, field } = setup();
    type(' K7XH4MW9PT3R');
    expect(kinds()).toEqual(['leading-space']);
    expect(field.nextElementSibling?.id).toBe('page-error');
    // The one change to the page's own DOM: the access code kept out of form history (autocomplete="off").
    expect(document.body.innerHTML).toBe('<form><label for="f">Online Access Code</label><input id="f" autocomplete="off"><p id="page-error">Invalid code</p></form>');
    expect(root()!.parentElement).toBe(document.documentElement);
  });

  it('says a clean value looks fine while the person is in the field, and nothing once they move on', async () => {
    const { type, field } = setup();
    field.focus();
    await new Promise((r) => setTimeout(r, 0)); // focus is looked at once it has settled
    type('K7XH4MW9PT3R');
    expect(state()).toBe('ok');
    expect(kinds()).toEqual([]);
    field.blur();
    await new Promise((r) => setTimeout(r, 0));
    expect(panels[0]!.mode()).toBe('hidden');
  });

  it('fixes on a click, with input and change events, and undoes', () => {
    const { type, field } = setup();
    const events: string[] = [];
    field.addEventListener('input', () => events.push('input'));
    field.addEventListener('change', () => events.push('change'));
    type('K7XH4MW9PT3R\u200b'); // zero-width space at the end
    events.length = 0;
    click('[data-fix="invisible"]');
    expect(field.value).toBe('K7XH4MW9PT3R');
    expect(events).toEqual(['input', 'change']);
    expect(kinds()).toEqual([]);
    click('[data-undo]');
    expect(field.value).toBe('K7XH4MW9PT3R\u200b');
    expect(root()!.querySelector('[data-undo]')).toBe(null);
  });

  it('drops Undo once the person types again', () => {
    const { type } = setup();
    type(' K7');
    click('[data-fix="leading-space"]');
    expect(root()!.querySelector('[data-undo]')).not.toBe(null);
    type('K7X');
    expect(root()!.querySelector('[data-undo]')).toBe(null);
  });

  it('warns while Caps Lock is on, and stops on blur', () => {
    const { field } = setup();
    const key = new KeyboardEvent('keydown', { key: 'A' });
    Object.defineProperty(key, 'getModifierState', { value: (k: string) => k === 'CapsLock' });
    field.dispatchEvent(key);
    expect(kinds()).toEqual(['caps-lock']);
    field.dispatchEvent(new FocusEvent('blur'));
    expect(kinds()).toEqual([]);
  });

  it('keeps Caps Lock beside the clean state, not instead of it', () => {
    const { field, type } = setup();
    type('K7XH4MW9PT3R');
    const key = new KeyboardEvent('keydown', { key: 'A' });
    Object.defineProperty(key, 'getModifierState', { value: (k: string) => k === 'CapsLock' });
    field.dispatchEvent(key);
    expect(kinds()).toEqual(['caps-lock']);
    expect(state()).toBe('ok');
    expect(root()!.querySelector('[data-finding-none]')).not.toBe(null);
  });

  it('says a receipt number is too short only once typing is done', () => {
    const { field, type } = setup('receipt-number');
    type('EAC21');
    expect(kinds()).toEqual([]);
    field.dispatchEvent(new FocusEvent('blur'));
    expect(kinds()).toEqual(['receipt-format']);
    type('EAC211');
    expect(kinds()).toEqual([]);
  });

  it('tells what the box cut off a paste, until the whole code is in', () => {
    const { field } = setup();
    field.maxLength = 12;
    field.focus();
    const data = new DataTransfer();
    data.setData('text/plain', '\u00a0K7XH4MW9PT3R');
    field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    field.value = '\u00a0K7XH4MW9PT3'; // what the browser lets in: the first 12
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    expect(kinds()).toEqual(['cut-off', 'leading-space']);
    expect(root()!.querySelector('[data-finding-none]')).toBe(null);
    click('[data-fix="leading-space"]');
    expect(field.value).toBe('K7XH4MW9PT3');
    expect(kinds()).toEqual(['cut-off']); // never "No problems found" for the 11 characters left
    expect(root()!.querySelector('[data-finding-none]')).toBe(null);
    click('[data-fix="cut-off"]');
    expect(field.value).toBe('K7XH4MW9PT3R');
    expect(kinds()).toEqual([]);
    expect(root()!.querySelector('[data-finding-none]')).not.toBe(null);
  });

  it('waits for an input method to finish composing', () => {
    const { field } = setup();
    field.value = 'K７';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    expect(kinds()).toEqual([]);
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(kinds()).toEqual(['fullwidth']);
  });

  it('announces once after typing settles, politely', () => {
    vi.useFakeTimers();
    try {
      const { type } = setup();
      type(' K');
      type(' K7');
      const status = () => root()!.querySelector('[role="status"]')!;
      expect(status().getAttribute('aria-live')).toBe('polite');
      expect(status().textContent).toBe('');
      vi.advanceTimersByTime(1000);
      expect(status().textContent).toBe('Problems: 1. To check: 0. There is a space before the code.');
      expect(root()!.querySelectorAll('[aria-live]').length).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets go: listeners off and panel removed', () => {
    const { type, release } = setup();
    type(' K');
    release();
    expect(root()).toBe(null);
    type(' K7');
    expect(kinds()).toEqual([]);
  });

  it('loads the panel bundle on first touch, then shows what the field holds by then', async () => {
    document.body.innerHTML = '<label for="f">Online Access Code</label><input id="f">';
    const field = document.querySelector<HTMLInputElement>('#f')!;
    let loads = 0;
    const lazy: { api?: typeof api; load(): Promise<typeof api> } = {
      async load() {
        loads++;
        await new Promise((r) => setTimeout(r, 0)); // the bundle takes a moment to arrive
        lazy.api = api;
        return api;
      },
    };
    help(field, 'access-code', lazy);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    field.value = ' K';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: '7', bubbles: true }));
    field.value = ' K7'; // typed while the bundle was on its way
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(root()).toBe(null); // nothing until it arrives
    await vi.waitFor(() => expect(kinds()).toEqual(['leading-space']));
    expect(root()!.querySelector('.char .glyph')).not.toBe(null);
    expect(loads).toBeGreaterThan(0);
  });

  it('keeps the page working when our code fails', () => {
    const { field } = setup();
    const pageHandler = vi.fn();
    field.addEventListener('input', pageHandler);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Mounting the panel throws.
    failing = true;
    field.value = ' K7';
    expect(() => field.dispatchEvent(new InputEvent('input', { bubbles: true }))).not.toThrow();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0])).not.toContain('K7'); // the value is never logged
    warn.mockRestore();
  });

  it('undoes one fix at a time, back to the original value', () => {
    const { type, field } = setup();
    type(' K7XH4MW9PT3R\u200b'); // a space before, a zero-width space after
    click('[data-fix="leading-space"]');
    expect(field.value).toBe('K7XH4MW9PT3R\u200b');
    click('[data-fix="invisible"]');
    expect(field.value).toBe('K7XH4MW9PT3R');
    click('[data-undo]');
    expect(field.value).toBe('K7XH4MW9PT3R\u200b');
    expect(kinds()).toEqual(['invisible']);
    click('[data-undo]');
    expect(field.value).toBe(' K7XH4MW9PT3R\u200b');
    expect(root()!.querySelector('[data-undo]')).toBe(null);
  });

  it('hides the old findings when the page clears the field without an event', () => {
    vi.useFakeTimers();
    try {
      const { type, field } = setup();
      type(' K7XH4MW9PT3R');
      field.value = ''; // a page's Clear button
      vi.advanceTimersByTime(250);
      expect(kinds()).toEqual([]);
      expect(panels[0]!.mode()).toBe('hidden');
    } finally {
      vi.useRealTimers();
    }
  });

  it('inspects again a value the page reformatted, and drops Undo', () => {
    vi.useFakeTimers();
    try {
      const { type, field } = setup();
      type(' K7XH4MW9PT3R');
      click('[data-fix="leading-space"]');
      field.value = 'K7XH-4MW9-PT3R'; // the page's own formatting, set later by its script
      vi.advanceTimersByTime(250);
      expect(kinds()).toEqual(['punctuation']);
      expect(root()!.querySelector('[data-undo]')).toBe(null);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never writes a fix over a value it did not inspect', () => {
    const { type, field } = setup();
    type(' K7XH4MW9PT3R');
    field.value = ''; // cleared by the page, and the click comes before the next compare
    click('[data-fix="leading-space"]');
    expect(field.value).toBe('');
    expect(kinds()).toEqual([]);
  });

  it('notices form.reset()', async () => {
    const { type, field } = setup();
    type(' K7XH4MW9PT3R');
    field.form!.reset();
    expect(field.value).toBe('');
    await vi.waitFor(() => expect(kinds()).toEqual([]));
  });

  it('says when the browser filled the value in', () => {
    const { field } = setup();
    field.value = 'K7XH4MW9PT3R'; // no key, no paste: the browser or a password manager
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(kinds()).toEqual(['autofilled']);
  });

  it('moves a receipt number to the empty receipt box, and undoes both', () => {
    document.body.innerHTML = '<form><label for="r">Receipt Number</label><input id="r"><label for="c">Online Access Code</label><input id="c"></form>';
    const receipt = document.querySelector<HTMLInputElement>('#r')!;
    const code = document.querySelector<HTMLInputElement>('#c')!;
    help(code, 'access-code');
    code.dispatchEvent(new KeyboardEvent('keydown', { key: '9', bubbles: true }));
    code.value = 'IOE0123456789';
    code.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    const button = root()!.querySelector<HTMLButtonElement>('[data-fix="move"]')!;
    expect(button.textContent).toBe('Move it to the Receipt Number box');
    button.click();
    expect({ code: code.value, receipt: receipt.value }).toEqual({ code: '', receipt: 'IOE0123456789' });
    click('[data-undo]');
    expect({ code: code.value, receipt: receipt.value }).toEqual({ code: 'IOE0123456789', receipt: '' });
  });

  it('moves an access code out of the receipt box to the empty access-code box', () => {
    document.body.innerHTML = '<form><label for="r">Receipt Number</label><input id="r"><label for="c">Online Access Code</label><input id="c"></form>';
    const receipt = document.querySelector<HTMLInputElement>('#r')!;
    const code = document.querySelector<HTMLInputElement>('#c')!;
    help(receipt, 'receipt-number');
    receipt.dispatchEvent(new KeyboardEvent('keydown', { key: 'R', bubbles: true }));
    receipt.value = 'K7XH4MW9PT3R';
    receipt.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    expect(kinds()).toContain('looks-like-access-code');
    click('[data-fix="move"]');
    expect({ receipt: receipt.value, code: code.value }).toEqual({ receipt: '', code: 'K7XH4MW9PT3R' });
  });

  it('offers no move when the other box already holds something', () => {
    document.body.innerHTML = '<form><label for="r">Receipt Number</label><input id="r" value="IOE0123456789"><label for="c">Online Access Code</label><input id="c"></form>';
    const code = document.querySelector<HTMLInputElement>('#c')!;
    help(code, 'access-code');
    code.dispatchEvent(new KeyboardEvent('keydown', { key: '9', bubbles: true }));
    code.value = 'IOE0123456789';
    code.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    expect(root()!.querySelector('[data-fix="move"]')).toBe(null);
  });

  it('keeps the access code out of form history, and leaves the receipt box alone', () => {
    const { field, release } = setup();
    expect(field.getAttribute('autocomplete')).toBe('off');
    release();
    expect(field.hasAttribute('autocomplete')).toBe(false);
    const receipt = setup('receipt-number');
    expect(receipt.field.hasAttribute('autocomplete')).toBe(false);
  });
});
