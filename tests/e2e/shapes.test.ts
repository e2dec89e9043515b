import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPanelElsewhere } from './harness/barrier';
import { launch, TARGETS_FOR } from './harness/launch';
import { clickInPanel, inPanel, panelCount, panelOf, waitForFindings } from './harness/panel';
import { pageCall, type Session, type Tab } from './harness/tab';

// Page shapes the real form may take. Each: type or paste real cases, see
// the right findings, click a fix, check the page's own state.
const APP = 'https://my.uscis.gov/account/applicant';

const valueOf = (tab: Tab, selector: string) =>
  tab.evalSource<string>(pageCall((deep, s) => (deep(s) as HTMLInputElement).value, selector));
const textOf = (tab: Tab, selector: string) => tab.evaluate((s) => document.querySelector(s)!.textContent, selector);

describe.each(TARGETS_FOR.page)('page shapes, %s', (target) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  it('React-controlled field: the fix updates React state', async () => {
    const tab = await session.open(`${APP}/react`);
    await tab.waitFor('#oac');
    await tab.paste('#oac', '\u200bK7XH4MW9PT3R'); // a zero-width space in front
    await waitForFindings(tab, '#oac', ['invisible']);
    await clickInPanel(tab, '#oac', '[data-fix="invisible"]');
    await expect.poll(() => textOf(tab, '#state')).toBe('K7XH4MW9PT3R');
    expect(await valueOf(tab, '#oac')).toBe('K7XH4MW9PT3R');
    await tab.close();
  });

  it('late render and in-page navigation', async () => {
    const tab = await session.open(`${APP}/late`);
    await tab.waitFor('#code-10'); // the form arrives a second after load
    await tab.type('#code-10', 'k7xh');
    await waitForFindings(tab, '#code-10', ['lowercase']);
    await tab.click('#next'); // history.pushState, then a new form
    await tab.waitFor('#code-11');
    await tab.paste('#code-11', ' K7XH');
    await waitForFindings(tab, '#code-11', ['leading-space']);
    await tab.close();
  });

  it('re-rendered on every keystroke: follows the new field', async () => {
    const tab = await session.open(`${APP}/rerender`);
    await tab.type('#access-code', 'K7XH4MW9PT3R ');
    expect(Number(await textOf(tab, '#renders'))).toBeGreaterThanOrEqual(13);
    await waitForFindings(tab, '#access-code', ['trailing-space']);
    await clickInPanel(tab, '#access-code', '[data-fix="trailing-space"]');
    await expect.poll(() => valueOf(tab, '#access-code')).toBe('K7XH4MW9PT3R');
    await expect.poll(async () => (await panelOf(tab, '#access-code')).state).toBe('ok');
    // exactly one panel: the old fields' panels went with them
    await expect.poll(() => panelCount(tab)).toBe(1);
    await tab.close();
  });

  it('field inside an open shadow root', async () => {
    const tab = await session.open(`${APP}/shadow`);
    await tab.waitFor('uscis-code-field >>> #code');
    await tab.paste('uscis-code-field >>> #code', 'K7XH4MW9PT\uff13R'); // full-width 3
    await waitForFindings(tab, 'uscis-code-field >>> #code', ['fullwidth']);
    await clickInPanel(tab, 'uscis-code-field >>> #code', '[data-fix="fullwidth"]');
    await expect.poll(() => valueOf(tab, 'uscis-code-field >>> #code')).toBe('K7XH4MW9PT3R');
    await tab.close();
  });

  it('field inside a same-origin iframe', async () => {
    const tab = await session.open(`${APP}/frame`);
    const field = '#frame >>> #accessCode';
    await expect.poll(() => tab.evalSource(pageCall((deep, s) => !!deep(s), field))).toBe(true);
    await tab.focus(field);
    await tab.keyboard('K7XH4MW9PT3R\u0661'); // ends with an Arabic-Indic one
    await waitForFindings(tab, field, ['other-digit']);
    await tab.close();
  });

  it('Spanish labels, ids that say nothing', async () => {
    const tab = await session.open(`${APP}/add-case-es`);
    await tab.paste('#campo2', '\u00a0K7XH4MW9PT3R');
    await waitForFindings(tab, '#campo2', ['leading-space']);
    await tab.type('#campo1', 'EAC12345');
    await waitForFindings(tab, '#campo1', []); // still typing: not yet too short
    await tab.focus('#campo2'); // done: the receipt number is too short now
    const view = await waitForFindings(tab, '#campo1', ['receipt-format']);
    expect(view.fixes).toEqual([]);
    await tab.close();
  });

  it('sign-in page: attaches to nothing', async () => {
    const tab = await session.open('https://myaccount.uscis.gov/sign-in');
    await tab.type('#email-address', 'person@example.com ');
    await tab.type('#password', 'K7XH4MW9PT3R ');
    await tab.type('#secure-verification-code', '123456 ');
    await afterPanelElsewhere(session);
    expect(await panelCount(tab)).toBe(0);
    await tab.close();
  });

  it('strict Content-Security-Policy: the panel is styled and works', async () => {
    const tab = await session.open(`${APP}/add-case-strict`);
    await tab.paste('#accessCode', 'K7XH4MW9PT3R\u2060'); // a word joiner at the end
    await waitForFindings(tab, '#accessCode', ['invisible']);
    const border = await inPanel(tab, '#accessCode', (root) => getComputedStyle(root.querySelector('.panel')!).borderTopStyle);
    expect(border).toBe('solid'); // the panel's own style sheet applied despite the policy
    await clickInPanel(tab, '#accessCode', '[data-fix="invisible"]');
    await expect.poll(() => valueOf(tab, '#accessCode')).toBe('K7XH4MW9PT3R');
    await tab.close();
  });
});

