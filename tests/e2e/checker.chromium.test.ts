import axe from 'axe-core';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSection } from './harness/openSection';
import { launchChromium, type ChromiumSession } from './harness/chromium';

// The popup checker in Debian's Chromium: the spelling for the phone, Read
// aloud with local voices only, receipt numbers, and why a character got in
// (keyboard layout, input method) with the remedy for this system.
/** The read-back's phonetic words, in order. */
const phonetic = (page: Page) => page.locator('.phonetic-char').allTextContents();

/** A key as the browser's input pipeline sends it: keydown with code and key, then the text typed. */
async function key(cdp: CDPSession, code: string, text: string) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', code, key: text, text, unmodifiedText: text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', code, key: text });
}


describe('checker, Chromium', () => {
  let session: ChromiumSession;
  let popupUrl: string;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await launchChromium();
    popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
    session.context.on('request', (request) => {
      if (request.url().startsWith(`chrome-extension://${session.extensionId}/`)) return;
      if (request.frame()?.url().startsWith('chrome-extension://')) requests.push(request.url());
    });
  });
  afterAll(() => session?.close());

  /** The popup as a tab; `voices` replaces speechSynthesis.getVoices before the popup's scripts run, and speak records. */
  async function openPopup(voices?: Array<{ name: string; lang: string; localService: boolean }>): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    if (voices) {
      await page.addInitScript((list) => {
        const w = window as unknown as { spoken: Array<{ text: string; rate: number; lang: string }> };
        w.spoken = [];
        const fake = list.map((v) => ({ ...v, default: false, voiceURI: v.name }));
        speechSynthesis.getVoices = () => fake as unknown as SpeechSynthesisVoice[];
        speechSynthesis.speak = (u) => void w.spoken.push({ text: u.text, rate: Math.round(u.rate * 100) / 100, lang: u.lang });
      }, voices);
    }
    await page.goto(popupUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  it('spells the code for the phone with the ICAO/NATO words', async () => {
    const page = await openPopup();
    await page.getByLabel('Type or paste the access code').fill('K7xO0');
    await expect.poll(() => phonetic(page)).toEqual([
      'capital K as in Kilo',
      '7 (seven)',
      'lowercase x as in X-ray',
      'capital O as in Oscar',
      '0 (zero)',
    ]);
    await page.close();
  });

  it('offers no Read aloud when every voice is remote (it would send the code away)', async () => {
    const page = await openPopup([
      { name: 'Google US English', lang: 'en-US', localService: false },
      { name: 'Microsoft Aria Online (Natural)', lang: 'en-US', localService: false },
    ]);
    await page.getByLabel('Type or paste the access code').fill('K7');
    await page.locator('.phonetic-char').first().waitFor();
    await page.evaluate(() => speechSynthesis.dispatchEvent(new Event('voiceschanged')));
    // A later change shown: the popup has handled the voices by then.
    await page.getByLabel('Type or paste the access code').fill('K7X');
    await expect.poll(async () => (await phonetic(page)).length).toBe(3);
    expect(await page.getByRole('button', { name: 'Read aloud' }).count()).toBe(0);
    await page.close();
  });

  it('with a local voice, Read aloud speaks the phonetic text slowly', async () => {
    const page = await openPopup([
      { name: 'Google US English', lang: 'en-US', localService: false },
      { name: 'English (America)', lang: 'en-US', localService: true },
    ]);
    await page.getByLabel('Type or paste the access code').fill('K7O0');
    await page.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).toEqual([
      { text: 'capital K as in Kilo. seven. capital O as in Oscar. zero', rate: 0.7, lang: 'en-US' },
    ]);
    await page.close();
  });

  it('checks a receipt number: offers the switch, applies its certain corrections', async () => {
    const page = await openPopup();
    const input = page.getByLabel('Type or paste the access code');
    await input.fill('i0e-012-345-6789');
    await page.getByRole('button', { name: 'Check it as a receipt number' }).click();
    expect(await page.getByRole('radio', { name: 'Receipt number' }).isChecked()).toBe(true);
    const field = page.getByLabel('Type or paste the receipt number');
    expect(await field.inputValue()).toBe('i0e-012-345-6789');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    const kinds = await page.locator('[data-finding]').evaluateAll((els) => els.map((el) => el.getAttribute('data-finding')).toSorted());
    expect(kinds).toEqual(['lowercase', 'punctuation', 'receipt-fix']);
    // Copy gives the corrected number: pasted into the link field, as a person would.
    await page.getByRole('button', { name: 'Copy the corrected code' }).click();
    await page.getByText('Copied.').waitFor();
    await openSection(page, 'This page');
    const link = page.getByLabel('Check a link from a letter, e-mail or text message');
    await link.focus();
    await page.keyboard.press('ControlOrMeta+V');
    expect(await link.inputValue()).toBe('IOE0123456789');
    // And back by hand.
    await openSection(page, 'Check a code');
    await page.getByRole('radio', { name: 'Online Access Code' }).check();
    await page.getByLabel('Type or paste the access code').waitFor();
    await page.close();
  });

  it('keys with code KeyJ giving a Cyrillic o: a Russian layout, and the switch for this system', async () => {
    const page = await openPopup();
    const cdp = await session.context.newCDPSession(page);
    await page.getByLabel('Type or paste the access code').focus();
    await key(cdp, 'KeyK', 'K');
    await key(cdp, 'KeyJ', '\u043E'); // (о) Cyrillic small o
    const remedy = page.locator('[data-cause="keyboard-layout"]');
    await remedy.waitFor();
    expect(await page.getByLabel('Type or paste the access code').inputValue()).toBe('K\u043E');
    expect(await remedy.textContent()).toContain('These letters come from a keyboard set to another language: Russian.');
    // The platform this browser reports decides the keys named.
    const platform = await page.evaluate(() => (navigator as unknown as { userAgentData?: { platform: string } }).userAgentData?.platform ?? navigator.platform);
    const expected: Record<string, string> = {
      Linux: 'press Super (the Windows key) + Space on most Linux desktops',
      Windows: 'press the Windows key + Space (or Left Alt + Shift)',
      macOS: 'press Control + Space, or the Globe key',
    };
    expect(await remedy.textContent()).toContain(expected[platform] ?? 'To switch the keyboard to English');
    await cdp.detach();
    await page.close();
  });

  it('a full-width digit from an input method: the half-width keys', async () => {
    const page = await openPopup();
    const cdp = await session.context.newCDPSession(page);
    await page.getByLabel('Type or paste the access code').focus();
    // A composition that commits a full-width 3, as a CJK input method in full-width mode does.
    await cdp.send('Input.imeSetComposition', { text: '\uFF13', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '\uFF13' });
    const remedy = page.locator('[data-cause="ime-fullwidth"]');
    await remedy.waitFor();
    expect(await page.locator('[data-finding="fullwidth"]').count()).toBe(1);
    const text = await remedy.textContent();
    expect(text).toContain('These characters come from an input method in full-width mode.');
    expect(text).toContain('Shift + Space to switch to half-width');
    expect(text).toContain('Hankaku/Zenkaku');
    await cdp.detach();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations with the spelling, Read aloud, a remedy and an offer showing (%s)', async (scheme) => {
    const page = await openPopup([{ name: 'English (America)', lang: 'en-US', localService: true }]);
    await page.emulateMedia({ colorScheme: scheme });
    const cdp = await session.context.newCDPSession(page);
    await page.getByLabel('Type or paste the access code').focus();
    for (const [code, text] of [['KeyE', 'E'], ['KeyA', 'A'], ['KeyC', 'C'], ['KeyJ', '\u043E']] as const) await key(cdp, code, text);
    await page.locator('[data-cause="keyboard-layout"]').waitFor();
    await page.getByRole('button', { name: 'Read aloud' }).waitFor();
    await page.evaluate(axe.source);
    const violations = () =>
      page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    expect(await violations()).toEqual([]);
    await page.getByLabel('Type or paste the access code').fill('EAC9876543210');
    await page.locator('[data-offer="receipt-number"]').waitFor();
    expect(await violations()).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  it('made no request to the web', () => {
    expect(requests).toEqual([]);
  });
});
