import type { MessageOf } from '@/src/protocol/messages';
import { removeUscisHistory } from './removeUscisHistory';
import { removeFirefoxCache, removeFormData, signOutOfUscis, type Engine } from './signOutOfUscis';
import { lastStartOver } from './clinicStorage';
import type { StartOverResult } from './startOverResult';
import { closeTabs, forgetUscisOrigins, openUscisTabs, uscisOriginsSeen } from './uscisTabs';

const engine: Engine = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/**
 * Start over's part that the background does. The USCIS tabs close first, so
 * no open page writes its data back (or visits again) once it is removed;
 * closing the active tab may close the popup, so the report is also kept
 * for the next page (lastStartOver). Then the site data of every USCIS
 * origin, the form entries and cache as ticked, and USCIS's history.
 */
export async function clinicStartOver(request: MessageOf<'ach:clinic-start-over'>): Promise<StartOverResult[]> {
  const done = Array.isArray(request.done) ? request.done : [];
  let tabs: StartOverResult;
  try {
    const open = await openUscisTabs();
    await closeTabs(open);
    tabs = { item: 'tabs', outcome: open.length > 0 ? 'done' : 'nothing', count: open.length };
  } catch {
    tabs = { item: 'tabs', outcome: 'failed' };
  }
  const signOut = await signOutOfUscis(engine, await uscisOriginsSeen());
  if (signOut.outcome === 'done') await forgetUscisOrigins();
  const results: StartOverResult[] = [...done, signOut];
  // Not ticked: kept. Without the permission there was no tick to set: the report says how to do it by hand.
  const may = signOut.outcome !== 'by-hand';
  if (engine === 'firefox') {
    results.push(request.cache === true || !may ? await removeFirefoxCache() : { item: 'cache', outcome: 'kept' });
    // Firefox's browsingData has no Cache Storage type and its removal by host
    // name clears only IndexedDB and localStorage of the quota storage: what a
    // USCIS page saved with the Cache API stays (measured), so the person is told.
    results.push({ item: 'cache-storage', outcome: 'by-hand' });
  }
  results.push(request.formData === true || !may ? await removeFormData() : { item: 'form-data', outcome: 'kept' });
  results.push(await removeUscisHistory(), tabs);
  // For the page that asked, or, if closing a tab closed the popup, the next one opened.
  await lastStartOver.setValue(results);
  return results;
}
