import { currentLanguage } from '@/src/i18n/t';

let cached: { lang: string; names: Intl.DisplayNames | null } | undefined;

/** A language's name in the person's language ("Russian", "ruso", "俄语"); the tag itself if the browser cannot name it. */
export function languageName(tag: string): string {
  const lang = currentLanguage();
  if (cached?.lang !== lang) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'language' });
    } catch {
      // No Intl.DisplayNames: the tag below.
    }
    cached = { lang, names };
  }
  try {
    return cached.names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
