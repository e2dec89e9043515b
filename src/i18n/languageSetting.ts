import { storage } from 'wxt/utils/storage';
import { findLanguage, type Language } from './languages';

// The language picked in the popup (a preference, not personal data), in
// storage.local so it outlives the browser session. Absent means "follow the
// browser". Start over in clinic mode removes it: a language hints at where
// the last person comes from.
export const languageItem = storage.defineItem<string>('local:language');

export async function getLanguageSetting(): Promise<Language | undefined> {
  return findLanguage(await languageItem.getValue());
}

export async function setLanguageSetting(language: Language | undefined): Promise<void> {
  if (language) await languageItem.setValue(language.folder);
  else await languageItem.removeValue();
}

/** Calls back with the new setting whenever it changes (in any extension context). */
export function onLanguageSetting(callback: (language: Language | undefined) => void, signal: AbortSignal): void {
  const unwatch = languageItem.watch((folder) => callback(findLanguage(folder)));
  signal.addEventListener('abort', unwatch, { once: true });
}
