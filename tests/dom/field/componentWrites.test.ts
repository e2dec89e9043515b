import { afterEach, describe, expect, it } from 'vitest';
import { anchorBox } from '@/src/field/anchorBox';
import { singleBox, splitBoxes, tookWhole } from '@/src/field/codeBoxes';
import { setFieldValue } from '@/src/field/setFieldValue';
import { watchQuietChanges } from '@/src/field/watchQuietChanges';

// The field layer against code components: writes that land the way a
// component takes them and say what took, events that leave shadow roots,
// values that come with no input event, and the box the panel sits against.

afterEach(() => {
  document.body.replaceChildren();
});

const boxes = (n: number) => {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<input id="b${i}">`).join('');
  return Array.from(document.querySelectorAll('input'));
};

/**
 * A component like react-otp-input: it keeps the code in its own state and
 * writes a typed character into the box it believes focused (the last one
 * that had a focus event, learnt a turn later, as a framework renders), then
 * re-renders every box from its state.
 */
function component(fields: HTMLInputElement[], initial: string) {
  let state = initial.split('');
  let active = 0;
  let rendered = 0;
  const render = () => fields.forEach((f, i) => (f.value = state[i] ?? ''));
  render();
  fields.forEach((field, i) => {
    field.addEventListener('focus', () => setTimeout(() => (active = i), 0));
    field.addEventListener('input', (e) => {
      const { inputType } = e as InputEvent;
      state[active] = inputType === 'deleteContentBackward' ? '' : field.value.slice(-1);
      state = [...state];
      rendered++;
      render();
    });
  });
  return { state: () => state.join(''), renders: () => rendered };
}

describe('writing a code into a group of boxes', () => {
  it('focuses each box before its character, so the component writes it where it belongs, and says it took', async () => {
    const fields = boxes(4);
    const made = component(fields, 'AB\u041aD');
    const outcome = await splitBoxes(fields, [1, 1, 1, 1]).write('ABKD');
    expect(made.state()).toBe('ABKD');
    expect(outcome).toEqual({ wanted: 'ABKD', now: 'ABKD', boxes: ['unchanged', 'unchanged', 'took', 'unchanged'] });
    expect(tookWhole(outcome)).toBe(true);
  });

  it('empties a box as a Backspace does (deleteContentBackward) when the code gets shorter', async () => {
    const fields = boxes(4);
    const made = component(fields, 'A\u200bBC');
    const outcome = await splitBoxes(fields, [1, 1, 1, 1]).write('ABC');
    expect(made.state()).toBe('ABC');
    expect(outcome.boxes).toEqual(['unchanged', 'took', 'took', 'took']);
  });

  it('reads back a box that refused its character: partly took, and which', async () => {
    const fields = boxes(3);
    component(fields, 'A\u041aC');
    // The page's own rule for the middle box: letters A to C only.
    fields[1]!.addEventListener('input', () => {
      if (!/^[A-C]?$/.test(fields[1]!.value)) fields[1]!.value = '\u041a';
    });
    const outcome = await splitBoxes(fields, [1, 1, 1]).write('AKC');
    expect(outcome).toEqual({ wanted: 'AKC', now: 'A\u041aC', boxes: ['unchanged', 'refused', 'unchanged'] });
    expect(tookWhole(outcome)).toBe(false);
  });

  it('writes one field at once and says what it holds after the page\'s handlers', () => {
    const [field] = boxes(1);
    field!.value = ' K7';
    field!.addEventListener('input', () => (field!.value = field!.value.toLowerCase())); // a page that reformats
    expect(singleBox(field!).write('K7')).toEqual({ wanted: 'K7', now: 'k7', boxes: ['refused'] });
  });
});

describe('our events leave shadow roots', () => {
  it('input and change reach a listener on the component that holds the field', () => {
    const host = document.createElement('code-input');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="field">';
    const heard: string[] = [];
    for (const type of ['input', 'change']) host.addEventListener(type, () => heard.push(type));
    setFieldValue(root.querySelector('input')!, 'K7');
    expect(heard).toEqual(['input', 'change']);
  });
});

const watch = (fields: HTMLInputElement[], ignore = () => false) => {
  const heard: string[] = [];
  const controller = new AbortController();
  const read = () => fields.map((f) => f.value).join('');
  watchQuietChanges(fields, read, (value) => heard.push(value), { signal: controller.signal, ignore });
  return { heard, stop: () => controller.abort() };
};

describe('a value that comes with no input event', () => {

  it('is noticed when focus moves to another box of the group (a component spreading a paste)', () => {
    const fields = boxes(3);
    const { heard, stop } = watch(fields);
    fields[0]!.focus();
    fields.forEach((f, i) => (f.value = 'ABC'[i]!)); // what the component's paste handler does
    fields[2]!.focus();
    expect(heard).toEqual(['ABC']);
    stop();
  });

  it('is noticed on selectionchange while focus is in the group, and not once it left', () => {
    const fields = boxes(2);
    const outside = document.createElement('input');
    document.body.append(outside);
    const { heard, stop } = watch(fields);
    fields[0]!.focus();
    fields[0]!.value = 'A';
    document.dispatchEvent(new Event('selectionchange'));
    outside.focus();
    fields[1]!.value = 'B';
    document.dispatchEvent(new Event('selectionchange'));
    expect(heard).toEqual(['A']);
    stop();
  });

  it('leaves a value an input event brought to the panel, and our own writes alone', () => {
    const fields = boxes(2);
    let writing = false;
    const { heard, stop } = watch(fields, () => writing);
    fields[0]!.focus();
    fields[0]!.value = 'A';
    fields[0]!.dispatchEvent(new InputEvent('input', { bubbles: true }));
    fields[0]!.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    writing = true;
    fields[1]!.value = 'B';
    fields[1]!.focus();
    expect(heard).toEqual([]);
    stop();
  });
});

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
const at = (id: string, r: DOMRect) => (document.getElementById(id)!.getBoundingClientRect = () => r);

describe('the box the panel sits against', () => {
  it('is the drawn slots\' box for a see-through input over them (input-otp), the field\'s own otherwise', () => {
    // input-otp's structure: container > [slots, wrapper > input], the input transparent over the whole row.
    document.body.innerHTML = '<div id="container"><div id="slots"><div></div></div><div id="wrapper"><input id="otp" style="color: transparent; caret-color: transparent"></div></div><input id="plain">';
    at('slots', rect(300, 100, 240, 48));
    at('wrapper', rect(0, 100, 840, 48));
    at('otp', rect(0, 100, 840, 48));
    at('plain', rect(0, 200, 200, 30));
    expect(anchorBox(document.getElementById('otp') as HTMLInputElement)).toEqual({ left: 300, top: 100, right: 540, bottom: 148 });
    expect(anchorBox(document.getElementById('plain') as HTMLInputElement)).toMatchObject({ left: 0, top: 200, right: 200, bottom: 230 });
  });
});
