import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInPanel, inPanel, panelCount, panelInfo, waitForFindings, waitForPanel } from './harness/panel';
import { launch, TARGETS_FOR } from './harness/launch';
import { pageCall, type Session, type Tab } from './harness/tab';

// Code fields as real UI libraries build them (tests/fixtures/components/):
// input-otp (one transparent input over drawn slots, autocomplete="one-time-code"
// by default), react-otp-input (twelve boxes with their own focus logic and
// paste spreading), a Lit component with its input in its own shadow root;
// and the same components as two-step fields, which stay unhelped. The
// content script is the same in both Firefox builds: mv2 stands for both.
const APP = 'https://my.uscis.gov/account/applicant/components';
const CODE = 'AB3\u041a7QX9M2TZ'; // a Cyrillic Ka in fourth place
const FIXED = 'AB3K7QX9M2TZ';
const FINDINGS = ['homoglyph', 'lookalike'];

const deepValue = (tab: Tab, selector: string) => tab.evalSource<string>(pageCall((deep, s) => (deep(s) as HTMLInputElement).value, selector));
const textOf = (tab: Tab, selector: string) => tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
// A real paste: the text on the browser's clipboard, then Ctrl+V in the box
// (a trusted paste event carrying the clipboard's data, which a component
// handles itself; Firefox gives a script-made paste event no data at all).
async function paste(tab: Tab, selector: string, text: string): Promise<void> {
  await tab.click(selector);
  await tab.evaluate((t) => navigator.clipboard.writeText(t), text);
  await tab.press('Control+V');
}
const hasUndo = async (tab: Tab, field: string) => (await inPanel(tab, field, (root) => root.querySelector('[data-undo]') !== null)) === true;

// --- input-otp
const OTP = '#oac';
const slotsText = (tab: Tab) => textOf(tab, '#slots');
const echoes = (tab: Tab) => tab.evaluate(() => Number(document.body.dataset.echoes ?? 0));

// --- react-otp-input: the twelve boxes, in order
const FIRST_BOX = '#root input';
const boxValues = (tab: Tab) => tab.evaluate(() => Array.from(document.querySelectorAll<HTMLInputElement>('#root input'), (i) => i.value).join(''));

// --- Lit
const LIT = 'uscis-code-input >>> #field';
const litValue = (tab: Tab) => tab.evaluate(() => (document.querySelector('#oac') as HTMLInputElement).value);

