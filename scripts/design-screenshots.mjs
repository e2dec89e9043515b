// Pictures of the popup's four sections at the toolbar's size (360 x 600),
// light and dark, for design reviews: docs/design/<name>-<section>[-dark].png
// (the window as a person sees it: a long part scrolls inside it), and
// <name>-<section>-whole.png (the window grown to the whole part, nothing cut).
// Run after `npx wxt build`: `node scripts/design-screenshots.mjs after`.
// The checker is shown with a code pasted from an e-mail (a no-break space, a
// Cyrillic О, a lower-case r), so its findings are in the picture.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const name = process.argv[2] ?? 'after';
const root = new URL('..', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;
const extension = path('.output/chrome-mv3');
const out = path('docs/design/');
mkdirSync(out, { recursive: true });

const SECTIONS = ['check', 'page', 'checklist', 'settings'];
const profile = mkdtempSync(join(tmpdir(), 'ach-design-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  deviceScaleFactor: 1,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  for (const dark of [false, true]) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('[role="tab"][aria-selected="true"]').waitFor();
    for (const section of SECTIONS) {
      await page.locator(`#tab-${section}`).click();
      await page.locator(`#panel-${section}`).waitFor();
      if (section === 'check') {
        await page.locator('#checker-input').fill('\u00a0K7X\u041eH4MW9PT3r');
        await page.locator('[data-finding]').first().waitFor();
        await page.locator('#checker-input').blur();
      }
      if (section === 'page') {
        await page.locator('#link-check-input').fill('https://my.uscis.gov.example-help.com/account');
        await page.locator('#link-check-input').press('Enter');
      }
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}${name}-${section}${dark ? '-dark' : ''}.png` });
      if (!dark) {
        await page.evaluate(() => document.querySelector('.popup')?.setAttribute('style', 'height: auto; max-height: none'));
        await page.screenshot({ path: `${out}${name}-${section}-whole.png`, fullPage: true });
        await page.evaluate(() => document.querySelector('.popup')?.removeAttribute('style'));
      }
    }
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
