import { browser } from 'wxt/browser';
import { languageItem } from '@/src/i18n/languageSetting';
import { checkerCopied, lastStartOver } from './clinicStorage';
import { mayUse } from './clinicPermissions';
import type { Message, MessageOf, StartOverChoices } from '@/src/protocol/messages';
import type { StartOverResult } from './startOverResult';

/** What Start over will do on this computer, read before asking the person to confirm. */
export interface StartOverPlan {
  /** The code checker copied a code to the clipboard in this session. */
  clipboard: boolean;
  /** The browser lets us remove USCIS's site data (and every site's form entries and cache). */
  signOut: boolean;
  /** The browser lets us delete USCIS's addresses from its history. */
  history: boolean;
  /** Open USCIS tabs. */
  tabs: number;
  /** Firefox: its cache can only be emptied for every site, so that is a tick of its own. */
  cacheForEverySite: boolean;
}

export async function planStartOver(): Promise<StartOverPlan> {
  const [clipboard, signOut, history, tabs] = await Promise.all([
    checkerCopied.getValue(),
    mayUse('browsingData'),
    mayUse('history'),
    browser.runtime.sendMessage({ type: 'ach:count-uscis-tabs' } satisfies Message).then(
      (count) => (typeof count === 'number' ? count : 0),
      () => 0,
    ),
  ]);
  return { clipboard, signOut, history, tabs, cacheForEverySite: Boolean(import.meta.env.FIREFOX) };
}

/**
 * Empties the clipboard if the checker copied to it. Called straight from the
 * confirming click: writing needs the click's user activation. The clipboard
 * is not read (that needs the `clipboardRead` permission), so anything copied
 * after the checker's code goes too; the confirmation says so.
 */
export function emptyClipboard(plan: StartOverPlan): Promise<StartOverResult> {
  if (!plan.clipboard) return Promise.resolve({ item: 'clipboard', outcome: 'nothing' });
  return navigator.clipboard.writeText('').then(
    (): StartOverResult => ({ item: 'clipboard', outcome: 'done' }),
    (): StartOverResult => ({ item: 'clipboard', outcome: 'failed' }),
  );
}

/**
 * The rest, after the page's own fields are cleared (`cleared`): the language
 * here; tabs, sign-out, form entries, cache and history in the background,
 * which answers with the whole report.
 */
export async function startOverOnSharedComputer(
  cleared: StartOverResult,
  clipboard: Promise<StartOverResult>,
  choices: StartOverChoices,
): Promise<StartOverResult[]> {
  const results: StartOverResult[] = [cleared, await clipboard];
  await checkerCopied.removeValue();
  try {
    await languageItem.removeValue();
    results.push({ item: 'language', outcome: 'done' });
  } catch {
    results.push({ item: 'language', outcome: 'failed' });
  }
  const request: MessageOf<'ach:clinic-start-over'> = { type: 'ach:clinic-start-over', ...choices, done: results };
  try {
    const all = (await browser.runtime.sendMessage(request)) as StartOverResult[];
    // Heard here, so no other page needs to show it.
    await lastStartOver.removeValue();
    return all;
  } catch {
    return [...results, { item: 'sign-out', outcome: 'failed' }, { item: 'tabs', outcome: 'failed' }];
  }
}
