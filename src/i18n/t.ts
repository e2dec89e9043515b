import type en from '@/public/_locales/en/messages.json';
import { findLanguage } from './languages';

// Every word the extension shows comes from `_locales/<lang>/messages.json`
// (Chrome's format, so the same files serve the manifest and the stores).
// By default `t` asks the browser (browser.i18n, which follows the browser's
// language and falls back to English key by key, at no cost in bundle size).
// When the person picks another language, that language's table is set here
// and read first.

export type MessageKey = keyof typeof en;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Partial<Record<string, Entry>>;

interface I18n {
  getMessage(key: string, subs?: string[]): string;
}
const native = (): I18n | undefined =>
  (globalThis as { browser?: { i18n?: I18n } }).browser?.i18n ?? (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;

let active: Messages | null = null;
let activeLang: string | null = null;

/** Makes `table` (the messages of `lang`) the one `t` reads first; null goes back to the browser's language. */
export function setMessages(lang: string | null, table: Messages | null): void {
  active = table;
  activeLang = lang;
}

/**
 * The language `t` currently speaks (a BCP 47 tag), for `lang` attributes and
 * Intl. Each locale file names its own tag, so this is the language of the
 * words actually shown, also when the browser's language is one we lack.
 */
export function currentLanguage(): string {
  return activeLang ?? (t('language_tag') === 'language_tag' ? 'en' : t('language_tag'));
}

/** Right to left for Arabic (each language's `dir`, languages.ts); a code inside stays left to right on its own. */
export function currentDirection(): 'ltr' | 'rtl' {
  return findLanguage(currentLanguage())?.dir ?? 'ltr';
}

/** Fills `$NAME$` (via the placeholder's `$1`) and `$1` the way browser.i18n does. */
export function formatMessage(entry: Entry, subs: readonly string[]): string {
  return entry.message
    .replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

// First Strong Isolate ... Pop Directional Isolate (Unicode UAX #9): a value
// put into a right-to-left sentence keeps its own direction, so a code, a
// count or an address is never reordered with the words around it. An FSI
// takes the value's own direction (left to right for Latin and digits).
const FSI = '\u2068';
const PDI = '\u2069';

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  // Only right-to-left sentences need it; left-to-right text stays as it was.
  const rtl = subs.length > 0 && currentDirection() === 'rtl';
  const strings = subs.map((sub) => (rtl ? FSI + String(sub) + PDI : String(sub)));
  const entry = active?.[key];
  if (entry) return formatMessage(entry, strings);
  try {
    return native()?.getMessage(key, strings) || key;
  } catch {
    return key;
  }
}
