import { browser } from 'wxt/browser';
import { readMessageFor, type Message } from '@/src/protocol/messages';

// Answers the background's "still on USCIS?"; only a USCIS page runs this script.
const listener = (message: unknown) => (readMessageFor('announcer', message)?.type === 'ach:still-uscis' ? Promise.resolve(true) : undefined);

/**
 * Content script, in every frame of a USCIS page: tells the background "a
 * USCIS page is here". The background takes the frame's origin (its site
 * data goes at Start over on a shared computer) and, for a top frame, the tab
 * (closed then, without the `tabs` permission) from the browser's own record
 * of the sender; the message carries nothing. Answers when asked whether the
 * tab still shows USCIS. Nothing else is said.
 */
export function announceTab(signal: AbortSignal): void {
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  browser.runtime.sendMessage({ type: 'ach:uscis-tab' } satisfies Message).catch(() => {});
}
