import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildDir, CHROMIUM, CHROMIUM_HINT, requireFile } from './browsers';
import { reply } from './sites';
import { wrapPage, type PageLike, type Session, type Tab } from './tab';

export interface ChromiumSession extends Session {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** A Playwright page, for tests that need more than the common Tab. */
  page(url: string): Promise<Page>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  const executablePath = requireFile(CHROMIUM, 'Chromium', CHROMIUM_HINT);
  const extension = buildDir('chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'ach-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every request of every page is answered from the fixtures: nothing leaves the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const r = reply(url);
    return route.fulfill({ status: r.status, contentType: r.contentType, headers: r.headers, body: r.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const page = async (url: string) => {
    const p = await context.newPage();
    await p.goto(url);
    return p;
  };

  return {
    browser: 'chromium',
    context,
    extensionId,
    page,
    async open(url) {
      return wrap(await page(url));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Tests write shadow boundaries as ` >>> `; Playwright's CSS pierces open shadow roots by itself.
const css = (selector: string) => selector.replaceAll(' >>> ', ' ');

function wrap(p: Page): Tab {
  return wrapPage(p as unknown as PageLike, css, (s, timeout) => p.waitForSelector(s, { state: 'attached', timeout }));
}
