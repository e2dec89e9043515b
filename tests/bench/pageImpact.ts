import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { panelFrame } from './panelTimes';

// What the panel costs the page it helps on, in Chromium with the built
// extension, each figure against the same page at a lookalike host (where
// the content script does not run), in the same browser and the same run,
// alternating which side goes first:
// - the longest main-thread task after the first key in the access-code
//   field of a form of 10,000 inputs (a DevTools trace of the page's
//   renderer main thread);
// - script time while the page fires 1,000 synthetic input events a second
//   on its other inputs for 3 s (Performance.getMetrics ScriptDuration);
// - the page's JS heap before the field is focused and after the first
//   panel shows, and the panel frame's own heap, read on the frame's target.
const HOSTS = { with: 'my.uscis.gov', without: 'uscis-gov.com' } as const;
type Side = keyof typeof HOSTS;
const FORM = (host: string, n: number) => `https://${host}/account/applicant/inputs?n=${n}`;
export const LONG_FORM_INPUTS = 10_000;
/** The input storm's form: more inputs than 3 s of events reach, so each event can be on a new one. */
export const STORM_INPUTS = 4000;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: Array<{ url?: string; processId?: number; parent?: string }> } };
}

/**
 * Traces the browser while `act` runs and returns the main-thread tasks
 * (ms) of the renderer that draws `pageUrl`'s top document: the page's own
 * thread, which our content script shares (the panel's frame runs in the
 * extension's process and is not counted here).
 */
async function mainThreadTasks(cdp: CDPSession, pageUrl: string, act: () => Promise<void>): Promise<number[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events loosely; these are Chromium's trace event format.
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  try {
    await act();
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.find((f) => !f.parent && f.url?.startsWith(pageUrl))?.processId;
  if (pid === undefined) throw new Error(`no renderer process for ${pageUrl} in the trace`);
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  return events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined).map((e) => e.dur! / 1000);
}

export interface FirstKeyTasks {
  /** The longest main-thread task (ms) from the first key until 1.5 s after it. */
  longest: number;
  /** All main-thread task time (ms) over that window. */
  total: number;
  /** The longest task (ms) from focusing the field until 1 s after (the panel's frame and the inspector load then). */
  focusLongest: number;
}

/** Focus the access-code field of a 10,000-input form, pause, press the first key: the page's main-thread tasks. */
async function firstKey(session: ChromiumSession, side: Side): Promise<FirstKeyTasks> {
  const page = await session.context.newPage();
  try {
    const url = FORM(HOSTS[side], LONG_FORM_INPUTS);
    const cdp = await session.context.newCDPSession(page);
    await page.goto(url);
    await page.waitForTimeout(1000); // past document_idle
    const focusTasks = await mainThreadTasks(cdp, url, async () => {
      await page.focus('#accessCode');
      if (side === 'with') await panelFrame(page);
      await page.waitForTimeout(1000);
    });
    const keyTasks = await mainThreadTasks(cdp, url, async () => {
      await page.keyboard.press('Space'); // a leading space: a finding at once
      await page.waitForTimeout(1500);
    });
    return { longest: Math.max(0, ...keyTasks), total: keyTasks.reduce((a, b) => a + b, 0), focusLongest: Math.max(0, ...focusTasks) };
  } finally {
    await page.close();
  }
}

/** Runs in the page: a form's own validation, as many forms have, on every input event. */
function pageValidation() {
  const form = document.getElementById('form')!;
  form.addEventListener('input', (e) => {
    const field = e.target as HTMLInputElement;
    const ok = field.value.trim().length > 0 && field.value.length < 200;
    field.setAttribute('aria-invalid', String(!ok));
  });
}

/**
 * Runs in the page: `rate` synthetic input events a second for `ms`, each
 * on the next of the first `spread` of the form's other inputs (never the
 * access-code field), round and round. Returns how many were sent
 * and the time spent inside dispatchEvent (the listeners, ours included).
 */
