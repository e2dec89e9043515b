import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';

// What the extension costs a page, in Chromium: the same fixture at a USCIS
// address (the content script runs) and at a lookalike host (it does not),
// read from the DevTools protocol's performance metrics.
const USCIS = 'https://my.uscis.gov/account/applicant/churn';
const BARE = 'https://uscis-gov.com/account/applicant/churn';

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export interface PageCost {
  /** Script time from navigation to document_idle plus a second (ms). */
  startScriptMs: number;
  /** Main-thread task time over the churn window (ms). */
  churnTaskMs: number;
  churnSeconds: number;
  /** JS heap in use after load, untouched (bytes). */
  heapIdle: number;
  /** JS heap after typing a code (the panel bundle loaded) (bytes). */
  heapTyped: number;
}

async function measure(session: ChromiumSession, url: string, churnSeconds: number): Promise<PageCost> {
  const page: Page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(1000); // past document_idle
  const start = await metrics(cdp);
  await page.waitForTimeout(churnSeconds * 1000);
  const end = await metrics(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const idle = await metrics(cdp);
  await page.focus('#accessCode');
  await page.keyboard.type(' K7X\u041eH4MW9PT3R');
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const typed = await metrics(cdp);
  await page.close();
  return {
    startScriptMs: start.ScriptDuration! * 1000,
    churnTaskMs: (end.TaskDuration! - start.TaskDuration!) * 1000,
    churnSeconds,
    heapIdle: idle.JSHeapUsedSize!,
    heapTyped: typed.JSHeapUsedSize!,
  };
}

export async function pageCost(churnSeconds = 10, rounds = 2): Promise<{ withExtension: PageCost; without: PageCost }[]> {
  const session = await launchChromium();
  try {
    await measure(session, BARE, 1); // warm the browser's caches once
    const runs = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate the order so a slow moment of the machine does not favour one side.
      const a = await measure(session, i % 2 ? USCIS : BARE, churnSeconds);
      const b = await measure(session, i % 2 ? BARE : USCIS, churnSeconds);
      runs.push(i % 2 ? { withExtension: a, without: b } : { withExtension: b, without: a });
    }
    return runs;
  } finally {
    await session.close();
  }
}

/** Time to the popup's first contentful paint, and to the checklist being in the DOM. */
export async function popupTimes(rounds = 5): Promise<Array<{ fcp: number; checklist: number }>> {
  const session = await launchChromium();
  try {
    const out = [];
    for (let i = 0; i < rounds; i++) {
      const page = await session.context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('.checklist-item')) {
            (window as unknown as { checklistAt: number }).checklistAt = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.waitForFunction(() => (window as unknown as { checklistAt?: number }).checklistAt !== undefined);
      out.push(
        await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          checklist: (window as unknown as { checklistAt: number }).checklistAt,
        })),
      );
      await page.close();
    }
    return out;
  } finally {
    await session.close();
  }
}

/**
 * Script time until a second after load on a form of `n` inputs, with and
 * without the extension, and the time from the last key of a typed code to
 * its panel: how the field finder grows with the page.
 */
export async function longForm(sizes = [1000, 10000, 20000]) {
  const session = await launchChromium();
  try {
    const out = [];
    for (const n of sizes) {
      const row: Record<string, number> = { n };
      for (const [side, host] of [['with', 'my.uscis.gov'], ['without', 'uscis-gov.com']] as const) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(`https://${host}/account/applicant/inputs?n=${n}`);
        await page.waitForTimeout(1000);
        row[`${side}Script`] = (await metrics(cdp)).ScriptDuration! * 1000;
        row[`${side}Task`] = (await metrics(cdp)).TaskDuration! * 1000;
        await page.close();
      }
      out.push(row);
    }
    return out;
  } finally {
    await session.close();
  }
}
