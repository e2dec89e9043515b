import type { CDPSession } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';

// What typing costs in a box the helper does not help, next to a 3 MB
// article: the same page at a USCIS address (the content script runs) and
// at a lookalike host (it does not), read from the DevTools protocol.
const USCIS = 'https://my.uscis.gov/account/applicant/article';
const BARE = 'https://uscis-gov.com/account/applicant/article';
const KEYS = 'what is an online access code and where do i find it on my notice'.repeat(3);

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export interface TypingCost {
  keys: number;
  /** Main-thread task time per key (ms): the page's, the browser's and ours. */
  taskPerKeyMs: number;
  /** Script time per key (ms). */
  scriptPerKeyMs: number;
}

async function measure(session: ChromiumSession, url: string): Promise<TypingCost> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(1000); // past document_idle
  await page.focus('#q'); // the first focus judges the box once
  await page.waitForTimeout(200);
  const start = await metrics(cdp);
  await page.keyboard.type(KEYS);
  await page.waitForTimeout(200);
  const end = await metrics(cdp);
  await page.close();
  return {
    keys: KEYS.length,
    taskPerKeyMs: ((end.TaskDuration! - start.TaskDuration!) * 1000) / KEYS.length,
    scriptPerKeyMs: ((end.ScriptDuration! - start.ScriptDuration!) * 1000) / KEYS.length,
  };
}

export async function typingCost(rounds = 4): Promise<{ withExtension: TypingCost; without: TypingCost }[]> {
  const session = await launchChromium();
  try {
    await measure(session, BARE); // warm the browser's caches once
    const runs = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate the order so a slow moment of the machine does not favour one side.
      const a = await measure(session, i % 2 ? USCIS : BARE);
      const b = await measure(session, i % 2 ? BARE : USCIS);
      runs.push(i % 2 ? { withExtension: a, without: b } : { withExtension: b, without: a });
    }
    return runs;
  } finally {
    await session.close();
  }
}
