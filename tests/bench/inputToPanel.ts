import { launchChromium } from '../e2e/harness/chromium';
import { frameProbe, keyProbe, pairUp, panelFrame } from './panelTimes';
import { percentile } from './stats';

// Time from a keystroke to the panel showing the new findings, in Chromium
// with the built extension: the page records each keydown's time and the
// panel's frame the first change of what it draws after it, on the clock
// both share (timeOrigin + now).
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
// how long until the next frame is painted; `at` is when it started, on the
// clock the panel's frame shares.
function pasteProbe(size: number) {
  const field = document.querySelector<HTMLInputElement>('#accessCode')!;
  field.focus();
  const text = 'K7X\u041eH4MW9PT3R\u00a0'.repeat(Math.ceil(size / 14)).slice(0, size);
  return new Promise<{ handlers: number; painted: number; at: number }>((resolve) => {
    const at = performance.timeOrigin + performance.now();
    const start = performance.now();
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    const handlers = performance.now() - start;
    requestAnimationFrame(() => setTimeout(() => resolve({ handlers, painted: performance.now() - start, at })));
  });
}

export async function inputToPanel(keystrokes = 200) {
  const session = await launchChromium();
  try {
    const page = await session.page(ADD_CASE);
    await page.focus('#accessCode');
    await page.keyboard.press('K'); // the panel is there before the measured keys
    const frame = await panelFrame(page);
    await page.waitForTimeout(500);
    await page.evaluate(keyProbe);
    await frame.evaluate(frameProbe);
    // "K K K ...": every key changes the findings (a trailing space comes and goes).
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.press(i % 2 ? 'Space' : 'K');
      await frame.waitForFunction((n) => (window as any).probe.frames.length >= n, i + 1, { timeout: 5000 });
    }
    const keys = await page.evaluate(() => (window as any).keys as number[]);
    const probe = await frame.evaluate(() => (window as any).probe as { updates: number[]; frames: number[] });
    const { dom: toUpdate, painted: toFrame } = pairUp(keys, probe.updates, probe.frames);

    // Pastes of growing size, each into the emptied field, then the same on a
    // page the extension does not run on: the browser's own cost.
    const bare = await session.page(BARE);
    const pastes = [];
    for (const size of PASTE_SIZES) {
      await page.evaluate(clearField);
      await page.keyboard.press('K'); // the panel is shown again
      await page.waitForTimeout(300);
      await bare.evaluate(clearField);
      const seen = (await frame.evaluate(() => (window as any).probe.updates.length)) as number;
      const withExtension = await page.evaluate(pasteProbe, size);
      await frame.waitForFunction((n) => (window as any).probe.updates.length > n, seen, { timeout: 10_000 }).catch(() => {});
      const updates = (await frame.evaluate(() => (window as any).probe.updates)) as number[];
      const panel = (updates.find((u) => u >= withExtension.at) ?? Number.NaN) - withExtension.at;
      pastes.push({ size, with: { ...withExtension, panel }, without: await bare.evaluate(pasteProbe, size) });
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
