import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPanelElsewhere } from './harness/barrier';
import { launch, TARGETS_FOR } from './harness/launch';
import { panelCount, waitForPanel } from './harness/panel';
import type { Session } from './harness/tab';

// The built extension in Debian's Chromium (Chrome MV3) and Firefox ESR
// (both Firefox builds, as temporary add-ons): it runs on USCIS and nowhere
// else, and loads its panel (a web-accessible resource) there. Where the
// script is injected and what the page may load is the manifest's, so every build.
describe.each(TARGETS_FOR.manifest)('smoke, %s', (target) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  it('injects the content script on a USCIS address', async () => {
    const tab = await session.open('https://my.uscis.gov/account/applicant/add-case');
    await tab.type('#accessCode', 'K');
    await waitForPanel(tab, '#accessCode');
    await tab.close();
  });

  it('does not inject on a lookalike host', async () => {
    const tab = await session.open('https://uscis-gov.com/account/applicant/add-case');
    // The same form: typing there shows no panel, even once a USCIS page opened after it has one.
    await tab.type('#accessCode', 'K');
    await afterPanelElsewhere(session);
    expect(await panelCount(tab)).toBe(0);
    await tab.close();
  });
});
