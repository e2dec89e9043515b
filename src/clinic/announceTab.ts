import { browser } from 'wxt/browser';
import { isMessage, STILL_USCIS, USCIS_TAB } from './messages';

// Answers the background's "still on USCIS?"; only a USCIS page runs this script.
const listener = (message: unknown) => (isMessage(message, STILL_USCIS) ? Promise.resolve(true) : undefined);

/**
 * Content script: tells the background this tab shows a USCIS page (so Start
 * over on a shared computer can close it without the `tabs` permission), and
 * answers when asked whether it still does. Nothing else is said.
 */
export function announceTab(signal: AbortSignal): void {
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  browser.runtime.sendMessage({ type: USCIS_TAB }).catch(() => {});
}
