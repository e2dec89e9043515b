import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitBoxes } from '@/src/field/codeBoxes';
import { watchSplitCodes } from '@/src/field/watchSplitCodes';
import { helpField } from '@/src/page/helpField';
import { loadedLoader, panels, testContext, trustAll } from '../page/testPanel';

// A code split into three boxes of four: found as one group when a box is
// reached, one panel for it, positions counted across the boxes, and a fix
// written back each box its share.
const BOXES = `<form><fieldset><legend>Online Access Code</legend>
  <input id="b1" maxlength="4" aria-label="Characters 1 to 4"><input id="b2" maxlength="4" aria-label="Characters 5 to 8"><input id="b3" maxlength="4" aria-label="Characters 9 to 12">
</fieldset></form>`;
const box = (id: string) => document.getElementById(id) as HTMLInputElement;
const loader = loadedLoader();

afterEach(() => {
  document.body.replaceChildren();
  for (const p of panels) p.root.remove();
  panels.length = 0;
});

function watch() {
  const log: string[] = [];
  const controller = new AbortController();
  watchSplitCodes(document, controller.signal, (boxes, kind) => {
    log.push(`+${boxes.fields.map((f) => f.id).join(',')}:${kind}`);
    return () => log.push('-');
  });
  return { log, stop: () => controller.abort() };
}

// react-otp-input's markup: boxes with no maxlength, each aria-label numbering
// its character, a separator between them, the page's words before the group.
const componentBoxes = (words: string, n: number) =>
  `<p>${words}</p><div style="display: flex">${Array.from({ length: n }, (_, i) => `<input id="c${i + 1}" aria-label="Please enter OTP character ${i + 1}" autocomplete="off">`).join('<span>-</span>')}</div>`;

describe('watchSplitCodes', () => {
  it('takes the whole group once, from whichever box is reached', () => {
    document.body.innerHTML = BOXES;
    const { log, stop } = watch();
    box('b2').focus();
    box('b1').focus();
    box('b3').focus();
    expect(log).toEqual(['+b1,b2,b3:access-code']);
    stop();
    expect(log).toEqual(['+b1,b2,b3:access-code', '-']);
  });

  it.each([
    ['a group role named by aria-labelledby', '<span id="g">Online access code</span><div role="group" aria-labelledby="g"><input id="p1" maxlength="4"><input id="p2" maxlength="4"><input id="p3" maxlength="4"></div>'],
    ['a label the boxes share (aria-labelledby)', '<span id="l">Access code</span><div><input id="p1" maxlength="6" aria-labelledby="l"><input id="p2" maxlength="6" aria-labelledby="l"></div>'],
    ['one label around all the boxes', '<label>Online Access Code <input id="p1" maxlength="4"><input id="p2" maxlength="4"><input id="p3" maxlength="4"></label>'],
    ['no group, labels that number the parts', '<div><input id="p1" maxlength="4" aria-label="Access code, characters 1 to 4"><input id="p2" maxlength="4" aria-label="Access code, characters 5 to 8"><input id="p3" maxlength="4" aria-label="Access code, characters 9 to 12"></div>'],
  ])('finds a split code tied by %s', (_, html) => {
    document.body.innerHTML = html;
    const { log, stop } = watch();
    box('p2').focus();
    expect(log[0]).toMatch(/^\+p1,p2(,p3)?:access-code$/);
    stop();
  });

  it('finds twelve boxes made by a code component, named by the text before them, once', () => {
    document.body.innerHTML = componentBoxes('Online Access Code', 12);
    const { log, stop } = watch();
    box('c5').focus();
    box('c1').focus();
    expect(log).toEqual([`+${Array.from({ length: 12 }, (_, i) => `c${i + 1}`).join(',')}:access-code`]);
    stop();
  });

  it('leaves the same boxes alone after "Verification code sent to your phone"', () => {
    document.body.innerHTML = componentBoxes('Verification code sent to your phone', 6);
    const { log, stop } = watch();
    box('c1').focus();
    expect(log).toEqual([]);
    stop();
  });

  it('leaves short boxes that are no code alone (a date)', () => {
    document.body.innerHTML = '<fieldset><legend>Date of birth</legend><input id="m" maxlength="2"><input id="d" maxlength="2"><input id="y" maxlength="4"></fieldset>';
    const { log, stop } = watch();
    box('m').focus();
    expect(log).toEqual([]);
    stop();
  });

  it('lets go of the group when a box leaves the page', async () => {
    document.body.innerHTML = BOXES;
    const { log, stop } = watch();
    box('b1').focus();
    box('b3').remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['+b1,b2,b3:access-code', '-']);
    stop();
  });
});

