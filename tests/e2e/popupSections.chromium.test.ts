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
  // Injected once per page: the popup redraws in another language without a reload.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

/** The header's height, whether the tabs share one row, and whether the part's control and Start over are in view. */
const layout = (page: Page, controlSelector: string) =>
  page.evaluate((selector) => {
    const boxes = [document.querySelector(selector), document.querySelector('.start-over')].map((el) => el?.getBoundingClientRect());
    const [control, start] = boxes.map((box) => !!box && box.width > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth);
    const tops = [...document.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top));
    return {
      header: Math.round(document.querySelector('.popup-header')!.getBoundingClientRect().height),
      oneRow: tops.length === 4 && new Set(tops).size === 1,
      control,
      start,
      fits: document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth,
    };
  }, controlSelector);

/** Picks a language as a person would: the globe in the header, then the menu it opens in Settings. */
async function speak(on: Page, language: string): Promise<void> {
  await on.locator('#language-button').click();
  await expect.poll(() => on.evaluate(() => document.activeElement?.id)).toBe('language-menu');
  await on.selectOption('#language-menu', language === 'en' ? '' : language);
  await expect.poll(() => on.evaluate(() => document.documentElement.lang)).toBe(language.replace('_', '-'));
}

describe('popup sections, Chromium', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchChromium();
    page = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
  });
  afterAll(() => session?.close());

  async function openPopup(language: string, size = { width: 360, height: 600 }, dark = false): Promise<Page> {
    await speak(page, language);
    const popup = await session.context.newPage();
    await popup.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await popup.setViewportSize(size);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe(language.replace('_', '-'));
    await popup.locator('[role="tab"][aria-selected="true"]').waitFor();
    return popup;
  }

  // One page, every language in turn (the popup redraws when the language changes), light then dark.
  it('at 360 x 600 in every language, light and dark: the sections on one row, a header of at most 96 px, each main control and Start over in view, axe finds nothing', async () => {
    await page.setViewportSize({ width: 360, height: 600 });
    const problems: unknown[] = [];
    const headers: Record<string, number> = {};
    for (const dark of [false, true]) {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      for (const language of LANGUAGES) {
        await speak(page, language);
        for (const [index, control] of SECTIONS) {
          await page.locator('[role="tab"]').nth(index).click();
          await page.locator('[role="tabpanel"]:not([hidden])').waitFor();
          const seen = await layout(page, control);
          headers[language] = Math.max(headers[language] ?? 0, seen.header);
          if (seen.header > 96 || !seen.oneRow || !seen.control || !seen.start || !seen.fits) problems.push({ language, dark, index, ...seen });
        }
        // axe once per language and scheme, over every part shown at once (the same styles, a quarter of the runs).
        await page.evaluate(() => document.querySelectorAll<HTMLElement>('[role="tabpanel"]').forEach((panel) => (panel.hidden = false)));
        const violations = await axeViolations(page);
        await page.evaluate(() => document.querySelectorAll<HTMLElement>('[role="tabpanel"]').forEach((panel) => (panel.hidden = panel.getAttribute('aria-labelledby') !== 'tab-settings')));
        if (violations.length > 0) problems.push({ language, dark, violations });
      }
    }
    console.log('popup at 360 x 600: the header\'s height per language (px)', headers);
    expect(problems).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await speak(page, 'en');
  });

  it.each(['en', 'ar', 'ru'])('in %s a 13-character messy code keeps its box and first finding in view', async (language) => {
    const popup = await openPopup(language);
    await selectByKeyboard(popup, 0);
    await popup.locator('#checker-input').fill(' K7X\u041eH4MW9PT3r');
    await popup.locator('[data-finding]').first().waitFor();
    expect(await inView(popup, '#checker-input')).toBe(true);
    expect(await inView(popup, '[data-finding]', true)).toBe(true);
    expect(await inView(popup, '.start-over')).toBe(true);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    // The read-back scrolls inside its part.
    const panel = popup.locator('#panel-check');
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await popup.close();
  });

  // At 200 % zoom the popup window (at most 600 device px) is 300 CSS px tall:
  // the page scrolls as one there, under a bar with Start over that stays put.
  it.each(['en', 'ar', 'ru'])('in %s at twice the zoom (180 x 300 CSS px) the sections share one row, Start over stays in view, Tab brings each control into view, axe finds nothing', async (language) => {
    const popup = await openPopup(language, { width: 180, height: 300 });
    for (const [index, control] of SECTIONS) {
      await selectByKeyboard(popup, index);
      expect({ index, start: await inView(popup, '.start-over'), oneRow: (await layout(popup, control)).oneRow }).toEqual({ index, start: true, oneRow: true });
      expect({ index, violations: await axeViolations(popup) }).toEqual({ index, violations: [] });
      // Tab on from the tab: the part, then its controls, until the main one.
      for (let i = 0; i < 30 && !(await popup.locator(control).first().evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
      expect({ index, control: await inView(popup, control), start: await inView(popup, '.start-over') }).toEqual({ index, control: true, start: true });
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(180);
      await popup.keyboard.press('Shift+Tab');
      for (let i = 0; i < 30 && (await popup.evaluate(() => document.activeElement?.getAttribute('role') !== 'tab')); i++) await popup.keyboard.press('Shift+Tab');
    }
    await popup.close();
  });

  it('keeps the last part for the session; Start over forgets it', async () => {
    const popup = await openPopup('en');
    // Earlier tests in this browser session picked other sections: start from none remembered.
    await popup.evaluate(() => chrome.storage.session.remove('popupSection'));
    await popup.reload();
    await expect.poll(() => popup.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Check a code');
    await selectByKeyboard(popup, 2);
    await popup.reload();
    await expect.poll(() => popup.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Checklist');
    expect(await popup.evaluate(() => chrome.storage.session.get('popupSection'))).toEqual({ popupSection: 'checklist' });
    await popup.getByRole('button', { name: 'Start over for the next person' }).click();
    await popup.getByText('Cleared. Ready for the next person.').waitFor();
    // The section is forgotten (other session keys, such as the USCIS tabs clinic mode may close, are not this test's).
    expect(await popup.evaluate(() => chrome.storage.session.get('popupSection'))).toEqual({});
    await popup.reload();
    await expect.poll(() => popup.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Check a code');
    await popup.close();
  });
});
