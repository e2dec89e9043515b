import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, TARGETS } from './harness/launch';
import { clickInPanel, panelOf, waitForFindings } from './harness/panel';
import type { Session, Tab } from './harness/tab';

const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const CODE = '#accessCode';
const RECEIPT = '#receiptNumber';

const value = (tab: Tab, selector: string) =>
  tab.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, selector);

describe.each(TARGETS)('the page, %s', (target) => {
  let session: Session;
  let tab: Tab;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  it('shows no panel while the field is untouched', async () => {
    tab = await session.open(ADD_CASE);
    await tab.waitFor('html'); // loaded
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await panelOf(tab, CODE)).toEqual({ state: null, findings: [], fixes: [] });
    await tab.close();
  });

  it('says a clean typed code looks fine', async () => {
    tab = await session.open(ADD_CASE);
    await tab.type(CODE, 'K7XH4MW9PT3R');
    await expect.poll(async () => (await panelOf(tab, CODE)).state).toBe('ok');
    await tab.close();
  });

  it('finds pasted spaces and a Cyrillic O, fixes them on a click, and undoes', async () => {
    tab = await session.open(ADD_CASE);
    // no-break space, then K7XH4MW9PT3R with a Cyrillic O (U+041E) for the 4th character, then a trailing space
    const pasted = '\u00a0K7X\u041eH4MW9PT3R ';
    await tab.paste(CODE, pasted);
    const view = await waitForFindings(tab, CODE, ['leading-space', 'trailing-space', 'homoglyph']);
    expect(view.fixes).toContain('all');
    await clickInPanel(tab, CODE, '[data-fix="all"]');
    await expect.poll(() => value(tab, CODE)).toBe('K7XOH4MW9PT3R');
    await waitForFindings(tab, CODE, ['lookalike']);
    await clickInPanel(tab, CODE, '[data-undo]');
    await expect.poll(() => value(tab, CODE)).toBe(pasted);
    await tab.close();
  });

  it('warns when a receipt number is typed into the access-code field', async () => {
    tab = await session.open(ADD_CASE);
    await tab.type(CODE, 'IOE0123456789');
    await waitForFindings(tab, CODE, ['looks-like-receipt-number', 'lookalike']);
    await tab.close();
  });

  it('corrects a receipt number with a digit in its letters', async () => {
    tab = await session.open(ADD_CASE);
    await tab.type(RECEIPT, 'I0E0123456789');
    await waitForFindings(tab, RECEIPT, ['receipt-fix']);
    await clickInPanel(tab, RECEIPT, '[data-fix="receipt-fix"]');
    await expect.poll(() => value(tab, RECEIPT)).toBe('IOE0123456789');
    await tab.close();
  });
});
