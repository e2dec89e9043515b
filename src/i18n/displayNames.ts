import { currentLanguage } from './t';

type NameType = 'language' | 'script';
// One Intl.DisplayNames per type, made again when the person's language changes.
const cache: Partial<Record<NameType, { lang: string; names: Intl.DisplayNames | null }>> = {};

/** The browser's name for a language or script code in the person's language; undefined if it cannot name it. */
export function displayName(type: NameType, code: string): string | undefined {
  const lang = currentLanguage();
  let entry = cache[type];
  if (entry?.lang !== lang) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type });
    } catch {
      // An old browser without Intl.DisplayNames: the caller's fallback.
    }
    entry = cache[type] = { lang, names };
  }
  try {
    return entry.names?.of(code) ?? undefined;
  } catch {
    return undefined; // a code Intl rejects
  }
}

/** A language's name in the person's language ("Russian", "ruso", "俄语"); the tag itself if the browser cannot name it. */
export const languageName = (tag: string): string => displayName('language', tag) ?? tag;
