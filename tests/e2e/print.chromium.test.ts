import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';

// The checklist page on paper (Chromium's page.pdf, print media): a one-page
// handout on Letter and on A4 in English, Spanish and Arabic, with the
// clinic's details at the top, some steps ticked and lines for notes; two
// languages side by side on two pages at most. The PDFs are written to
// test-results/print/ for a person to look at (pdftoppm renders them).
const out = new URL('../../test-results/print/', import.meta.url).pathname;

/** Pages in a PDF, counted from its bytes: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

describe('the printed checklist, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
    mkdirSync(out, { recursive: true });
    const page = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
    await page.evaluate(() =>
      chrome.storage.local.set({ clinicDetails: { name: 'Eastside Immigrant Legal Clinic', phone: '(555) 010-0199', hours: 'Tuesday and Thursday, 10 am to 4 pm' } }),
    );
    await page.close();
  });
  afterAll(() => session?.close());

  async function openChecklist(folder: string) {
    const page = await session.page(`chrome-extension://${session.extensionId}/checklist.html`);
    await page.evaluate((f) => chrome.storage.local.set({ language: f }), folder);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(folder);
    await page.locator('.clinic-header').waitFor();
    // Ticks print too: what was tried with this person.
    await page.locator('#step-exact-copy').check();
    await page.locator('#step-valid-90-days').check();
    return page;
  }

  // [language, the clinic header as shown; in Arabic typed values are isolated (U+2068 ... U+2069) so they keep their order]
  const rows: Array<[string, string]> = [
    ['en', 'Eastside Immigrant Legal ClinicPhone: (555) 010-0199Hours: Tuesday and Thursday, 10 am to 4 pm'],
    ['es', 'Eastside Immigrant Legal ClinicTeléfono: (555) 010-0199Horario: Tuesday and Thursday, 10 am to 4 pm'],
    ['ar', 'Eastside Immigrant Legal Clinicالهاتف: \u2068(555) 010-0199\u2069ساعات العمل: \u2068Tuesday and Thursday, 10 am to 4 pm\u2069'],
  ];
  it.each(rows)('in %s: one page on Letter and on A4, clinic first, notes lines, each address once', async (folder, header) => {
    const page = await openChecklist(folder);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.clinic-header').textContent()).toBe(header);
    expect(await page.locator('.handout-note').count()).toBe(4);
    expect(await page.locator('.handout-notes').isVisible()).toBe(true);
    expect(await page.locator('.handout-links li').count()).toBe(3);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format });
      writeFileSync(`${out}checklist-${folder}-${format}.pdf`, pdf);
      expect({ folder, format, pages: pageCount(pdf) }).toEqual({ folder, format, pages: 1 });
    }
    await page.close();
  });

  // [page language, second language]
  const pairs: Array<[string, string]> = [
    ['en', 'ar'], // a volunteer reading English, an applicant reading Arabic
    ['es', 'zh_CN'],
    ['ru', 'fr'],
  ];
  it.each(pairs)('in %s and %s side by side: two pages at most, each column in its language and direction', async (folder, second) => {
    const page = await openChecklist(folder);
    await page.selectOption('#second-language', second);
    await page.locator('.handout-column').waitFor({ state: 'attached' });
    const column = page.locator('.handout-column');
    // The clinic's details once, labelled in both languages.
    expect(await page.locator('.clinic-header p').nth(1).textContent()).toMatch(/^\S.* \/ .*: \u2068\(555\) 010-0199\u2069$/);
    expect(await column.getAttribute('lang')).toBe(second.replace('_', '-'));
    expect(await column.getAttribute('dir')).toBe(second === 'ar' ? 'rtl' : 'ltr');
    await page.emulateMedia({ media: 'print' });
    // Side by side: the second column starts level with the first.
    const [own, other] = await Promise.all([page.locator('.checklist-own').boundingBox(), column.boundingBox()]);
    expect(Math.abs(own!.y - other!.y)).toBeLessThan(2);
    expect(other!.x === own!.x).toBe(false);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format });
      writeFileSync(`${out}checklist-${folder}+${second}-${format}.pdf`, pdf);
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect({ folder, second, format, pages: pageCount(pdf) <= 2 }).toEqual({ folder, second, format, pages: true });
    }
    await page.close();
  });
});
