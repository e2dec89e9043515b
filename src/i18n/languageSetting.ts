import { browser } from 'wxt/browser';
import { findLanguage, type Language } from './languages';

// The one thing the extension keeps: the language picked in the popup (a
// preference, not personal data), in storage.local so it outlives the
// browser session. Absent means "follow the browser".
const KEY = 'language';

export async function getLanguageSetting(): Promise<Language | undefined> {
  const stored = await browser.storage.local.get(KEY);
  return findLanguage(stored[KEY] as string | undefined);
}

export async function setLanguageSetting(language: Language | undefined): Promise<void> {
  if (language) await browser.storage.local.set({ [KEY]: language.folder });
  else await browser.storage.local.remove(KEY);
}

/** Calls back with the new setting whenever it changes (in any extension context). */
export function onLanguageSetting(callback: (language: Language | undefined) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(findLanguage(changes[KEY]!.newValue as string | undefined));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