// A person's typing into one box, and the panel's closed shadow root (handed to our tests by our own module).
const type = (id: string, value: string) => {
  box(id).dispatchEvent(new KeyboardEvent('keydown', { key: value.at(-1), bubbles: true }));
  box(id).value = value;
  box(id).dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
};
const root = () => panels[0]?.root ?? null;

describe('one panel for a split code', () => {

  it('counts positions across the boxes and writes a fix back across them, box by box', async () => {
    document.body.innerHTML = BOXES;
    helpField(splitBoxes([box('b1'), box('b2'), box('b3')]), 'access-code', loader, testContext(), trustAll);
    type('b1', 'K7XH');
    type('b2', '4\u041eW9'); // a Cyrillic O, the 6th character of the code
    type('b3', 'PT3R');
    expect(panels.length).toBe(1);
    const homoglyph = root()!.querySelector('[data-finding="homoglyph"]')!;
    expect(homoglyph.querySelector('.position')!.textContent).toBe('6th character');
    (root()!.querySelector('[data-fix="homoglyph"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect([box('b1').value, box('b2').value, box('b3').value]).toEqual(['K7XH', '4OW9', 'PT3R']));
    await vi.waitFor(() => expect(root()!.querySelector('[data-undo]')).not.toBeNull());
    (root()!.querySelector('[data-undo]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect([box('b1').value, box('b2').value, box('b3').value]).toEqual(['K7XH', '4\u041eW9', 'PT3R']));
  });

  it('offers Undo of what took when a box refused its share, and Undo puts the code back', async () => {
    document.body.innerHTML = BOXES;
    helpField(splitBoxes([box('b1'), box('b2'), box('b3')]), 'access-code', loader, testContext(), trustAll);
    type('b1', 'K7\u200bX');
    type('b2', 'H4MW');
    type('b3', '9PT3');
    // The page keeps its last box as it is (a component that takes no deletion there).
    box('b3').addEventListener('input', () => (box('b3').value = '9PT3'));
    (root()!.querySelector('[data-fix="invisible"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect([box('b1').value, box('b2').value, box('b3').value]).toEqual(['K7XH', '4MW9', '9PT3']));
    await vi.waitFor(() => expect(root()!.querySelector('[data-undo]')).not.toBeNull());
    expect(root()!.querySelector('[data-finding="invisible"]')).toBeNull(); // the findings are those of what the boxes hold now
    (root()!.querySelector('[data-undo]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect([box('b1').value, box('b2').value, box('b3').value]).toEqual(['K7\u200bX', 'H4MW', '9PT3']));
  });

  it('gives each box its share when a fix makes the code shorter', async () => {
    document.body.innerHTML = BOXES;
    helpField(splitBoxes([box('b1'), box('b2'), box('b3')]), 'access-code', loader, testContext(), trustAll);
    type('b1', 'K7 X');
    type('b2', 'H4MW');
    type('b3', '9PT3');
    (root()!.querySelector('[data-fix]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect([box('b1').value, box('b2').value, box('b3').value]).toEqual(['K7XH', '4MW9', 'PT3']));
  });
});
