import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';

// The popup in one window: each part, reached by keyboard alone, fits 360 x 600
// with its main control in view and Start over one click away.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGUAGES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ht', 'pt_BR', 'ar', 'ko', 'ru', 'fr'];

// [tab's position, the part's main control]
const SECTIONS: Array<[number, string]> = [
  [0, '#checker-input'], // Check a code
  [1, '#link-check-input'], // This page
  [2, '#panel-checklist input[type="checkbox"]'], // Checklist: the first step
  [3, '#clinic-mode'], // Settings
];

/** Tab to the tab row (unless there already), then arrows (mirrored right to left) to the part at `index`. */
async function selectByKeyboard(page: Page, index: number): Promise<void> {
  const onTab = () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
  for (let i = 0; i < 12 && !(await onTab()); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  const forward = (await page.evaluate(() => document.documentElement.dir)) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  for (let i = 0; i < index; i++) await page.keyboard.press(forward);
  const tabs = page.locator('[role="tab"]');
  await expect.poll(() => tabs.nth(index).getAttribute('aria-selected')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
  await page.locator('[role="tabpanel"]:not([hidden])').waitFor();
}

/** The element is in the viewport: whole, or (a long result) its first line. */
const inView = (page: Page, selector: string, firstLine = false) =>
  page.locator(selector).first().evaluate((el, onlyFirstLine) => {
    const box = el.getBoundingClientRect();
    const bottom = onlyFirstLine ? box.top + parseFloat(getComputedStyle(el).lineHeight || '20') + 8 : box.bottom;
    return box.width > 0 && box.top >= 0 && bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
  }, firstLine);

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

describe('popup sections, Chromium', () => {
  let session: ChromiumSession;
  let settings: Page;

  beforeAll(async () => {
    session = await launchChromium();
    settings = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
  });
  afterAll(() => session?.close());

  async function openPopup(language: string, size = { width: 360, height: 600 }, dark = false): Promise<Page> {
    await settings.selectOption('#language-menu', language === 'en' ? '' : language);
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language.replace('_', '-'));
    await page.locator('[role="tab"][aria-selected="true"]').waitFor();
    return page;
  }

  it('measures each language: which needs the most room', async () => {
    const sizes: Record<string, { header: number; parts: number; widest: number }> = {};
    for (const language of LANGUAGES) {
      const page = await openPopup(language);
      sizes[language] = await page.evaluate(() => {
        const header = document.querySelector('.popup-header')!.getBoundingClientRect().height;
        // Every part's whole content, as if shown one after another.
        const panels = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
        const shown = panels.find((panel) => !panel.hidden);
        const parts = panels.reduce((sum, panel) => {
          panel.hidden = false;
          const height = panel.scrollHeight;
          panel.hidden = panel !== shown;
          return sum + height;
        }, 0);
        const widest = Math.max(...[...document.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().width));
        return { header: Math.round(header), parts: Math.round(parts), widest: Math.round(widest) };
      });
      await page.close();
    }
    console.log('popup at 360 x 600, per language (px): fixed header, all parts one after another, widest tab', sizes);
  });

  // [language, light or dark]
  const runs: Array<[string, boolean]> = [
    ['en', false], // English, light
    ['en', true], // English, dark
    ['ar', false], // Arabic, right to left
    ['ar', true],
    // Russian: the tallest fixed header (242 px against English's 183) and the widest tab, measured above.
    ['ru', false],
    ['ru', true],
  ];
  it.each(runs)('in %s (dark: %s) every part fits 360 x 600 and axe finds nothing', async (language, dark) => {
    const page = await openPopup(language, undefined, dark);
    for (const [index, control] of SECTIONS) {
      await selectByKeyboard(page, index);
      expect({ index, control: await inView(page, control) }).toEqual({ index, control: true });
      expect({ index, start: await inView(page, '.start-over') }).toEqual({ index, start: true });
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
      expect({ index, violations: await axeViolations(page) }).toEqual({ index, violations: [] });
    }
    await page.close();
  });

  it.each(['en', 'ar', 'ru'])('in %s a 13-character messy code keeps its box and first finding in view', async (language) => {
    const page = await openPopup(language);
    await selectByKeyboard(page, 0);
    await page.locator('#checker-input').fill(' K7X\u041eH4MW9PT3r');
    await page.locator('[data-finding]').first().waitFor();
    expect(await inView(page, '#checker-input')).toBe(true);
    expect(await inView(page, '[data-finding]', true)).toBe(true);
    expect(await inView(page, '.start-over')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    // The read-back scrolls inside its part.
    const panel = page.locator('#panel-check');
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.close();
  });

  // At 200 % zoom the popup window (at most 600 device px) is 300 CSS px tall:
  // the page scrolls as one there, under a bar with Start over that stays put.
  it.each(['en', 'ar', 'ru'])('in %s at twice the zoom (180 x 300 CSS px) Start over stays in view and Tab brings each control into view', async (language) => {
    const page = await openPopup(language, { width: 180, height: 300 });
    for (const [index, control] of SECTIONS) {
      await selectByKeyboard(page, index);
      expect({ index, start: await inView(page, '.start-over') }).toEqual({ index, start: true });
      // Tab on from the tab: the part, then its controls, until the main one.
      for (let i = 0; i < 30 && !(await page.locator(control).first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect({ index, control: await inView(page, control), start: await inView(page, '.start-over') }).toEqual({ index, control: true, start: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(180);
      await page.keyboard.press('Shift+Tab');
      for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.getAttribute('role') !== 'tab')); i++) await page.keyboard.press('Shift+Tab');
    }
    await page.close();
  });

  it('keeps the last part for the session; Start over forgets it', async () => {
    const page = await openPopup('en');
    // Earlier tests in this browser session picked other sections: start from none remembered.
    await page.evaluate(() => chrome.storage.session.remove('popupSection'));
    await page.reload();
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Check a code');
    await selectByKeyboard(page, 2);
    await page.reload();
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Checklist');
    expect(await page.evaluate(() => chrome.storage.session.get('popupSection'))).toEqual({ popupSection: 'checklist' });
    await page.getByRole('button', { name: 'Start over for the next person' }).click();
    await page.getByText('Cleared. Ready for the next person.').waitFor();
    // The section is forgotten (other session keys, such as the USCIS tabs clinic mode may close, are not this test's).
    expect(await page.evaluate(() => chrome.storage.session.get('popupSection'))).toEqual({});
    await page.reload();
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Check a code');
    await page.close();
  });
});
