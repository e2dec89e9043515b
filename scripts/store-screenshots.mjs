// Makes the store pictures from the built extension (run after `npm run build`):
// store/screenshots/<locale>/1-panel.png, 2-checker.png, 3-checklist.png
// (1280x800, the size both Chrome and addons.mozilla.org take) for en, es,
// ar and zh_CN, and store/promo-440x280.png (the Chrome small promo tile).
// Each screenshot is the real extension in Chromium, placed on a plain stage
// beside the listing's own name and summary (store/listing/<locale>.json),
// which says the helper is unofficial.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;
const extension = path('.output/chrome-mv3');
const LOCALES = ['en', 'es', 'ar', 'zh_CN'];
const RTL = new Set(['ar']);
// USCIS pages are in English and Spanish: Spanish speakers get the Spanish page, everyone else the English one.
const FIXTURE = { es: { file: 'spanish.html', code: '#campo2' } };
const ENGLISH = { file: 'add-case.html', code: '#accessCode' };
// A code pasted from an e-mail: a no-break space, then a Cyrillic О for the 4th character.
const PASTED = '\u00a0K7X\u041eH4MW9PT3R';
const CHECKED = 'K7X0H4MW9PT3R';
const fixturePage = (file) =>
  readFileSync(path(`tests/fixtures/${file}`), 'utf8').replace(
    '<head>',
    // Styles like a USCIS account page (fixtures have none of their own).
    '<head><style>body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}header.s{background:#112e51;color:#fff;padding:14px 28px;font-weight:700;font-size:19px}main,form{padding:8px 28px} h1{font-size:26px;margin:18px 0 8px} .uscis-row,p{margin:14px 0} label{display:block;font-weight:600;margin-bottom:4px} input{font:18px system-ui;padding:8px;width:340px;border:1px solid #565c65;border-radius:4px} button{font:16px system-ui;padding:8px 18px;background:#005ea2;color:#fff;border:0;border-radius:4px}</style>',
  ).replace(/<body([^>]*)>/, '<body$1><header class="s">my.uscis.gov</header>');

