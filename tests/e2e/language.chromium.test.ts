import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePanel } from './harness/axePanel';
import { launchChromium, tabOf, type ChromiumSession } from './harness/chromium';
import { inPanel, waitForFindings } from './harness/panel';
import { chooseLanguage } from './harness/openSection';

// The language menu in the popup switches all three surfaces: the popup, the
// checklist page and the panel on an open USCIS page (a volunteer with an
// English browser helping a Spanish speaker). Then axe-core on the panel in
// English, Spanish and Arabic. Expected words are copied from the locale files by hand.
const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';

const panelText = (page: Page, selector: string) =>
  inPanel(tabOf(page), '#accessCode', (root, s) => root.querySelector(s)?.textContent ?? null, selector);
const panelAttr = (page: Page, selector: string, name: string) =>
  inPanel(tabOf(page), '#accessCode', (root, [s, n]) => root.querySelector(s!)?.getAttribute(n!) ?? null, [selector, name]);

describe('language menu, Chromium', () => {
  let session: ChromiumSession;
  let popup: Page;
  let checklist: Page;
  let site: Page;
  beforeAll(async () => {
    session = await launchChromium();
    site = await session.page(ADD_CASE);
    await site.focus('#accessCode');
    await site.keyboard.insertText('\u00a0K7XH4MW9PT3R'); // a no-break space in front
    await waitForFindings(tabOf(site), '#accessCode', ['leading-space']);
    popup = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
    checklist = await session.page(`chrome-extension://${session.extensionId}/checklist.html`);
  });
  afterAll(() => session?.close());

  // [menu value, the panel's first finding, the popup's checklist heading, the checklist page's title, dir]
  const rows: Array<[string, string, string, string, 'ltr' | 'rtl']> = [
    // Spanish, picked by a volunteer whose browser speaks English
    ['es', 'Hay un espacio antes del código.', 'Si el código no funciona', 'Cuando el código de acceso de USCIS no funciona: lista de verificación', 'ltr'],
    // Arabic: right to left everywhere
    ['ar', 'توجد مسافة قبل الرمز.', 'إذا لم يعمل الرمز', 'عندما لا يعمل رمز الوصول من USCIS: قائمة تحقق', 'rtl'],
    // back to the browser's language (English)
    ['', 'There is a space before the code.', 'If the code does not work', 'When the USCIS access code does not work: a checklist', 'ltr'],
  ];

  it.each(rows)('menu "%s" switches popup, checklist page and panel', async (value, finding, heading, title, dir) => {
    await chooseLanguage(popup, value);
    await expect.poll(() => popup.locator('#checklist-heading').textContent()).toBe(heading);
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe(dir);
    await expect.poll(() => checklist.locator('h1').first().textContent()).toBe(title);
    expect(await checklist.evaluate(() => document.documentElement.dir)).toBe(dir);
    await expect.poll(() => panelText(site, '[data-finding="leading-space"] .message')).toContain(finding);
    expect(await panelAttr(site, '.panel', 'dir')).toBe(dir);
    // A code stays left to right inside right-to-left text.
    expect(await panelAttr(site, '.glyph', 'dir')).toBe('ltr');
  });

  it.each(['en', 'es', 'ar'])('the panel has no axe-core violations in %s', async (folder) => {
    await chooseLanguage(popup, folder);
    await expect.poll(() => panelAttr(site, '.panel', 'lang')).toBe(folder);
    // Over a light page and a dark one (dark colour scheme, dark page styles),
    // collapsed and expanded: the details too.
    for (const scheme of ['light', 'dark'] as const) {
      await site.emulateMedia({ colorScheme: scheme });
      await site.evaluate((dark) => {
        document.getElementById('dark-page')?.remove();
        if (dark) document.head.append(Object.assign(document.createElement('style'), { id: 'dark-page', textContent: 'html, body { background: #121212; color: #e8e8e8 }' }));
      }, scheme === 'dark');
      expect({ scheme, violations: await axePanel(tabOf(site), '#accessCode') }).toEqual({ scheme, violations: [] });
      await inPanel(tabOf(site), '#accessCode', (root) => (root.querySelector('.toggle') as HTMLButtonElement).click());
      expect({ scheme, expanded: true, violations: await axePanel(tabOf(site), '#accessCode') }).toEqual({ scheme, expanded: true, violations: [] });
      await inPanel(tabOf(site), '#accessCode', (root) => (root.querySelector('.toggle') as HTMLButtonElement).click());
    }
    await site.emulateMedia({ colorScheme: 'light' });
  });
});
