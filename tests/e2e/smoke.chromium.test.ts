import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';

// The built Chrome MV3 extension in Debian's Chromium.
describe('smoke, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('injects the content script on a USCIS address', async () => {
    const tab = await session.open('https://my.uscis.gov/account/applicant/add-case');
    await tab.type('#accessCode', 'K');
    await tab.waitFor('access-code-helper');
    await tab.close();
  });

  it('does not inject on a lookalike host', async () => {
    const tab = await session.open('https://uscis-gov.com/account/applicant/add-case');
    // The same form: typing there shows no panel, even after document_idle has long passed.
    await tab.type('#accessCode', 'K');
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await tab.evaluate(() => document.querySelectorAll('access-code-helper').length)).toBe(0);
    await tab.close();
  });

  it('renders the popup', async () => {
    const page = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.getByRole('heading').first().textContent()).toBe('Access Code Helper');
    expect(await page.getByText('not affiliated with USCIS').count()).toBeGreaterThan(0);
    await page.close();
  });
});
