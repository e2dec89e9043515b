import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { buildDir, CHROMIUM, CHROMIUM_HINT, requireFile } from './browsers';
import { findHosts, onRootAsync } from './panelRoots';
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

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdpOf = (p: Page) => {
  if (!sessions.has(p)) sessions.set(p, p.context().newCDPSession(p));
  return sessions.get(p)!;
};

/**
 * Runs a function in the page on each of our panels' closed shadow roots,
 * through the DevTools protocol: the hosts found in the page's world,
 * DOM.describeNode (pierce) for each host's closed root, DOM.resolveNode to
 * make that root an object of its frame's page world, then callFunctionOn.
 */
export async function inPanelsChromium(p: Page, source: string, arg: unknown, only?: number): Promise<unknown[]> {
  const cdp = await cdpOf(p);
  const objectGroup = 'access-code-helper-tests';
  try {
    const { result: list } = await cdp.send('Runtime.evaluate', { expression: `(${findHosts.toString()})(true)`, objectGroup });
    const { result: props } = await cdp.send('Runtime.getProperties', { objectId: list.objectId!, ownProperties: true });
    const hosts = props.filter((prop) => /^\d+$/.test(prop.name)).map((prop) => prop.value!.objectId!);
    const out: unknown[] = [];
    for (const [index, objectId] of hosts.entries()) {
      if (only !== undefined && index !== only) continue;
      const { node } = await cdp.send('DOM.describeNode', { objectId, depth: 0, pierce: true });
      const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
      if (!backendNodeId) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, objectGroup });
      const answer = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: onRootAsync(source),
        arguments: [{ value: JSON.stringify(arg ?? null) }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (answer.exceptionDetails) throw new Error(`in panel: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
      out.push(JSON.parse(answer.result.value as string));
    }
    return out;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => {});
  }
}

/** A Tab over a Playwright page (for tests that open pages themselves). */
export function tabOf(p: Page): Tab {
  return wrapPage(
    p as unknown as PageLike,
    css,
    (s, timeout) => p.waitForSelector(s, { state: 'attached', timeout }),
    { inPanels: (source, arg, only) => inPanelsChromium(p, source, arg, only), setViewport: (width, height) => p.setViewportSize({ width, height }) },
  );
}
const wrap = tabOf;
