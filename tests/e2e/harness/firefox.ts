import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildDir, FIREFOX, FIREFOX_HINT, requireFile } from './browsers';
import { findHosts, onRootAsync } from './panelRoots';
import { reply } from './sites';
import { wrapPage, type PageLike, type Session, type Tab } from './tab';

export interface FirefoxSession extends Session {
  readonly puppeteer: Browser;
  readonly addonId: string;
}

// Debian ships no geckodriver: Puppeteer drives Firefox ESR over WebDriver BiDi
// and installs the build as a temporary add-on.
export async function launchFirefox(target: 'firefox-mv2' | 'firefox-mv3'): Promise<FirefoxSession> {
  const executablePath = requireFile(FIREFOX, 'Firefox ESR', FIREFOX_HINT);
  const extension = buildDir(target);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Quiet: no update checks, telemetry or remote settings on a closed network.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  const addonId = await browser.installExtension(extension);

  return {
    browser: 'firefox',
    puppeteer: browser,
    addonId,
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const requested = request.url();
        if (!/^https?:/.test(requested)) return void request.continue();
        const r = reply(requested);
        void request.respond({ status: r.status, contentType: r.contentType, headers: r.headers, body: r.body });
      });
      await page.goto(url);
      return wrap(page);
    },
    close: () => browser.close(),
  };
}

// Tests write shadow boundaries as ` >>> `, Puppeteer's deep combinator; a
// leading one lets a plain selector match inside any open shadow root too.
const pierce = (selector: string) => (selector.startsWith('>>>') ? selector : `>>> ${selector}`);

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}
interface BidiNode {
  type: 'node';
  value?: { shadowRoot?: { sharedId?: string } | null };
}

/**
 * Runs a function in the page on each of our panels' closed shadow roots,
 * over WebDriver BiDi: in each frame, the hosts are serialised with
 * `includeShadowTree: 'all'` (closed roots included), and each root's
 * sharedId is passed back as `this` of script.callFunction.
 */
export async function inPanelsFirefox(p: Page, source: string, arg: unknown, only?: number): Promise<unknown[]> {
  const connection = (p.browser() as unknown as { connection: BidiConnection }).connection;
  const out: unknown[] = [];
  let index = 0;
  for (const frame of p.frames()) {
    const context = (frame as unknown as { browsingContext: { id: string } }).browsingContext.id;
    const { result: hosts } = await connection.send('script.callFunction', {
      functionDeclaration: `() => (${findHosts.toString()})(false)`,
      awaitPromise: false,
      target: { context },
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
      resultOwnership: 'none',
    });
    if (hosts.type !== 'success') continue; // a frame gone meanwhile
    for (const host of (hosts.result?.value ?? []) as BidiNode[]) {
      const sharedId = host.value?.shadowRoot?.sharedId;
      const at = index++;
      if (!sharedId || (only !== undefined && at !== only)) continue;
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration: onRootAsync(source),
        awaitPromise: true,
        target: { context },
        this: { sharedId },
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
        resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`in panel: ${result.exceptionDetails?.text}`);
      out.push(JSON.parse(result.result!.value as string));
    }
  }
  return out;
}

function wrap(p: Page): Tab {
  return wrapPage(
    p as unknown as PageLike,
    pierce,
    (s, timeout) => p.waitForSelector(s, { timeout }),
    { inPanels: (source, arg, only) => inPanelsFirefox(p, source, arg, only), setViewport: (width, height) => p.setViewport({ width, height }) },
  );
}
