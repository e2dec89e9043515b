import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPanelElsewhere } from './harness/barrier';
import { launch, TARGETS_FOR } from './harness/launch';
import { clickInPanel, inPanel, panelOf, waitForFindings } from './harness/panel';
import type { Session, Tab } from './harness/tab';

const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const CODE = '#accessCode';
const RECEIPT = '#receiptNumber';

const value = (tab: Tab, selector: string) =>
  tab.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, selector);

/** Runs in the page with the field's panel's shadow root: how the lookalike hint looks, beside "No problems found". */
function readHint(root: Document) {
  const hint = root.querySelector('[data-finding="lookalike"]');
  if (!hint) return null;
  const caution = document.createElement('li');
  caution.className = 'finding caution';
  hint.parentElement!.append(caution); // what a caution would look like, for comparison
  const look = {
    severity: hint.getAttribute('data-severity'),
    icon: hint.querySelector('.icon') !== null,
    clean: root.querySelector('[data-finding-none]') !== null,
    cautionColour: getComputedStyle(hint).borderInlineStartColor === getComputedStyle(caution).borderInlineStartColor,
    words: hint.querySelector('.message')!.textContent,
  };
  caution.remove();
  return look;
}

describe.each(TARGETS_FOR.page)('the page, %s', (target) => {
  let session: Session;
  let tab: Tab;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  it('shows no panel while the field is untouched', async () => {
    tab = await session.open(ADD_CASE);
    await tab.waitFor(CODE);
    // The same form in a tab opened after this one has its panel by now.
    await afterPanelElsewhere(session);
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
    // The Cyrillic O is listed once, as a homoglyph (not also as a lookalike).
    const view = await waitForFindings(tab, CODE, ['leading-space', 'trailing-space', 'homoglyph']);
    expect(view.fixes).toContain('all');
    await clickInPanel(tab, CODE, '[data-fix="all"]');
    await expect.poll(() => value(tab, CODE)).toBe('K7XOH4MW9PT3R');
    // Now a Latin O: a quiet hint beside "No problems found".
    const fixed = await waitForFindings(tab, CODE, ['lookalike']);
    expect(fixed.state).toBe('ok');
    await clickInPanel(tab, CODE, '[data-undo]');
    await expect.poll(() => value(tab, CODE)).toBe(pasted);
    await tab.close();
  });

  it('shows a correct code with lookalikes as correct, with a quiet hint naming them', async () => {
    tab = await session.open(ADD_CASE);
    await tab.type(CODE, 'A0BC7DEF9GHJ');
    await waitForFindings(tab, CODE, ['lookalike']);
    const hint = await inPanel(tab, CODE, readHint);
    expect(hint).toMatchObject({ severity: 'info', icon: false, clean: true, cautionColour: false });
    expect(hint?.words).toMatch(/^Note: Easy to mix up: .*zero.* and .*B.*\. Compare them with the notice\.$/);
    await tab.close();
  });

  // A receipt number typed into the access-code field is the inspector's
  // finding alone (tests/unit/inspector/accessCode.test.ts); no browser needed.

  it('corrects a receipt number with a digit in its letters', async () => {
    tab = await session.open(ADD_CASE);
    await tab.type(RECEIPT, 'I0E0123456789');
    await waitForFindings(tab, RECEIPT, ['receipt-fix']);
    await clickInPanel(tab, RECEIPT, '[data-fix="receipt-fix"]');
    await expect.poll(() => value(tab, RECEIPT)).toBe('IOE0123456789');
    await tab.close();
  });
});
