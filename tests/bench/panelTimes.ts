import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { isPanelFrameUrl } from '../e2e/harness/panelRoots';
import { percentile } from './stats';

// The panel, in Chromium with the built extension: first keystroke to the
// first panel painted (cold: the field just focused, which loads the panel's
// frame and the inspector), keystroke
// to the panel updated (warm), both also with the CPU slowed 6 times (an old
// laptop), and the main thread's time while a long page scrolls for 5 s with
// a panel open, against the same page without the extension.
const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const LONG = (host: string) => `https://${host}/account/applicant/inputs?n=400`;

export interface Spread {
  median: number;
  p95: number;
  n: number;
}
const spread = (values: number[]): Spread => ({ median: percentile(values, 50), p95: percentile(values, 95), n: values.length });

async function throttled(session: ChromiumSession, page: Page, rate: number): Promise<CDPSession> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** The panel's frame (an extension page): Playwright lists it among the page's frames. */
export async function panelFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => isPanelFrameUrl(f.url()));
    if (frame && (await frame.evaluate(() => document.readyState === 'complete').catch(() => false))) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('no panel frame');
}

/**
 * Runs in the panel's frame: each change of what it draws, and the frame
 * painted after it, as times on the shared clock (timeOrigin + now: the page
 * and the frame have different origins of their own clocks).
 */
export function frameProbe() {
  const w = window as unknown as { probe: { updates: number[]; frames: number[] } };
  w.probe = { updates: [], frames: [] };
  new MutationObserver(() => {
    w.probe.updates.push(performance.timeOrigin + performance.now());
    requestAnimationFrame(() => setTimeout(() => w.probe.frames.push(performance.timeOrigin + performance.now())));
  }).observe(document.getElementById('panel')!, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Runs in the page: each key's time on the shared clock. */
export function keyProbe() {
  const w = window as unknown as { keys: number[] };
  w.keys = [];
  document.querySelector('#accessCode')!.addEventListener('keydown', (e) => w.keys.push(performance.timeOrigin + e.timeStamp), true);
}

/** For each key, the first change (and paint) of the panel after it. */
export function pairUp(keys: number[], updates: number[], frames: number[]): { dom: number[]; painted: number[] } {
  const dom: number[] = [];
  const painted: number[] = [];
  for (const [i, key] of keys.entries()) {
    const next = keys[i + 1] ?? Infinity;
    const at = updates.findIndex((u) => u >= key && u < next);
    if (at < 0) continue;
    dom.push(updates[at]! - key);
    painted.push(frames[at]! - key);
  }
  return { dom, painted };
}

/**
 * First key to first panel, each on a fresh page: the field is focused (the
 * panel's frame and the inspector load then), a moment passes as it does
 * before a person's first key, and the first key is measured.
 */
export async function cold(runs: number, rate = 1): Promise<{ dom: Spread; painted: Spread }> {
  const session = await launchChromium();
  const dom: number[] = [];
  const painted: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await session.page(ADD_CASE);
      await page.waitForTimeout(300); // past document_idle
      await page.evaluate(keyProbe);
      if (rate > 1) await throttled(session, page, rate);
      await page.focus('#accessCode');
      const frame = await panelFrame(page);
      await frame.evaluate(frameProbe);
      await page.waitForTimeout(300);
      await page.keyboard.press('Space'); // a leading space: a finding at once
      await frame.waitForFunction(() => (window as unknown as { probe: { frames: number[] } }).probe.frames.length > 0, null, { timeout: 10_000 });
      const keys = await page.evaluate(() => (window as unknown as { keys: number[] }).keys);
      const { updates, frames } = await frame.evaluate(() => (window as unknown as { probe: { updates: number[]; frames: number[] } }).probe);
      const r = pairUp(keys, updates, frames);
      dom.push(...r.dom);
      painted.push(...r.painted);
      await page.close();
    }
  } finally {
    await session.close();
  }
  return { dom: spread(dom), painted: spread(painted) };
}

/** Keystroke to panel updated, on one page whose panel is already shown. */
export async function warm(keystrokes: number, rate = 1): Promise<{ dom: Spread; painted: Spread }> {
  const session = await launchChromium();
  try {
    const page = await session.page(ADD_CASE);
    await page.focus('#accessCode');
    await page.keyboard.press('K');
    const frame = await panelFrame(page);
    await page.waitForTimeout(500);
    await page.evaluate(keyProbe);
    await frame.evaluate(frameProbe);
    if (rate > 1) await throttled(session, page, rate);
    // "K K K ...": every key changes the findings (a trailing space comes and goes).
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.press(i % 2 ? 'K' : 'Space');
      await frame.waitForFunction((n) => (window as unknown as { probe: { frames: number[] } }).probe.frames.length >= n, i + 1, { timeout: 10_000 });
    }
    const keys = await page.evaluate(() => (window as unknown as { keys: number[] }).keys);
    const { updates, frames } = await frame.evaluate(() => (window as unknown as { probe: { updates: number[]; frames: number[] } }).probe);
    const r = pairUp(keys, updates, frames);
    return { dom: spread(r.dom), painted: spread(r.painted) };
  } finally {
    await session.close();
  }
}

/** Runs in the page: scrolls down and up for `ms`, one step a frame. */
function scrollFor(ms: number) {
  return new Promise<number>((resolve) => {
    const start = performance.now();
    let dir = 1;
    let frames = 0;
    const step = () => {
      frames++;
      const max = document.documentElement.scrollHeight - innerHeight;
      if (scrollY >= max - 1) dir = -1;
      if (scrollY <= 0) dir = 1;
      scrollBy(0, dir * 60);
      if (performance.now() - start < ms) requestAnimationFrame(step);
      else resolve(frames);
    };
    requestAnimationFrame(step);
  });
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
}

/** Main-thread time over 5 s of scrolling a 400-row form, with a panel open, and without the extension. */
export async function scrollCost(rounds = 2): Promise<Array<{ with: number; without: number; frames: [number, number] }>> {
  const session = await launchChromium();
  try {
    const once = async (host: string) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(LONG(host));
      await page.focus('#accessCode');
      await page.keyboard.type(' K7X\u041eH4MW9PT3R'); // a panel with findings (where the extension runs)
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(1200);
      const before = await taskMs(cdp);
      const frames = await page.evaluate(scrollFor, 5000);
      const spent = (await taskMs(cdp)) - before;
      await page.close();
      return { spent, frames };
    };
    const out = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate the order so a slow moment of the machine does not favour one side.
      const a = await once(i % 2 ? 'uscis-gov.com' : 'my.uscis.gov');
      const b = await once(i % 2 ? 'my.uscis.gov' : 'uscis-gov.com');
      const [w, o] = i % 2 ? [b, a] : [a, b];
      out.push({ with: w.spent, without: o.spent, frames: [w.frames, o.frames] as [number, number] });
    }
    return out;
  } finally {
    await session.close();
  }
}
