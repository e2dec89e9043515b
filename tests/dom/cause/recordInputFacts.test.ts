import { afterEach, describe, expect, it } from 'vitest';
import { findingsWithCauses } from '@/src/cause/inspectionWithCauses';
import { recordInputFacts } from '@/src/cause/recordInputFacts';

// The recorder on a real (happy-dom) field, driven by synthetic events the
// way a browser sends them: keydown, then the value changes, then input.
function setup() {
  document.body.innerHTML = '<input id="f">';
  const field = document.querySelector<HTMLInputElement>('#f')!;
  const abort = new AbortController();
  let applying = false;
  // Every event here is made by the test: all taken as the person's.
  const log = recordInputFacts(field, { signal: abort.signal, ignore: () => applying, trusted: () => true });
  // What the panel does with the log on each inspection.
  const causes = {
    causeOf: (char: string) => findingsWithCauses([{ chars: [{ text: char }] }], log.facts())[0]!.cause,
    withCauses: <F extends { chars: Array<{ text: string }> }>(findings: F[]) => findingsWithCauses(findings, log.facts()),
  };
  const press = (code: string, key: string) => {
    field.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true }));
    field.value += key;
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: key, bubbles: true }));
  };
  const paste = (text: string) => {
    field.dispatchEvent(new Event('paste', { bubbles: true }));
    field.value += text;
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: null, bubbles: true }));
  };
  const write = (value: string) => {
    applying = true;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    applying = false;
  };
  return { field, abort, causes, press, paste, write };
}

// happy-dom has no CompositionEvent: an Event with the same `data` (Chromium's is checked end to end).
function composition(type: string, data: string): Event {
  const event = new Event(type);
  Object.defineProperty(event, 'data', { value: data });
  return event;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('recordInputFacts', () => {
  it('J giving a Cyrillic o is a Russian keyboard layout', () => {
    const { causes, press } = setup();
    press('KeyA', 'A');
    press('KeyJ', '\u043E'); // (о) Cyrillic small o
    expect(causes.causeOf('\u043E')).toEqual({ kind: 'keyboard-layout', language: 'ru' });
    expect(causes.causeOf('A')).toBeUndefined();
  });

  it('a shortcut does not end a layout run: Ctrl+V between two Ukrainian keys', () => {
    const { field, causes, press, paste } = setup();
    press('KeyS', '\u0456'); // Ukrainian i
    field.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyV', key: 'v', ctrlKey: true, bubbles: true }));
    paste('A');
    press('KeyJ', '\u043E');
    expect(causes.causeOf('\u043E')).toEqual({ kind: 'keyboard-layout', language: 'uk' });
    expect(causes.causeOf('A')).toEqual({ kind: 'paste' });
  });

  it('a paste marks every character it brought, found from the value', () => {
    const { causes, press, paste } = setup();
    press('KeyA', 'A');
    paste('\u00A0B\u200B'); // no-break space, B, zero-width space
    expect(causes.causeOf('\u00A0')).toEqual({ kind: 'paste' });
    expect(causes.causeOf('\u200B')).toEqual({ kind: 'paste' });
    expect(causes.causeOf('A')).toBeUndefined();
  });

  it('a composition commits Chinese: an input method', () => {
    const { field, causes } = setup();
    field.dispatchEvent(composition('compositionstart', ''));
    field.value = 'zh';
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: 'zh', isComposing: true }));
    field.value = '\u4E2D';
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: '\u4E2D', isComposing: true }));
    field.dispatchEvent(composition('compositionend', '\u4E2D'));
    expect(causes.causeOf('\u4E2D')).toEqual({ kind: 'ime-fullwidth', language: 'zh' });
  });

  it('takes no untrusted plain input event (a page script) for autofill', () => {
    const { field, causes } = setup();
    field.value = 'AB ';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(causes.causeOf(' ')).toBeUndefined();
  });

  it('our own writes (a fix, an Undo) leave the causes as they were', () => {
    const { causes, press, write } = setup();
    press('KeyJ', '\u043E');
    write('');
    write('\u043E'); // Undo puts the Cyrillic o back
    expect(causes.causeOf('\u043E')).toEqual({ kind: 'keyboard-layout', language: 'ru' });
  });

  it('gives findings their cause', () => {
    const { causes, press } = setup();
    press('KeyJ', '\u041E'); // (О) Cyrillic capital O, Shift+J
    const findings = causes.withCauses([{ kind: 'homoglyph', chars: [{ text: '\u041E' }] }]);
    expect(findings[0]!.cause).toEqual({ kind: 'keyboard-layout', language: 'ru' });
  });

  it('stops listening when the signal aborts', () => {
    const { causes, press, abort } = setup();
    abort.abort();
    press('KeyJ', '\u043E');
    expect(causes.causeOf('\u043E')).toBeUndefined();
  });
});

/** A key typed into one box: keydown with code and key, the text, an input event. */
function pressIn(box: HTMLInputElement, code: string, key: string) {
  box.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true }));
  box.value += key;
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: key, bubbles: true }));
}

describe('recordInputFacts over a split code', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('keeps one log for all the boxes, each compared with its own value', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    const boxes = [...document.querySelectorAll<HTMLInputElement>('input')];
    const log = recordInputFacts(boxes, { trusted: () => true });
    pressIn(boxes[0]!, 'KeyS', '\u0456'); // Ukrainian i in the first box
    pressIn(boxes[1]!, 'KeyJ', '\u043E'); // then J gives o in the second: the same Ukrainian run
    const [finding] = findingsWithCauses([{ chars: [{ text: '\u043E' }] }], log.facts());
    expect(finding!.cause).toEqual({ kind: 'keyboard-layout', language: 'uk' });
  });
});

describe('recordInputFacts believes only the person', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  // Events a page script makes (untrusted, as every event a test makes):
  // a faked Russian key, a faked paste with words of the page's choosing.
  it('records no key, composition, paste or input a page script made', () => {
    document.body.innerHTML = '<input id="f">';
    const field = document.querySelector<HTMLInputElement>('#f')!;
    const log = recordInputFacts(field);
    pressIn(field, 'KeyJ', '\u043E');
    const paste = new Event('paste', { bubbles: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => 'Call 202-555-0143 now' } });
    field.dispatchEvent(paste);
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(log.facts()).toEqual([]);
    const [finding] = findingsWithCauses([{ chars: [{ text: '\u043E' }] }], log.facts());
    expect(finding!.cause).toBeUndefined();
  });
});
