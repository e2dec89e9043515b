import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePanel } from './harness/axePanel';
import { launchChromium, tabOf, type ChromiumSession } from './harness/chromium';
import { inPanel, waitForFindings } from './harness/panel';
import { chooseLanguage } from './harness/openSection';

// WCAG 2.2 AA checks beyond the English light/dark scans of the popup tests:
// axe-core on the popup and the checklist page in Spanish and Arabic, reflow
// at 320 CSS px (what 400 % zoom of a 1280 px window leaves), the panel by
// keyboard alone, and forced colours / reduced motion on the panel.
const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, selector]) => {
      const run = (window as unknown as { axe: typeof axe }).axe.run;
      const context = (selector ? { include: [[selector]] } : document) as never;
      const result = await run(context, { runOnly: { type: 'tag', values: tags as string[] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [TAGS, include ?? null] as const,
  );
}

// The panel's closed shadow root, reached through the DevTools protocol.
const shadow = <T,>(page: Page, fn: (root: Document) => T) => inPanel(tabOf(page), '#accessCode', fn) as Promise<T>;

describe('accessibility, Chromium', () => {
  let session: ChromiumSession;
  let popup: Page;
  beforeAll(async () => {
    session = await launchChromium();
    popup = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
  });
  afterAll(() => session?.close());

  // [language menu value, page]
  const pages: Array<[string, string]> = [
    ['es', 'popup.html'], // Spanish popup, with a checked code showing findings
    ['es', 'checklist.html'], // Spanish printable checklist
    ['ar', 'popup.html'], // Arabic, right to left
    ['ar', 'checklist.html'],
  ];
  it.each(pages)('axe-core finds nothing on %s %s', async (language, file) => {
    await chooseLanguage(popup, language);
    const page = await session.page(`chrome-extension://${session.extensionId}/${file}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
    if (file === 'popup.html') await page.locator('#checker-input').fill(' K7X\u041eH4MW9PT3r');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    await chooseLanguage(popup, '');
  });

  it.each(['popup.html', 'checklist.html'])('%s reflows at 320 px: nothing scrolls sideways', async (file) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`chrome-extension://${session.extensionId}/${file}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('the panel reflows at 320 px and is used by keyboard alone', async () => {
    const page = await session.page(ADD_CASE);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.addStyleTag({ content: 'input { max-width: 100%; box-sizing: border-box }' });
    await page.focus('#accessCode');
    await page.keyboard.insertText('\u00a0K7X\u041eH4MW9PT3R');
    await waitForFindings(tabOf(page), '#accessCode', ['leading-space', 'homoglyph']); // the Cyrillic O listed once, as a problem
    expect(await shadow(page, (root) => {
      const panel = root.querySelector('.panel')!;
      return panel.scrollWidth <= panel.clientWidth && panel.getBoundingClientRect().right <= 320;
    })).toBe(true);
    // Tab from the field reaches the panel's first action, "Fix all" (two
    // certain fixes); Enter applies it and gives the field its focus back.
    await page.keyboard.press('Tab');
    expect(await shadow(page, (root) => root.activeElement?.getAttribute('data-fix'))).toBe('all');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.querySelector('#accessCode') as HTMLInputElement).value)).toBe('K7XOH4MW9PT3R');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('accessCode');
    // Visible focus: the panel's first action (now Undo) draws an outline when reached by keyboard.
    await page.keyboard.press('Tab');
    const outline = await shadow(page, (root) => getComputedStyle(root.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('the panel keeps its signals in forced colours and moves nothing with reduced motion', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await page.goto(ADD_CASE);
    await page.focus('#accessCode');
    await page.keyboard.insertText(' K7');
    await waitForFindings(tabOf(page), '#accessCode', ['leading-space']);
    await shadow(page, (root) => (root.querySelector('.toggle') as HTMLButtonElement).click()); // the details, with the bar
    const look = await shadow(page, (root) => {
      const finding = getComputedStyle(root.querySelector('.finding')!);
      const all = [...root.querySelectorAll('*')].map((el) => getComputedStyle(el));
      return {
        border: `${finding.borderInlineStartStyle} ${finding.borderInlineStartWidth}`,
        words: root.querySelector('.severity')!.textContent,
        // The severity's icon (a circle with !): drawn, in the forced text colour.
        icon: (() => {
          const svg = root.querySelector('.severity svg.icon');
          const style = svg && getComputedStyle(svg);
          return !!style && svg.getBoundingClientRect().width > 0 && style.stroke !== 'none' && style.stroke === style.color;
        })(),
        moving: all.filter((s) => s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0).length,
      };
    });
    // A shape (the bar), an icon (a circle with !) and a word: never colour alone.
    expect(look).toEqual({ border: 'solid 4px', words: 'Problem:', icon: true, moving: 0 });
    expect(await axePanel(tabOf(page), '#accessCode')).toEqual([]);
    await page.close();
  });
});