// Without a Chinese font the zh_CN pictures are empty boxes (Debian installs none by default).
const chinese = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
if (chinese.status === 0 && !chinese.stdout.trim()) {
  console.error('No Chinese font: set FONTCONFIG_FILE to a fonts.conf that adds one (docs/RELEASING.md), then run again.');
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'ach-store-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  deviceScaleFactor: 1,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * The panel's frame once it shows a fix: an extension page in a frame inside
 * a closed shadow root, which Playwright lists among the tab's frames.
 */
async function panelFrame(page, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames().filter((f) => f.url().includes('/panel-frame.html'))) {
      if (await frame.locator('.panel:not([hidden]) [data-fix]').count().catch(() => 0)) return frame;
    }
    if (Date.now() > until) throw new Error(`no panel with a fix on ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/** A 1280x800 stage: the listing's name and summary beside a shot of the extension. */
async function stage(locale, shot, caption, out) {
  const listing = JSON.parse(readFileSync(path(`store/listing/${locale}.json`), 'utf8'));
  const dir = RTL.has(locale) ? 'rtl' : 'ltr';
  const lang = locale.replace('_', '-');
  const icon = readFileSync(path('public/icon/128.png')).toString('base64');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(`<!doctype html><html lang="${lang}" dir="${dir}"><meta charset="utf-8"><style>
    html,body{margin:0;width:1280px;height:800px;overflow:hidden}
    body{display:flex;align-items:center;gap:44px;padding:0 56px;box-sizing:border-box;background:linear-gradient(135deg,#e8f1fb,#f7f9fc);font-family:system-ui,sans-serif;color:#14213d}
    .text{flex:0 0 330px} img.icon{width:72px;height:72px} h1{font-size:34px;line-height:1.2;margin:14px 0} .summary{font-size:21px;line-height:1.45;margin:0 0 18px}
    .caption{font-size:19px;line-height:1.4;font-weight:600;color:#0b4f8a;margin:0}
    .shot{flex:1;display:flex;justify-content:center;align-items:center;height:740px}
    .shot img{max-width:100%;max-height:740px;border-radius:10px;box-shadow:0 6px 28px rgba(20,33,61,.25);background:#fff}
  </style><body><div class="text"><img class="icon" src="data:image/png;base64,${icon}" alt=""><h1>${listing.name}</h1><p class="summary">${listing.summary}</p><p class="caption">${caption}</p></div>
  <div class="shot"><img src="data:image/png;base64,${shot.toString('base64')}" alt=""></div></body></html>`);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1280, height: 800 } });
  await page.close();
}

// The captions, in plain words (the shot shows the rest).
const CAPTIONS = {
  en: ['Help beside the box, with a one-click fix you can undo', 'Read a code back, character by character', 'A checklist of things to try'],
  es: ['Ayuda junto a la casilla, con una corrección de un clic que se puede deshacer', 'Lea un código carácter por carácter', 'Una lista de cosas que probar'],
  ar: ['مساعدة بجانب الخانة، مع تصحيح بنقرة واحدة يمكن التراجع عنه', 'اقرأ الرمز حرفًا حرفًا', 'قائمة بخطوات يمكنك تجربتها'],
  zh_CN: ['在输入框旁提供帮助，点一下就能改正，也可以撤销', '逐个字符读出访问码', '一份可以逐项尝试的检查清单'],
};

try {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const file = new URL(url).pathname.endsWith('-es') ? 'spanish.html' : 'add-case.html';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixturePage(file) });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;

  for (const locale of LOCALES) {
    const out = path(`store/screenshots/${locale}/`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // The popup's language setting, which the panel, popup and checklist all follow.
    await worker.evaluate((folder) => chrome.storage.local.set({ language: folder }), locale);
    const [panelCaption, checkerCaption, checklistCaption] = CAPTIONS[locale];

    // 1. The panel with a problem and its fix, on a USCIS-style page.
    const fixture = FIXTURE[locale] ?? ENGLISH;
    const page = await context.newPage();
    await page.setViewportSize({ width: 820, height: 740 });
    await page.goto(`https://my.uscis.gov/account/applicant/add-case${locale === 'es' ? '-es' : ''}`);
    await page.focus(fixture.code);
    await page.keyboard.insertText(PASTED);
    const frame = await panelFrame(page);
    // The compact line opened with a click, as a person would, so the shot shows each problem and its fix.
    await frame.locator('.toggle[aria-expanded="false"]').click();
    await frame.locator('.details:not([hidden])').waitFor();
    await page.waitForTimeout(400); // the glyph font
    await stage(locale, await page.screenshot(), panelCaption, `${out}1-panel.png`);
    await page.close();

    // 2. The popup's checker reading a code back, at the popup's own size (360 x 600): the
    // whole window, header and tabs included, with no band below it and no row cut off.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('#tab-check').click();
    await popup.fill('#checker-input', CHECKED);
    await popup.locator('#checker-input').blur();
    await popup.locator('.read-back-char').last().waitFor();
    // The part scrolled to the code's box (the choice of rules above it out of view), and the
    // picture ends under the last whole row of the read-back: no row cut in half, no band.
    const height = await popup.locator('#panel-check').evaluate((panel) => {
      const label = panel.querySelector('label[for="checker-input"]');
      panel.scrollTop += label.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
      const bottom = panel.getBoundingClientRect().bottom;
      const rows = [...panel.querySelectorAll('.read-back-char')].map((row) => row.getBoundingClientRect().bottom).filter((b) => b <= bottom - 4);
      return Math.floor(Math.max(...rows) + 3); // the rows are 4 px apart
    });
    await popup.waitForTimeout(300);
    await stage(locale, await popup.screenshot({ clip: { x: 0, y: 0, width: 360, height } }), checkerCaption, `${out}2-checker.png`);

    // 3. The checklist (its own page, the one the popup links to and that prints).
    const checklist = await context.newPage();
    await checklist.setViewportSize({ width: 800, height: 740 });
    await checklist.goto(`chrome-extension://${id}/checklist.html`);
    await checklist.waitForTimeout(300);
    await stage(locale, await checklist.screenshot(), checklistCaption, `${out}3-checklist.png`);
    await popup.close();
    await checklist.close();
  }

  // The small promo tile: icon, name, and what it is, in English.
  const en = JSON.parse(readFileSync(path('store/listing/en.json'), 'utf8'));
  const tile = await context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  const icon = readFileSync(path('public/icon/128.png')).toString('base64');
  await tile.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><style>
    html,body{margin:0;width:440px;height:280px;overflow:hidden}
    body{box-sizing:border-box;padding:30px 32px;background:linear-gradient(135deg,#0b4f8a,#112e51);color:#fff;font-family:system-ui,sans-serif}
    .row{display:flex;align-items:center;gap:18px} img{width:76px;height:76px} h1{font-size:31px;line-height:1.15;margin:0}
    p{font-size:19px;line-height:1.35;margin:22px 0 0} .small{font-size:15px;margin-top:14px;opacity:.9}
  </style><body><div class="row"><img src="data:image/png;base64,${icon}" alt=""><h1>${en.name}</h1></div>
  <p>Catches the typing mistakes that make a USCIS Online Access Code fail.</p><p class="small">Unofficial. Not affiliated with USCIS.</p></body></html>`);
  await tile.screenshot({ path: path('store/promo-440x280.png'), clip: { x: 0, y: 0, width: 440, height: 280 } });
  await tile.close();
  await worker.evaluate(() => chrome.storage.local.remove('language'));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
