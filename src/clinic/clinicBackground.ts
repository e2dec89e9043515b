import { browser, type Browser } from 'wxt/browser';
import { CLINIC_START_OVER, COUNT_USCIS_TABS, isMessage, USCIS_TAB, type ClinicStartOverRequest } from './messages';
import { removeFormData, signOutOfUscis, type Engine } from './signOutOfUscis';
import { lastStartOver } from './lastStartOver';
import type { StartOverResult } from './startOverResult';
import { closeTabs, openUscisTabs, recordUscisTab, uscisHostsSeen } from './uscisTabs';

const engine: Engine = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/** Start over's part that the background does: sign out, form entries, then the tabs (last: closing one may close the popup). */
export async function clinicStartOver(request: ClinicStartOverRequest): Promise<StartOverResult[]> {
  const results = [...(Array.isArray(request.done) ? request.done : []), ...(await signOutOfUscis(engine, await uscisHostsSeen()))];
  if (request.formData) results.push(await removeFormData());
  const tabs = await openUscisTabs();
  try {
    await closeTabs(tabs);
    results.push({ item: 'tabs', outcome: tabs.length > 0 ? 'done' : 'nothing', count: tabs.length });
  } catch {
    results.push({ item: 'tabs', outcome: 'failed' });
  }
  // For the page that asked, or, if closing a tab closed the popup, the next one opened.
  await lastStartOver.setValue(results);
  return results;
}

/** The background's side of clinic mode: which tabs are USCIS, and Start over. */
export function listenForClinic(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the extension's own pages may start over, never a content script.
    const fromOurPage = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (isMessage(message, USCIS_TAB)) return recordUscisTab(sender).then(() => true);
    if (isMessage(message, COUNT_USCIS_TABS) && fromOurPage) return openUscisTabs().then((tabs) => tabs.length);
    if (isMessage(message, CLINIC_START_OVER) && fromOurPage) return clinicStartOver(message as ClinicStartOverRequest);
    return undefined;
  });
}
