import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildDir, FIREFOX, FIREFOX_HINT, requireFile } from './browsers';
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

function wrap(p: Page): Tab {
  return wrapPage(p as unknown as PageLike, pierce, (s, timeout) => p.waitForSelector(s, { timeout }));
}
