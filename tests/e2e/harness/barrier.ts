import { expect } from 'vitest';
import { panelOf } from './panel';
import type { Session, Tab } from './tab';

// A "no panel" cannot be awaited, and a fixed sleep is too short on a loaded
// machine and wasted on a quiet one. Instead, a test waits until the content
// script has visibly handled something that came after what it must ignore;
// by then it would have answered the earlier event too.

/**
 * In the same page: adds a space at the end of `helped` (a field the content
 * script already helps, holding a code), waits for its trailing-space
 * finding, then takes the space back and waits for the finding to go.
 */
export async function afterHelpedKey(tab: Tab, helped: string): Promise<void> {
  await tab.focus(helped);
  await tab.evaluate((s) => {
    const field = document.querySelector(s) as HTMLInputElement;
    field.setSelectionRange(field.value.length, field.value.length);
  }, helped);
  await tab.keyboard(' ');
  await expect.poll(async () => (await panelOf(tab, helped)).findings).toContain('trailing-space');
  await tab.press('Backspace');
  await expect.poll(async () => (await panelOf(tab, helped)).findings).not.toContain('trailing-space');
}

/**
 * In a second tab of the same browser, opened after the page under test:
 * types into the sample form at a USCIS address and waits for its panel. The
 * page under test loaded first, so its content script (if any) ran first.
 */
export async function afterPanelElsewhere(session: Session): Promise<void> {
  const other = await session.open('https://my.uscis.gov/account/applicant/add-case');
  await other.type('#accessCode', ' K');
  await expect.poll(async () => (await panelOf(other, '#accessCode')).findings).toContain('leading-space');
  await other.close();
}
