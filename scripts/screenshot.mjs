// Makes docs/screenshot.png for the README: the built extension in Chromium,
// the add-case fixture page at its USCIS address, a code pasted from an
// e-mail (a no-break space, a Cyrillic О). Run after `npm run build`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const extension = new URL('../.output/chrome-mv3', import.meta.url).pathname;
const page = readFileSync(new URL('../tests/fixtures/add-case.html', import.meta.url), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'ach-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 720, height: 820 },
  deviceScaleFactor: 1,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--no-first-run'],
});
/** The panel's frame once it shows a fix (Playwright lists frames in closed shadow roots too). */
async function panelFrame(tab, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    for (const frame of tab.frames().filter((f) => f.url().includes('/panel-frame.html'))) {
      if (await frame.locator('.panel:not([hidden]) [data-fix]').count().catch(() => 0)) return frame;
    }
    if (Date.now() > until) throw new Error('no panel with a fix');
    await tab.waitForTimeout(100);
  }
}

try {
  // Pages from the fixture; the extension's own files (panel bundle, font) as they are.
  await context.route('**/*', (route) =>
    /^https?:/.test(route.request().url()) ? route.fulfill({ contentType: 'text/html', body: page }) : route.continue(),
  );
  const tab = await context.newPage();
  await tab.goto('https://my.uscis.gov/account/applicant/add-case');
  await tab.addStyleTag({ content: 'body{font:16px system-ui;margin:24px} .uscis-row{margin:12px 0} label{display:block;font-weight:600} input{font:18px system-ui;padding:6px;width:320px}' });
  await tab.fill('#receiptNumber', 'IOE0912345678');
  await tab.focus('#accessCode');
  await tab.keyboard.insertText('\u00a0K7X\u041eH4MW9PT3R');
  // The panel is an extension page in a frame inside a closed shadow root: reached as a frame of the tab.
  const frame = await panelFrame(tab);
  // Open the details by keyboard, as a person would: Tab to "Fix all", Tab to "Details", Enter.
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await tab.focus('#accessCode');
  await tab.waitForTimeout(300); // the font
  // The picture ends a little under the panel: no empty band below it.
  await frame.locator('.details:not([hidden])').waitFor();
  const panel = await (await frame.frameElement()).boundingBox();
  const height = Math.min(820, Math.ceil((panel?.y ?? 796) + (panel?.height ?? 0) + 24));
  await tab.screenshot({ path: new URL('../docs/screenshot.png', import.meta.url).pathname, clip: { x: 0, y: 0, width: 720, height } });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
