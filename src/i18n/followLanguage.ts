import { getLanguageSetting, onLanguageSetting } from './languageSetting';
import type { Language } from './languages';
import { setMessages, type Messages } from './t';

export type TableLoader = (folder: string) => Promise<Messages | undefined>;

/**
 * Makes `t` speak the language picked in the popup (or, when none is picked,
 * `fallback`'s, e.g. the page's, then the browser's), now and whenever the
 * choice changes; `onChange` redraws.
 */
export async function followLanguage(
  load: TableLoader,
  onChange: () => void,
  signal: AbortSignal,
  fallback: () => Language | undefined = () => undefined,
): Promise<void> {
  // The newest choice wins: a table that loads after a later choice's, or a
  // first read of the setting that comes back after a change was heard, is
  // dropped (else a page opened just before a change could keep the old language).
  let latest = 0;
  let changed = false;
  const apply = async (picked: Language | undefined) => {
    const ticket = ++latest;
    const language = picked ?? fallback();
    const table = language ? await load(language.folder) : undefined;
    if (signal.aborted || ticket !== latest) return;
    setMessages(table && language ? language.tag : null, table ?? null);
    onChange();
  };
  onLanguageSetting((language) => {
    changed = true;
    void apply(language).catch(() => {});
  }, signal);
  const first = await getLanguageSetting();
  if (!changed) await apply(first);
}
