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
  const apply = async (picked: Language | undefined) => {
    const language = picked ?? fallback();
    const table = language ? await load(language.folder) : undefined;
    if (signal.aborted) return;
    setMessages(table && language ? language.tag : null, table ?? null);
    onChange();
  };
  onLanguageSetting((language) => void apply(language).catch(() => {}), signal);
  await apply(await getLanguageSetting());
}
