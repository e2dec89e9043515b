import { inPanelsChromium, launchChromium } from '../e2e/harness/chromium';
import { percentile } from './stats';

// Time from a keystroke to the panel showing the new findings, in Chromium
// with the built extension: the page records each keydown's timestamp and
// the first change inside the panel's shadow root after it (the root is
// closed: the bench hands it to the page through the DevTools protocol).
const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const BARE = 'https://uscis-gov.com/account/applicant/add-case';
export const PASTE_SIZES = [1 << 10, 100 << 10, 1 << 20];

// Select all and delete, as a person would before the next paste.
function clearField() {
  const field = document.querySelector<HTMLInputElement>('#accessCode')!;
  field.value = '';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
}

// A paste lands in the field (value set, then the input event a paste
// fires): how long the input event's handlers run (ours, synchronously), and
// how long until the next frame is painted.
function pasteProbe(size: number) {
  const field = document.querySelector<HTMLInputElement>('#accessCode')!;
  field.focus();
  const text = 'K7X\u041eH4MW9PT3R\u00a0'.repeat(Math.ceil(size / 14)).slice(0, size);
  const root = (window as unknown as { panelRoot?: ShadowRoot }).panelRoot;
  return new Promise<{ handlers: number; painted: number; panel: number }>((resolve) => {
    let panel = Number.NaN;
    const done = (handlers: number) => requestAnimationFrame(() => setTimeout(() => resolve({ handlers, painted: performance.now() - start, panel })));
    // The panel's first change after the paste (where there is a panel).
    if (root) {
      new MutationObserver((_, observer) => {
        observer.disconnect();
        panel = performance.now() - start;
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    const start = performance.now();
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    done(performance.now() - start);
  });
}

function installProbe() {
  const w = window as unknown as { probe: { keys: number[]; updates: number[]; frames: number[] } };
  w.probe = { keys: [], updates: [], frames: [] };
  const field = document.querySelector('#accessCode')!;
  field.addEventListener('keydown', (e) => w.probe.keys.push(e.timeStamp), true);
  let observed: ShadowRoot | null = null;
  const onChange = () => {
    if (w.probe.updates.length >= w.probe.keys.length) return;
    const now = performance.now();
    w.probe.updates.push(now);
    requestAnimationFrame(() => w.probe.frames.push(performance.now()));
  };
  const attach = () => {
    const root = (window as unknown as { panelRoot?: ShadowRoot }).panelRoot;
    if (!root || root === observed) return;
    observed = root;
    new MutationObserver(onChange).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  attach();
}

export async function inputToPanel(keystrokes = 200) {
  const session = await launchChromium();
  try {
    const page = await session.page(ADD_CASE);
    await page.focus('#accessCode');
    await page.keyboard.press('K'); // the panel is there before the measured keys
    await page.waitForTimeout(500);
    await inPanelsChromium(page, 'function () { window.panelRoot = this; return 1; }', null);
    await page.evaluate(installProbe);
    // "K K K ...": every key changes the findings (a trailing space comes and goes).
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.press(i % 2 ? 'Space' : 'K');
      await page.waitForFunction((n) => (window as any).probe.frames.length >= n, i + 1, { timeout: 5000 });
    }
    const { keys, updates, frames } = await page.evaluate(() => (window as any).probe);
    const toUpdate = keys.map((k: number, i: number) => updates[i] - k);
    const toFrame = keys.map((k: number, i: number) => frames[i] - k);

    // Pastes of growing size, each into the emptied field, then the same on a
    // page the extension does not run on: the browser's own cost.
    const bare = await session.page(BARE);
    const pastes = [];
    for (const size of PASTE_SIZES) {
      await page.evaluate(clearField);
      await page.keyboard.press('K'); // the panel is shown again
      await page.waitForTimeout(100);
      await inPanelsChromium(page, 'function () { window.panelRoot = this; return 1; }', null);
      await bare.evaluate(clearField);
      pastes.push({ size, with: await page.evaluate(pasteProbe, size), without: await bare.evaluate(pasteProbe, size) });
    }
    return {
      keystrokes,
      toUpdate: { median: percentile(toUpdate, 50), p95: percentile(toUpdate, 95) },
      toFrame: { median: percentile(toFrame, 50), p95: percentile(toFrame, 95) },
      pastes,
    };
  } finally {
    await session.close();
  }
}