function syntheticInputs({ rate, ms, spread }: { rate: number; ms: number; spread: number }) {
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input:not(#accessCode)')].slice(0, spread);
  return new Promise<{ sent: number; dispatchMs: number }>((resolve) => {
    const start = performance.now();
    let sent = 0;
    let dispatchMs = 0;
    const tick = () => {
      const elapsed = performance.now() - start;
      const due = Math.min(Math.floor((elapsed * rate) / 1000), Math.floor((ms * rate) / 1000));
      while (sent < due) {
        const field = inputs[sent % inputs.length]!;
        field.value = `answer ${sent}`;
        const t = performance.now();
        field.dispatchEvent(new Event('input', { bubbles: true }));
        dispatchMs += performance.now() - t;
        sent++;
      }
      if (elapsed < ms) setTimeout(tick, 1);
      else resolve({ sent, dispatchMs });
    };
    tick();
  });
}

export interface InputStorm {
  sent: number;
  /** Script time over the window (ms): the page's generator and validation, and ours where the extension runs. */
  scriptMs: number;
  /** Time inside dispatchEvent (ms): every listener of the events, ours included. */
  dispatchMs: number;
}

/** A panel shown (where the extension runs), then 3 s of synthetic input events on the form's other inputs. */
async function inputStorm(session: ChromiumSession, side: Side, rate: number, seconds: number, spread: number, n = STORM_INPUTS): Promise<InputStorm> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(FORM(HOSTS[side], n));
    await page.waitForTimeout(1000);
    await page.evaluate(pageValidation);
    await page.focus('#accessCode');
    await page.keyboard.type(' K7X\u041eH4MW9PT3R'); // a panel with findings
    if (side === 'with') await panelFrame(page);
    await page.waitForTimeout(500);
    const before = await metrics(cdp);
    const r = await page.evaluate(syntheticInputs, { rate, ms: seconds * 1000, spread });
    const after = await metrics(cdp);
    return { sent: r.sent, dispatchMs: r.dispatchMs, scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000 };
  } finally {
    await page.close();
  }
}

export interface Memory {
  /** The page's JS heap in use (bytes, after a garbage collection), loaded and untouched. */
  before: number;
  /** The same once the field was focused, a code typed and the panel shown (or, without the extension, the code typed). */
  after: number;
  /** The panel frame's JS heap in use (bytes, after a garbage collection), on its own target; 0 without the extension. */
  frame: number;
  frameTotal: number;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize!;
}

async function memory(session: ChromiumSession, side: Side): Promise<Memory> {
  const page: Page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`https://${HOSTS[side]}/account/applicant/add-case`);
    await page.waitForTimeout(1000);
    const before = await heapUsed(cdp);
    await page.focus('#accessCode');
    await page.keyboard.type(' K7X\u041eH4MW9PT3R');
    let frame = 0;
    let frameTotal = 0;
    if (side === 'with') {
      const panel = await panelFrame(page);
      await page.waitForTimeout(500);
      // The frame is out of process: its own target, its own heap.
      const own = await session.context.newCDPSession(panel);
      await own.send('HeapProfiler.collectGarbage');
      const usage = await own.send('Runtime.getHeapUsage');
      frame = usage.usedSize;
      frameTotal = usage.totalSize;
    } else {
      await page.waitForTimeout(500);
    }
    return { before, after: await heapUsed(cdp), frame, frameTotal };
  } finally {
    await page.close();
  }
}

export interface PageImpactRun {
  firstKey: Record<Side, FirstKeyTasks>;
  /** Every event on an input not seen before (each one judged once by the field finder). */
  storm: Record<Side, InputStorm>;
  /** The same events on ten inputs, over and over (judged already). */
  stormSame: Record<Side, InputStorm>;
  memory: Record<Side, Memory>;
}

/** Each measure with and without the extension, side by side, `rounds` times, alternating which goes first. */
export async function pageImpact(rounds = 3): Promise<PageImpactRun[]> {
  const session = await launchChromium();
  try {
    await firstKey(session, 'without'); // warm the browser's caches once
    const runs: PageImpactRun[] = [];
    for (let i = 0; i < rounds; i++) {
      const order: Side[] = i % 2 ? ['with', 'without'] : ['without', 'with'];
      const both = async <T>(measure: (side: Side) => Promise<T>): Promise<Record<Side, T>> => {
        const out = {} as Record<Side, T>;
        for (const side of order) out[side] = await measure(side);
        return out;
      };
      runs.push({
        firstKey: await both((side) => firstKey(session, side)),
        storm: await both((side) => inputStorm(session, side, 1000, 3, STORM_INPUTS)),
        stormSame: await both((side) => inputStorm(session, side, 1000, 3, 10)),
        memory: await both((side) => memory(session, side)),
      });
    }
    return runs;
  } finally {
    await session.close();
  }
}
