import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { buildDir, CHROMIUM, FIREFOX } from '../e2e/harness/browsers';
import { reply } from '../e2e/harness/sites';
import { percentile } from './stats';

// The two ways to keep the panel from the page, side by side in a throwaway
// extension built here (not shipped): a closed shadow root made from the
// content script's world, and an extension-page iframe (web-accessible for
// uscis.gov only) fed over a MessageChannel. Each loads the shipped panel
// bundle and draws the same markup; the page measures first key to painted,
// and reads what it can of each.
const PAGE = 'https://my.uscis.gov/account/applicant/add-case';
// About the size of a compact panel with its details: 30-odd elements.
const MARKUP = `<div style="font:15px system-ui;border:1px solid #888;padding:6px;background:#fff">${'<p><span>!</span> There is a space before the code. <button>Fix</button> <span class="glyph">X</span> <span>4th character: Cyrillic capital letter</span></p>'.repeat(6)}</div>`;

const CONTENT = `
const mode = location.hash.slice(1);
const done = (t) => document.dispatchEvent(new CustomEvent('isolation-painted', { detail: t }));
document.addEventListener('keydown', async function once() {
  document.removeEventListener('keydown', once, true);
  if (mode === 'shadow') {
    await import(chrome.runtime.getURL('panel.js'));
    const host = document.createElement('x-isolation');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = ${JSON.stringify(MARKUP)};
    document.documentElement.append(host);
    requestAnimationFrame(() => setTimeout(() => done(performance.now())));
  } else {
    const frame = document.createElement('iframe');
    frame.src = chrome.runtime.getURL('frame.html');
    frame.style.cssText = 'position:absolute;border:0;width:600px;height:300px;top:0;left:0';
    frame.addEventListener('load', () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      frame.contentWindow.postMessage('port', '*', [channel.port2]);
      channel.port1.postMessage(${JSON.stringify(MARKUP)});
    });
    document.documentElement.append(frame);
  }
}, true);
`;
const FRAME_JS = `
addEventListener('message', (e) => {
  const port = e.ports[0];
  port.onmessage = (m) => {
    document.body.innerHTML = m.data;
    requestAnimationFrame(() => setTimeout(() => port.postMessage('painted')));
  };
});`;

function extension(mv: 2 | 3): string {
  const dir = mkdtempSync(join(tmpdir(), 'ach-isolation-'));
  const matches = ['https://*.uscis.gov/*'];
  const manifest =
    mv === 3
      ? { manifest_version: 3, name: 'isolation', version: '1', content_scripts: [{ matches, js: ['content.js'] }], web_accessible_resources: [{ resources: ['frame.html', 'panel.js'], matches }] }
      : { manifest_version: 2, name: 'isolation', version: '1', permissions: matches, content_scripts: [{ matches, js: ['content.js'] }], web_accessible_resources: ['frame.html', 'panel.js'], browser_specific_settings: { gecko: { id: 'isolation@tests' } } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), CONTENT);
  writeFileSync(join(dir, 'frame.html'), '<!doctype html><meta charset="utf-8"><body><script src="panel.js"></script><script src="frame.js"></script>');
  writeFileSync(join(dir, 'frame.js'), FRAME_JS);
  // The shipped panel bundle, so both ways load the same code.
  writeFileSync(join(dir, 'panel.js'), readFileSync(join(buildDir('chrome-mv3'), 'panel.js')));
  return dir;
}

/** Runs in the page: waits for the first key's panel, and reads what a page script can of it. */
function measureInPage() {
  return new Promise<{ ms: number; reads: string[] }>((resolve) => {
    let key = 0;
    document.addEventListener('keydown', (e) => (key ||= e.timeStamp), true);
    document.addEventListener('isolation-painted', (e) => {
      const ours = document.documentElement.lastElementChild as HTMLElement;
      const reads: string[] = [];
      if ((ours as HTMLIFrameElement).src) reads.push(`iframe src: ${(ours as HTMLIFrameElement).src}`);
      if (ours.shadowRoot) reads.push('shadow root open');
      try {
        if ((ours as HTMLIFrameElement).contentDocument) reads.push('iframe document readable');
      } catch {
        // cross-origin: refused
      }
      if (ours.innerHTML || ours.textContent) reads.push('host markup');
      resolve({ ms: (e as CustomEvent<number>).detail - key, reads });
    });
  });
}

const fixture = (url: string) => {
  const r = reply(url);
  return { status: r.status, contentType: r.contentType, body: r.body };
};

export interface IsolationRow {
  browser: string;
  mode: 'shadow' | 'iframe';
  median: number;
  p95: number;
  reads: string[];
}

export async function isolation(runs = 8): Promise<IsolationRow[]> {
  const rows: IsolationRow[] = [];
  // Chromium
  const dir3 = extension(3);
  const profile = mkdtempSync(join(tmpdir(), 'ach-isolation-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${dir3}`, `--load-extension=${dir3}`, '--disable-features=DisableLoadExtensionCommandLineSwitch', '--disable-gpu', '--no-first-run'],
  });
  try {
    await context.route('**/*', (route) => (/^https?:/.test(route.request().url()) ? route.fulfill(fixture(route.request().url())) : route.continue()));
    for (const mode of ['shadow', 'iframe'] as const) {
      const times: number[] = [];
      let reads: string[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await page.goto(`${PAGE}#${mode}`);
        await page.waitForTimeout(300);
        const result = page.evaluate(measureInPage);
        await page.focus('#accessCode');
        await page.keyboard.press('K');
        const r = await result;
        times.push(r.ms);
        reads = r.reads.map((s) => s.replace(/[a-p]{32}/, '<extension id>'));
        await page.close();
      }
      rows.push({ browser: 'Chromium', mode, median: percentile(times, 50), p95: percentile(times, 95), reads });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir3, { recursive: true, force: true });
  }
  // Firefox (MV2 temporary add-on)
  const dir2 = extension(2);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    await browser.installExtension(dir2);
    for (const mode of ['shadow', 'iframe'] as const) {
      const times: number[] = [];
      let reads: string[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (!/^https?:/.test(request.url())) return void request.continue();
          const r = fixture(request.url());
          void request.respond({ status: r.status, contentType: r.contentType, body: r.body });
        });
        await page.goto(`${PAGE}#${mode}`);
        await new Promise((r) => setTimeout(r, 300));
        const result = page.evaluate(measureInPage);
        await page.focus('#accessCode');
        await page.keyboard.press('K');
        const r = await result;
        times.push(r.ms);
        reads = r.reads.map((s) => s.replace(/[0-9a-f-]{36}/, '<per-install UUID>'));
        await page.close();
      }
      rows.push({ browser: 'Firefox ESR', mode, median: percentile(times, 50), p95: percentile(times, 95), reads });
    }
  } finally {
    await browser.close();
    rmSync(dir2, { recursive: true, force: true });
  }
  return rows;
}
