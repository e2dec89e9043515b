import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { FIREFOX, FIREFOX_HINT, requireFile } from '../harness/browsers';
import { answerFromFixtures } from '../harness/firefox';
import type { FixtureProxy } from './fixtureProxy';
import { clinicReply, GRANTED_HINT } from './launchGranted';

// Firefox ESR with the test build that has `browsingData` granted at install.
// Its extension pages are reached at a fixed moz-extension:// address: the
// pref `extensions.webextensions.uuids` names the add-on's UUID, and
// `--remote-allow-system-access` lets WebDriver BiDi script such a page (its
// navigation never reports "loaded", so tests wait for the page's own content).
const ADDON_ID = 'access-code-helper@access-code-helper.org';
const UUID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

export function grantedFirefoxDir(target: 'firefox-mv2' | 'firefox-mv3'): string {
  const dir = new URL(`../../../.output/granted/${target}`, import.meta.url).pathname;
  requireFile(`${dir}/manifest.json`, `The ${target} build with browsingData granted`, GRANTED_HINT);
  return dir;
}

export interface GrantedFirefox {
  browser: Browser;
  /** A web page, its requests answered from the fixtures. */
  open(url: string): Promise<Page>;
  /** One of the extension's pages (popup.html, checklist.html ...). */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile folder to keep (its databases are read after close); else a temporary one. */
  profile?: string;
  /** Serve the fixtures through this proxy instead of request interception (service workers need it). */
  proxy?: FixtureProxy;
}

export async function launchGrantedFirefox(target: 'firefox-mv2' | 'firefox-mv3', options: LaunchOptions = {}): Promise<GrantedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFile(FIREFOX, 'Firefox ESR', FIREFOX_HINT),
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(options.profile && { userDataDir: options.profile }),
    ...(options.proxy && { acceptInsecureCerts: true }),
    extraPrefsFirefox: {
      ...options.proxy?.prefs,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    },
  });
  await browser.installExtension(grantedFirefoxDir(target));
  return {
    browser,
    async open(url) {
      const page = await browser.newPage();
      if (options.proxy) {
        await page.goto(url);
        return page;
      }
      await answerFromFixtures(page, clinicReply);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      // Over WebDriver BiDi the navigation to an extension page never reports
      // its load, so the page's heading is awaited instead of the navigation
      // (whose promise fails when the page closes, and is let go).
      void page.goto(`moz-extension://${UUID}/${file}`).catch(() => {});
      // Polled: a query made while the navigation replaces the document fails, and is made again.
      await vi.waitFor(async () => {
        if (!(await page.$('h1'))) throw new Error(`${file} has not drawn its heading yet`);
      }, { timeout: 30_000, interval: 100 });
      return page;
    },
    close: () => browser.close(),
  };
}
