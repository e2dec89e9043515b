import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';

// Both Firefox builds, as temporary add-ons in Debian's Firefox ESR.
describe.each(['firefox-mv2', 'firefox-mv3'] as const)('smoke, %s', (target) => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(target);
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
    await tab.type('#accessCode', 'K');
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await tab.evaluate(() => document.querySelectorAll('access-code-helper').length)).toBe(0);
    await tab.close();
  });
});
