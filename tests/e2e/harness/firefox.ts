import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildDir, FIREFOX, FIREFOX_HINT, requireFile } from './browsers';
import { findHosts, onPanel, readOwner, type PanelOwner } from './panelRoots';
import { reply, type Reply } from './sites';
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
      await answerFromFixtures(page, reply);
      await page.goto(url);
      return wrap(page);
    },
    close: () => browser.close(),
  };
}

/**
 * Answers every http(s) request of a page from the fixtures: nothing leaves
 * the machine. A request the page has already given up (a navigation, Back,
 * a closed tab) is gone by the time the answer arrives; Firefox then says
 * "no such request", which is no fault of the test. Any other error is
 * thrown on, so it still fails the run.
 */
export async function answerFromFixtures(page: Page, answer: (url: string) => Reply): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const sent = /^https?:/.test(url)
      ? request.respond(toResponse(answer(url)))
      : request.continue();
    sent.catch((error: unknown) => {
      if (!requestGone(error)) throw error;
    });
  });
}

const toResponse = (r: Reply) => ({ status: r.status, contentType: r.contentType, headers: r.headers, body: r.body });

const requestGone = (error: unknown) =>
  /no such request|no such frame|Target closed|Session closed|has been closed/i.test(String((error as Error)?.message ?? error));

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
interface BidiTree {
  contexts: Array<{ context: string; url: string; children: BidiTree['contexts'] | null }>;
}

/**
 * Runs a function in each of our panels' frames (`this` = the frame's
 * document) over WebDriver BiDi, and reads where each frame is on the page:
 * in each of the page's own frames, the hosts are serialised with
 * `includeShadowTree: 'all'` (closed roots included); a function run with
 * `this` = a host's root reads its frame element's box and returns the
 * frame's contentWindow, which BiDi serialises as the frame's browsing
 * context, where the function then runs.
 */
export async function panelsFirefox(p: Page, fieldSelector: string | null, source: string, arg: unknown, only?: number): Promise<Array<{ owner: PanelOwner; value: unknown }>> {
  const connection = (p.browser() as unknown as { connection: BidiConnection }).connection;
  const out: Array<{ owner: PanelOwner; value: unknown }> = [];
  let index = 0;
  for (const frame of p.frames()) {
    const context = (frame as unknown as { browsingContext: { id: string } }).browsingContext.id;
    const hosts = await connection
      .send('script.callFunction', {
        functionDeclaration: `() => (${findHosts.toString()})(false)`,
        awaitPromise: false,
        target: { context },
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
        resultOwnership: 'none',
      })
      .then(({ result }) => result, () => null);
    if (hosts?.type !== 'success') continue; // a frame gone meanwhile, or one of ours (not the page's)
    for (const host of (hosts.result?.value ?? []) as BidiNode[]) {
      const sharedId = host.value?.shadowRoot?.sharedId;
      const at = index++;
      if (!sharedId || (only !== undefined && at !== only)) continue;
      const found = await connection.send('script.callFunction', {
        functionDeclaration: `function (selector) { const frame = this.querySelector('iframe'); return frame ? [JSON.stringify((${readOwner.toString()})(frame, selector)), frame.contentWindow] : null; }`,
        awaitPromise: false,
        target: { context },
        this: { sharedId },
        arguments: [fieldSelector === null ? { type: 'null' } : { type: 'string', value: fieldSelector }],
        resultOwnership: 'none',
      }).then(({ result }) => result, () => null);
      if (!found) continue; // its document went meanwhile
      if (found.type === 'exception') throw new Error(`panel owner: ${found.exceptionDetails?.text}`);
      const pair = found.result?.value as Array<{ type: string; value?: unknown }> | undefined;
      if (!pair) continue;
      const owner = JSON.parse(pair[0]!.value as string) as PanelOwner;
      const panelContext = (pair[1]!.value as { context: string }).context;
      let result: BidiResult;
      try {
        ({ result } = await connection.send('script.callFunction', {
          functionDeclaration: onPanel(source),
          awaitPromise: true,
          target: { context: panelContext },
          arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
          resultOwnership: 'none',
        }));
      } catch (error) {
        // A frame replaced meanwhile (its field went, or the page navigated it): not a panel any more.
        if (/no such frame|not found|discarded/i.test(String(error))) continue;
        throw error;
      }
      if (result.type === 'exception') throw new Error(`in panel: ${result.exceptionDetails?.text}`);
      out.push({ owner, value: JSON.parse(result.result!.value as string) });
    }
  }
  return out;
}

/** The browsing contexts of our panel frames (WebDriver BiDi's tree of the tab). */
export async function panelContexts(p: Page): Promise<string[]> {
  const connection = (p.browser() as unknown as { connection: BidiConnection }).connection;
  const top = (p.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const { result } = (await connection.send('browsingContext.getTree', { root: top })) as unknown as { result: BidiTree };
  const found: string[] = [];
  const visit = (contexts: BidiTree['contexts']) => {
    for (const c of contexts) {
      if (/^moz-extension:\/\/[^/]+\/panel-frame\.html/.test(c.url)) found.push(c.context);
      visit(c.children ?? []);
    }
  };
  visit(result.contexts);
  return found;
}

function wrap(p: Page): Tab {
  return wrapPage(
    p as unknown as PageLike,
    pierce,
    (s, timeout) => p.waitForSelector(s, { timeout }),
    { panels: (field, source, arg, only) => panelsFirefox(p, field, source, arg, only), setViewport: (width, height) => p.setViewport({ width, height }) },
  );
}
