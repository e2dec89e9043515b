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
    await tab.waitFor('html[data-access-code-helper]');
    await tab.close();
  });

  it('does not inject on a lookalike host', async () => {
    const tab = await session.open('https://uscis-gov.com/account/applicant/add-case');
    // Wait for document_idle to have passed, then check nothing was added.
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await tab.evaluate(() => document.documentElement.dataset.accessCodeHelper ?? null)).toBe(null);
    await tab.close();
  });

  it('renders the popup', async () => {
    const page = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.getByRole('heading').first().textContent()).toBe('Access Code Helper');
    expect(await page.getByText('not affiliated with USCIS').count()).toBeGreaterThan(0);
    await page.close();
  });
});
