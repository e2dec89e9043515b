import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openSection } from './harness/openSection';

// The built popup and checklist page in Debian's Chromium. The popup is opened
// as a tab (headless Chromium has no toolbar to click).
describe('popup, Chromium', () => {
  let session: ChromiumSession;
  let popupUrl: string;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await launchChromium();
    popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
    // Every request an extension page makes; it must never reach the web.
    session.context.on('request', (request) => {
      if (request.url().startsWith(`chrome-extension://${session.extensionId}/`)) return;
      if (request.frame()?.url().startsWith('chrome-extension://')) requests.push(request.url());
    });
  });
  afterAll(() => session?.close());

  async function openPopup(): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(popupUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The part last used is kept for the session: each test starts from the checker.
    await openSection(page, 'Check a code');
    return page;
  }

  // How fast it renders is a figure for `npm run bench`, not a test: a loaded machine would fail it.
  it('fits 360 px and says it is unofficial', async () => {
    const page = await openPopup();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.getByText('Unofficial helper, not affiliated with USCIS.').isVisible()).toBe(true);
    await page.close();
  });

  it('remembers a tick for the session, and Start over clears it', async () => {
    const page = await openPopup();
    await openSection(page, 'Checklist');
    const box = page.getByLabel('Was the code already used?');
    await box.check();
    await page.reload();
    await expect.poll(() => box.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Start over for the next person' }).click();
    await page.getByText('Cleared. Ready for the next person.').waitFor();
    expect(await box.isChecked()).toBe(false);
    // Nothing left to restore: the session's ticks are gone, so no reload can tick the box again.
    expect(await page.evaluate(async () => (await chrome.storage.session.get('checklistTicks')).checklistTicks ?? [])).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await box.isChecked()).toBe(false);
    await page.close();
  });

  it('checks a code: findings, read-back in the bundled font, copy, and Start over clears it', async () => {
    const page = await openPopup();
    const input = page.getByLabel('Type or paste the access code');
    expect(await input.getAttribute('autocomplete')).toBe('off');
    expect(await input.getAttribute('spellcheck')).toBe('false');

    // A space pasted in front, a zero-width space inside, a zero among letters.
    await input.fill(' AC\u200BD0EF');
    const kinds = () => page.locator('[data-finding]').evaluateAll((els) => els.map((el) => el.getAttribute('data-finding')));
    await expect.poll(kinds).toEqual(['leading-space', 'invisible', 'lookalike']);

    const names = await page.locator('.read-back-name').allTextContents();
    expect(names[0]).toBe('space');
    expect(names[1]).toBe('capital A');
    // The plain word first, the Unicode name after.
    expect(names[3]).toBe('invisible character (zero width space)');
    expect(names[5]).toBe('digit zero');

    // The font is the extension's own file.
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Atkinson Hyperlegible Mono"', 'A0');
    });
    expect(font).toBe(true);
    const fontSources = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => rule.style.getPropertyValue('src')),
      ),
    );
    expect(fontSources.length).toBeGreaterThan(0);
    for (const src of fontSources) expect(src).not.toMatch(/https?:/);

    // Copy gives the corrected code: pasted back into the link field, as a person would.
    await page.getByRole('button', { name: 'Copy the corrected code' }).click();
    await page.getByText('Copied.').waitFor();
    await openSection(page, 'This page');
    const link = page.getByLabel('Check a link from a letter, e-mail or text message');
    await link.focus();
    await page.keyboard.press('ControlOrMeta+V');
    expect(await link.inputValue()).toBe('ACD0EF');

    // A fix button from the shared finding list.
    await openSection(page, 'Check a code');
    await page.locator('[data-fix="leading-space"]').click();
    expect(await input.inputValue()).toBe('AC\u200BD0EF');

    await page.getByRole('button', { name: 'Start over for the next person' }).click();
    await page.getByText('Cleared. Ready for the next person.').waitFor();
    expect(await page.getByLabel('Type or paste the access code').inputValue()).toBe('');
    expect(await page.locator('[data-finding]').count()).toBe(0);
    expect(await page.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    await page.close();
  });

  const links: Array<{ url: string; verdict: string; reason?: string }> = [
    // The account pages and the case-status site.
    { url: 'https://my.uscis.gov/account/applicant/add-case', verdict: 'official' },
    { url: 'https://myaccount.uscis.gov/sign-in', verdict: 'official' },
    { url: 'https://egov.uscis.gov/', verdict: 'official' },
    // Official host, but not https.
    { url: 'http://my.uscis.gov/', verdict: 'not-https' },
    // Lookalikes.
    { url: 'https://uscis-gov.com/account', verdict: 'lookalike', reason: 'similar-name' },
    { url: 'https://usciss.us/', verdict: 'lookalike', reason: 'similar-name' },
    { url: 'https://my-uscis.org/', verdict: 'lookalike', reason: 'similar-name' },
    { url: 'https://myuscisgov.com/', verdict: 'lookalike', reason: 'similar-name' },
    { url: 'https://uscis.gov.evil.com/', verdict: 'lookalike', reason: 'official-name-inside' },
    { url: 'https://my.uscis.gov@evil.com/', verdict: 'lookalike', reason: 'user-info' },
    { url: 'https://xn--uscs-n9d.gov/', verdict: 'lookalike', reason: 'other-alphabet' }, // usc\u0456s.gov
    { url: 'https://usc\u0456s.gov/', verdict: 'lookalike', reason: 'other-alphabet' }, // Cyrillic i typed in
    // Another site.
    { url: 'https://example.org/', verdict: 'not-uscis' },
  ];
  it('judges pasted links', async () => {
    const page = await openPopup();
    await openSection(page, 'This page');
    const field = page.getByLabel('Check a link from a letter, e-mail or text message');
    const verdict = page.locator('.link-check [data-verdict]');
    for (const { url, verdict: expected, reason } of links) {
      await field.fill(url);
      expect({ url, verdict: await verdict.getAttribute('data-verdict'), reason: (await verdict.getAttribute('data-reason')) ?? undefined }).toEqual({
        url,
        verdict: expected,
        reason,
      });
    }
    await page.close();
  });

  it('opened as a tab, it judges its own tab and claims nothing more', async () => {
    const page = await openPopup();
    await openSection(page, 'This page');
    const verdict = page.locator('.tab-verdict [data-verdict]');
    await verdict.waitFor();
    // Its own tab is the extension page; without activeTab Chromium may also hide the address.
    expect(['not-uscis', 'unknown']).toContain(await verdict.getAttribute('data-verdict'));
    await page.close();
  });

  it('opened over a lookalike without a click, says it cannot see the address rather than guess', async () => {
    // chrome.action.openPopup() opens the real popup over the tab, but grants no
    // activeTab (only a person's click does), so the address stays hidden.
    const tab = await session.context.newPage();
    await tab.goto('https://uscis-gov.com/account/applicant/add-case');
    await tab.bringToFront();
    const text = await evaluateInPopup(tab, `new Promise((resolve) => {
      const read = () => document.querySelector('.tab-verdict [data-verdict]');
      // The window's size once it has grown past the browser's first small guess
      // (never growing times the test out).
      const size = () => [innerWidth, innerHeight, document.documentElement.scrollHeight].join(' x ');
      const wait = () => (read() && innerHeight > 450 ? resolve(read().dataset.verdict + ' ' + read().textContent + '|' + size()) : setTimeout(wait, 20));
      wait();
    })`);
    const [verdict, size] = String(text).split('|');
    expect(verdict).toMatch(/^unknown .*did not share this tab's address/);
    // The real popup window takes the popup's 600 px canvas (the browser's largest); only a part scrolls.
    console.log(`the toolbar popup's window: ${size} (width x height x scroll height)`);
    const [width, height, scrollHeight] = size!.split(' x ').map(Number);
    // Not collapsed to the browser's first small guess (the short-window layout is for 450 px and less).
    expect(width).toBe(360);
    expect(height).toBeGreaterThan(450);
    expect(scrollHeight).toBeLessThanOrEqual(height!);
    await tab.close();
  });

  it('opens the checklist page, which prints on one page without buttons', async () => {
    const popup = await openPopup();
    await openSection(popup, 'Checklist');
    const [page] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Open the checklist in a tab (to print it)' }).click(),
    ]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toBe(`chrome-extension://${session.extensionId}/checklist.html`);
    expect(await page.title()).toBe('When the USCIS access code does not work: a checklist');
    expect(await page.getByRole('checkbox').count()).toBe(10);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    // A link prints its number; the address is written once, in the list at the end.
    const after = await page.locator('a[href^="https://"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" [1]"');
    expect(await page.locator('.handout-links li').allTextContents()).toEqual([
      '[1] https://www.uscis.gov/about-us/contact-us/how-do-i-get-a-new-online-access-code',
      '[2] https://my.uscis.gov/account/v1/needhelp',
      '[3] https://www.uscis.gov/about-us/contact-us/how-do-i-unlock-my-online-account',
    ]);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      console.log(`checklist prints on ${pages} ${format} page(s)`);
      expect(pages).toBe(1);
    }
    await page.close();
    await popup.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await openPopup();
    // Tab to the row of parts, arrow to the checklist, Tab on to its first step, then tick it with Space.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
    }
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator(':focus').textContent()).toBe('Checklist');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('id')).toBe('step-where-printed');
    // The focus ring is drawn (outline), not left to the browser's default alone.
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    expect(await focused.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start over for the next person' }).click();
    await page.close();
  });

  // axe-core's WCAG A/AA rules on both pages, with results showing, in light and dark.
  const scans: Array<{ file: string; scheme: 'light' | 'dark' }> = [
    { file: 'popup.html', scheme: 'light' },
    { file: 'popup.html', scheme: 'dark' },
    { file: 'checklist.html', scheme: 'light' },
    { file: 'checklist.html', scheme: 'dark' },
    { file: 'options.html', scheme: 'light' },
    { file: 'options.html', scheme: 'dark' },
  ];
  it.each(scans)('$file in $scheme mode has no accessibility violations', async ({ file, scheme }) => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/${file}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (file === 'popup.html') {
      await openSection(page, 'Check a code');
      await page.getByLabel('Type or paste the access code').fill(' AC\u200BD0Ef');
      await openSection(page, 'This page');
      await page.getByLabel('Check a link from a letter, e-mail or text message').fill('https://uscis-gov.com/');
      // The checklist shown last; each part alone is scanned in popupSections.chromium.test.ts.
      await openSection(page, 'Checklist');
    }
    if (file !== 'options.html') await page.getByRole('checkbox').first().check();
    // Evaluated through the DevTools protocol, so the page's script policy stays as shipped.
    await page.evaluate(axe.source);
    const { violations, passes } = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        passes: result.passes.length,
      };
    });
    expect(violations).toEqual([]);
    expect(passes).toBeGreaterThan(10);
    await page.close();
  });

  it('made no request to the web', () => {
    expect(requests).toEqual([]);
  });

  /** Opens the real toolbar popup over `tab` and runs an expression in it, through the DevTools protocol. */
  async function evaluateInPopup(tab: Page, expression: string): Promise<unknown> {
    const cdp = await session.context.newCDPSession(tab);
    const popups = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url === popupUrl);
    // Popup pages opened as tabs by other tests are not the toolbar popup.
    const before = new Set((await popups()).map((t) => t.targetId));
    await session.context.serviceWorkers()[0]!.evaluate(() => chrome.action.openPopup());
    const popup = await vi.waitFor(
      async () => {
        const opened = (await popups()).find((t) => !before.has(t.targetId));
        if (!opened) throw new Error('The toolbar popup did not open');
        return opened;
      },
      { timeout: 20_000, interval: 50 },
    );
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
    const reply = new Promise<string>((resolve) => cdp.on('Target.receivedMessageFromTarget', (e) => resolve(e.message)));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
    });
    const message = JSON.parse(await reply) as { result?: { result?: { value?: unknown } } };
    await cdp.detach();
    return message.result?.result?.value;
  }
});
