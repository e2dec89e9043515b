import { browser, type Browser } from 'wxt/browser';
import { clinicStartOver } from '@/src/clinic/clinicBackground';
import { openUscisTabs, recordUscisTab } from '@/src/clinic/uscisTabs';
import { contentScriptTable } from '@/src/i18n/backgroundTables';
import { PROTOCOL, readMessageFor, type Message, type MessageOf } from './messages';

type Sender = Browser.runtime.MessageSender;
type BackgroundType = 'ach:uscis-tab' | 'ach:count-uscis-tabs' | 'ach:clinic-start-over' | 'ach:messages';

/** The background's answer to each message sent to it (a meta-test keeps this list and PROTOCOL alike). */
export const BACKGROUND_ANSWERS: { [T in BackgroundType]: (message: MessageOf<T>, sender: Sender) => Promise<unknown> } = {
  // The origin and tab come from the browser's record of the sender, never from the message.
  'ach:uscis-tab': (_, sender) => recordUscisTab(sender).then(() => true),
  'ach:count-uscis-tabs': () => openUscisTabs().then((tabs) => tabs.length),
  'ach:clinic-start-over': (message) => clinicStartOver(message),
  'ach:messages': (message) => contentScriptTable(message.folder),
};

/** A page of this extension (popup, checklist, settings), as the browser names the sender: never a content script. */
export function isOurPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * The background's one listener: a message passes the protocol's validator,
 * then its sender check (only the extension's own pages may start over or
 * count tabs, never a content script), then gets its answer. Anything else
 * goes unanswered.
 */
export function listenInBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const request = readMessageFor('background', message);
    if (!request) return undefined;
    if (PROTOCOL[request.type].from === 'our-pages' && !isOurPage(sender)) return undefined;
    const answer = BACKGROUND_ANSWERS[request.type as BackgroundType] as (message: Message, sender: Sender) => Promise<unknown>;
    return answer(request, sender);
  });
}
