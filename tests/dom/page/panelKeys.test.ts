import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelKeys } from '@/src/page/panelKeys';

// Shift+Tab from the page's control after the field steps back into the
// panel, as if it sat between them. Browsers move the focus at different
// moments of the key (Firefox can do it after the keyup), so what counts is
// the focus change the Shift+Tab made, not when its keys went up.

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
  vi.useRealTimers();
});

function page() {
  document.body.innerHTML = '<input id="code"><button id="go">Go</button><input id="other">';
  const field = document.getElementById('code') as HTMLInputElement;
  const host = document.createElement('div');
  document.documentElement.append(host);
  const entered: string[] = [];
  panelKeys([field], host, { isShown: () => true, enter: (at) => entered.push(at), close: () => {} }, abort.signal);
  return { field, go: document.getElementById('go')!, other: document.getElementById('other')!, entered };
}

const keyEvent = (type: 'keydown' | 'keyup', key: string, shiftKey = false) =>
  document.activeElement!.dispatchEvent(new KeyboardEvent(type, { key, shiftKey, bubbles: true }));
// The browser's own focus change: `to` gets focus, with `from` as its relatedTarget.
function moveFocus(from: HTMLElement, to: HTMLElement) {
  from.dispatchEvent(new FocusEvent('blur', { relatedTarget: to }));
  from.dispatchEvent(new FocusEvent('focusout', { relatedTarget: to, bubbles: true }));
  to.dispatchEvent(new FocusEvent('focus', { relatedTarget: from }));
  to.dispatchEvent(new FocusEvent('focusin', { relatedTarget: from, bubbles: true }));
}

describe('panelKeys: Shift+Tab back into the panel', () => {
  // [what the person did, steps, where the focus was asked to enter the panel]
  it.each([
    ['Shift+Tab from the next control, focus moved before the keyup', ({ field, go }) => {
      go.focus();
      keyEvent('keydown', 'Shift', true);
      keyEvent('keydown', 'Tab', true);
      moveFocus(go, field);
      keyEvent('keyup', 'Tab', true);
      keyEvent('keyup', 'Shift');
    }, ['last']],
    ['Shift+Tab from the next control, focus moved after the keyup (Firefox)', ({ field, go }) => {
      go.focus();
      keyEvent('keydown', 'Shift', true);
      keyEvent('keydown', 'Tab', true);
      keyEvent('keyup', 'Tab', true);
      keyEvent('keyup', 'Shift');
      moveFocus(go, field);
    }, ['last']],
    ['plain Tab: the field is reached forwards, nothing to step over', ({ field, go }) => {
      go.focus();
      keyEvent('keydown', 'Tab');
      moveFocus(go, field);
    }, []],
    ['Shift+Tab that landed elsewhere, then a click into the field: no step', ({ field, go, other }) => {
      go.focus();
      keyEvent('keydown', 'Tab', true);
      moveFocus(go, other);
      other.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      moveFocus(other, field);
    }, []],
    ['Shift+Tab, then another key before the focus came: no step', ({ field, go }) => {
      go.focus();
      keyEvent('keydown', 'Tab', true);
      keyEvent('keydown', 'a');
      moveFocus(go, field);
    }, []],
  ] as Array<[string, (p: ReturnType<typeof page>) => void, string[]]>)('%s', (_, steps, expected) => {
    vi.useFakeTimers();
    const p = page();
    steps(p);
    // The step waits for the browser's focus change to finish (a timer).
    vi.runAllTimers();
    expect(p.entered).toEqual(expected);
  });
});
