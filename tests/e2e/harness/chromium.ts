import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildDir, CHROMIUM, CHROMIUM_HINT, requireFile } from './browsers';
import { isPanelFrameUrl, onPanel, readOwner, type PanelOwner } from './panelRoots';
import { reply } from './sites';
import { wrapPage, type PageLike, type Session, type Tab } from './tab';

export interface ChromiumSession extends Session {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** A Playwright page, for tests that need more than the common Tab. */
  page(url: string): Promise<Page>;
}

/** Chromium's flags for a test: our unpacked build loaded, and no background traffic of its own. */
export function chromiumArgs(extension: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

export async function launchChromium(): Promise<ChromiumSession> {
  const executablePath = requireFile(CHROMIUM, 'Chromium', CHROMIUM_HINT);
  const extension = buildDir('chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'ach-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(extension),
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

/**
 * Runs a function in each of our panels' frames (`this` = the frame's
 * document) and reads where each frame is on the page: Playwright lists the
 * extension frames among the page's frames, and frameElement() reaches the
 * frame element behind our closed shadow root (the DevTools protocol's
 * DOM.getFrameOwner).
 */
export async function panelsChromium(p: Page, fieldSelector: string | null, source: string, arg: unknown, only?: number): Promise<Array<{ owner: PanelOwner; value: unknown }>> {
  const frames = p.frames().filter((f) => isPanelFrameUrl(f.url()));
  const out: Array<{ owner: PanelOwner; value: unknown }> = [];
  for (const [index, frame] of frames.entries()) {
    if (only !== undefined && index !== only) continue;
    try {
      const element = await frame.frameElement();
      const owner = await element.evaluate(readOwner as (frame: Element, selector: string | null) => PanelOwner, fieldSelector);
      const value = JSON.parse(await frame.evaluate(`(${onPanel(source)})(${JSON.stringify(JSON.stringify(arg ?? null))})`)) as unknown;
      out.push({ owner, value });
    } catch (error) {
      // A frame replaced meanwhile (the page navigated it, or its field went): not a panel any more.
      if (!/detached|destroyed|navigat|closed/i.test(String(error))) throw error;
    }
  }
  return out;
}

/** A Tab over a Playwright page (for tests that open pages themselves). */
export function tabOf(p: Page): Tab {
  return wrapPage(
    p as unknown as PageLike,
    css,
    (s, timeout) => p.waitForSelector(s, { state: 'attached', timeout }),
    { panels: (field, source, arg, only) => panelsChromium(p, field, source, arg, only), setViewport: (width, height) => p.setViewportSize({ width, height }) },
  );
}
const wrap = tabOf;