describe.each(TARGETS_FOR.page)('code components, %s', (target) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  describe('input-otp labelled "Online Access Code"', () => {
    it('typed: one panel, placed against the drawn slots; the fix and Undo change the component and its slots, through its echoes', async () => {
      const tab = await session.open(`${APP}/input-otp`);
      await tab.waitFor(OTP);
      await tab.type(OTP, CODE);
      await waitForFindings(tab, OTP, FINDINGS);
      expect(await panelCount(tab)).toBe(1);
      // The transparent input spans the row; the panel lines up with the slots the person sees.
      const slots = await tab.evaluate(() => document.querySelector('#slots')!.getBoundingClientRect().toJSON() as DOMRect);
      const { box } = await waitForPanel(tab, OTP);
      expect(Math.abs(box!.left - slots.left)).toBeLessThanOrEqual(1);
      expect(box!.top).toBeGreaterThanOrEqual(slots.bottom);

      const before = await echoes(tab);
      await clickInPanel(tab, OTP, '[data-fix="homoglyph"]');
      await expect.poll(() => textOf(tab, '#state')).toBe(FIXED);
      await expect.poll(() => slotsText(tab)).toBe(FIXED);
      // input-otp fires its own input events 0, 10 and 50 ms after a change: they are no typing.
      await expect.poll(() => echoes(tab)).toBeGreaterThanOrEqual(before + 3);
      expect(await hasUndo(tab, OTP)).toBe(true);
      await clickInPanel(tab, OTP, '[data-undo]');
      await expect.poll(() => textOf(tab, '#state')).toBe(CODE);
      expect(await slotsText(tab)).toBe(CODE);
      await waitForFindings(tab, OTP, FINDINGS);
      await tab.close();
    });

    it('pasted: the panel shows', async () => {
      const tab = await session.open(`${APP}/input-otp`);
      await tab.waitFor(OTP);
      await paste(tab, OTP, CODE);
      await waitForFindings(tab, OTP, FINDINGS);
      expect(await panelCount(tab)).toBe(1);
      await tab.close();
    });
  });

  describe('react-otp-input, twelve boxes after "Online Access Code"', () => {
    it('typed: one panel for the twelve boxes; the fix lands in the right box, Undo too', async () => {
      const tab = await session.open(`${APP}/otp-boxes`);
      await tab.waitFor(FIRST_BOX);
      await tab.type(FIRST_BOX, CODE); // the component moves focus from box to box
      await expect.poll(() => textOf(tab, '#state')).toBe(CODE);
      await waitForFindings(tab, FIRST_BOX, FINDINGS);
      expect(await panelCount(tab)).toBe(1);

      await clickInPanel(tab, FIRST_BOX, '[data-fix="homoglyph"]');
      await expect.poll(() => textOf(tab, '#state')).toBe(FIXED);
      expect(await boxValues(tab)).toBe(FIXED);
      await waitForFindings(tab, FIRST_BOX, ['lookalike']); // the homoglyph is gone; the caution about lookalike letters stays
      await clickInPanel(tab, FIRST_BOX, '[data-undo]');
      await expect.poll(() => textOf(tab, '#state')).toBe(CODE);
      expect(await boxValues(tab)).toBe(CODE);
      await waitForFindings(tab, FIRST_BOX, FINDINGS);
      expect(await panelCount(tab)).toBe(1);
      await tab.close();
    });

    it('pasted: the component spreads it over the boxes with no input event, and the panel shows', async () => {
      const tab = await session.open(`${APP}/otp-boxes`);
      await tab.waitFor(FIRST_BOX);
      await paste(tab, FIRST_BOX, CODE);
      await expect.poll(() => textOf(tab, '#state')).toBe(CODE);
      await waitForFindings(tab, FIRST_BOX, FINDINGS);
      expect(await panelCount(tab)).toBe(1);
      await clickInPanel(tab, FIRST_BOX, '[data-fix="homoglyph"]');
      await expect.poll(() => textOf(tab, '#state')).toBe(FIXED);
      expect(await boxValues(tab)).toBe(FIXED);
      await tab.close();
    });
  });

  describe('Lit component, its input in its own shadow root', () => {
    it('typed: the fix and Undo reach the component and what the page shows', async () => {
      const tab = await session.open(`${APP}/lit`);
      await tab.waitFor(LIT);
      await tab.type(LIT, CODE);
      await waitForFindings(tab, LIT, FINDINGS);
      expect(await panelCount(tab)).toBe(1);
      expect(await textOf(tab, '#shown')).toBe(CODE);
      await clickInPanel(tab, LIT, '[data-fix="homoglyph"]');
      await expect.poll(() => textOf(tab, '#shown')).toBe(FIXED); // our events leave the shadow root
      expect(await litValue(tab)).toBe(FIXED);
      expect(await deepValue(tab, LIT)).toBe(FIXED);
      await clickInPanel(tab, LIT, '[data-undo]');
      await expect.poll(() => textOf(tab, '#shown')).toBe(CODE);
      expect(await litValue(tab)).toBe(CODE);
      await tab.close();
    });

    it('pasted: the panel shows', async () => {
      const tab = await session.open(`${APP}/lit`);
      await tab.waitFor(LIT);
      await paste(tab, LIT, CODE);
      await waitForFindings(tab, LIT, FINDINGS);
      expect(await panelCount(tab)).toBe(1);
      await tab.close();
    });
  });

  it('two-step codes built with the same components stay unhelped, typed or pasted', async () => {
    const tab = await session.open(`${APP}/two-step`);
    await tab.waitFor('#sms');
    await tab.type('#sms', '123456');
    await paste(tab, '#boxes input', '654321');
    await tab.type('uscis-code-input >>> #field', '123456');
    // A field the helper does help, reached last: once its panel shows, the traps' events were all heard.
    await tab.type('#receipt', 'EAC12345678');
    await waitForPanel(tab, '#receipt');
    expect(await panelCount(tab)).toBe(1);
    expect((await panelInfo(tab, '#receipt')).shown).toBe(true);
    await tab.close();
  });
});
