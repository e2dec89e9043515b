import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDir, FIREFOX, FIREFOX_HINT, requireFile } from './harness/browsers';
import { answerFromFixtures } from './harness/firefox';
import { firefoxIn, TARGETS_FOR } from './harness/launch';
import { clinicReply, launchGranted, type GrantedSession } from './clinic/launchGranted';
import { CHROMIUM_FORM_HISTORY, FIREFOX_FORM_HISTORY, formHistory } from './clinic/formHistory';

// At home and at a clinic, the access code never goes into the browser's form
// history: after a real submission (a POST and a new page), the profile's
// form history holds the control field and the receipt number (left as the
// page made it) but not the access code, because the content script set
// autocomplete="off" on the field it helps. Without that the code is saved
// like the others, so the test can fail.
const FORM = 'https://my.uscis.gov/account/applicant/form-history';
const CODE = 'K7XH4MW9PT3R';
const CONTROL = 'Maria the volunteer';
const RECEIPT = 'IOE0912345678';

describe('form history, Chromium', () => {
  let session: GrantedSession | undefined;
  afterEach(() => session?.remove());

  it('keeps the access code out of the profile\'s Web Data, and the other fields in', async () => {
    session = await launchGranted(buildDir('chrome-mv3'));
    const page = await session.context.newPage();
    await page.goto(FORM);
    await page.locator('#preparerName').pressSequentially(CONTROL);
    await page.locator('#receiptNumber').pressSequentially(RECEIPT);
    await page.locator('#accessCode').pressSequentially(CODE);
    // The field the extension helps, and only that one.
    await expect.poll(() => page.locator('#accessCode').getAttribute('autocomplete')).toBe('off');
    expect(await page.locator('#receiptNumber').getAttribute('autocomplete')).toBeNull();
    await Promise.all([page.waitForURL('**/form-history-sent'), page.locator('button[type="submit"]').click()]);
    await page.getByText('Sent.').waitFor();
    // Closing the browser writes its databases out.
    await session.close();

    const saved = await formHistory(`${session.profile}/Default/Web Data`, CHROMIUM_FORM_HISTORY);
    expect(saved).toContainEqual(['preparerName', CONTROL]);
    expect(saved).toContainEqual(['receiptNumber', RECEIPT]);
    expect(saved.filter(([, value]) => value.includes(CODE))).toEqual([]);
    expect(saved.map(([name]) => name)).not.toContain('accessCode');
  });
});

// autocomplete="off" is the content script's doing: page behaviour, one Firefox build.
describe.each(firefoxIn(TARGETS_FOR.page))('form history, %s', (target) => {
  let profile: string | undefined;
  afterEach(() => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('keeps the access code out of the profile\'s formhistory.sqlite, and the other fields in', async () => {
    profile = mkdtempSync(join(tmpdir(), 'ach-formhistory-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: requireFile(FIREFOX, 'Firefox ESR', FIREFOX_HINT),
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'extensions.getAddons.cache.enabled': false,
      },
    });
    try {
      await browser.installExtension(buildDir(target));
      const page = await browser.newPage();
      await answerFromFixtures(page, clinicReply);
      await page.goto(FORM);
      await page.type('#preparerName', CONTROL);
      await page.type('#receiptNumber', RECEIPT);
      await page.type('#accessCode', CODE);
      await expect.poll(() => page.$eval('#accessCode', (el) => el.getAttribute('autocomplete'))).toBe('off');
      // Puppeteer's waitForNavigation over WebDriver BiDi misses this POST's navigation once a
    // frame of the extension is in the page: the new page's own text is awaited instead.
    await page.click('button[type="submit"]');
      await page.waitForSelector('::-p-text(Sent.)');
    } finally {
      // Closing the browser writes its databases out.
      await browser.close();
    }
    const saved = await formHistory(`${profile}/formhistory.sqlite`, FIREFOX_FORM_HISTORY);
    expect(saved).toContainEqual(['preparerName', CONTROL]);
    expect(saved).toContainEqual(['receiptNumber', RECEIPT]);
    expect(saved.filter(([, value]) => value.includes(CODE))).toEqual([]);
  });
});
