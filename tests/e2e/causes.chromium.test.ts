import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabOf, type ChromiumSession } from './harness/chromium';
import { inPanel, waitForFindings } from './harness/panel';

// Why it happened, on the page: keys sent through Chromium's own input
// pipeline (DevTools Input.dispatchKeyEvent, with a physical key code and the
// character a layout gave) reach the panel as a finding with data-cause and
// the remedy for the platform this browser reports. Chromium only: Firefox's
// automation cannot send a key code with another layout's character.

const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const CODE = '#accessCode';

/** A key as a keyboard with another layout sends it: keydown with code and key, then the text. */
async function key(cdp: CDPSession, code: string, text: string) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', code, key: text, text, unmodifiedText: text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', code, key: text });
}

/** Runs in the panel's shadow root: each finding's cause and its remedy's words. */
function causesIn(root: Document) {
  return Array.from(root.querySelectorAll('[data-finding]'), (el) => ({
    kind: el.getAttribute('data-finding'),
    cause: el.getAttribute('data-cause'),
    remedy: el.querySelector('.remedy')?.textContent ?? '',
  }));
}

describe('causes in the panel, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  async function typeWithLayout(keys: Array<[string, string]>): Promise<Page> {
    const page = await session.page(ADD_CASE);
    await page.focus(CODE);
    const cdp = await session.context.newCDPSession(page);
    for (const [code, text] of keys) await key(cdp, code, text);
    return page;
  }

  it('KeyJ giving a Cyrillic o: keyboard-layout, Russian, and the switch for this system', async () => {
    // K, X, 7, then J on a Russian layout gives Cyrillic small o (U+043E)
    const page = await typeWithLayout([['KeyK', 'K'], ['KeyX', 'X'], ['Digit7', '7'], ['KeyJ', '\u043E']]);
    const tab = tabOf(page);
    await waitForFindings(tab, CODE, ['homoglyph']);
    const [homoglyph] = (await inPanel(tab, CODE, causesIn)) ?? [];
    expect(homoglyph?.cause).toBe('keyboard-layout');
    expect(homoglyph?.remedy).toContain('These letters come from a keyboard set to another language: Russian.');
    expect(homoglyph?.remedy).toContain('Space'); // the switch keys named for this platform (Linux here: Super + Space)
    await page.close();
  });

  it('a full-width digit: ime-fullwidth and the half-width keys', async () => {
    // K then a full-width 3 (U+FF13) and 7 (U+FF17) as a Chinese input method in full-width mode types them
    const page = await typeWithLayout([['KeyK', 'K'], ['Digit3', '\uFF13'], ['Digit7', '\uFF17']]);
    const tab = tabOf(page);
    await waitForFindings(tab, CODE, ['fullwidth']);
    const [fullwidth] = (await inPanel(tab, CODE, causesIn)) ?? [];
    expect(fullwidth?.cause).toBe('ime-fullwidth');
    expect(fullwidth?.remedy).toMatch(/Shift|Hankaku|Han\/Eng/);
    await page.close();
  });

  it('a pasted no-break space: paste as the cause', async () => {
    const page = await session.page(ADD_CASE);
    const tab = tabOf(page);
    // A real paste (the clipboard, then Ctrl+V): the helper believes only the browser's own events.
    await tab.click(CODE);
    await tab.evaluate((t) => navigator.clipboard.writeText(t), '\u00A0K7XH4MW9PT3R');
    await tab.press('Control+V');
    await waitForFindings(tab, CODE, ['leading-space']);
    const [space] = (await inPanel(tab, CODE, causesIn)) ?? [];
    expect(space?.cause).toBe('paste');
    await page.close();
  });
});
