import { getLanguageSetting, onLanguageSetting } from './languageSetting';
import type { Language } from './languages';
import { setMessages, type Messages } from './t';

export type TableLoader = (folder: string) => Promise<Messages | undefined>;

/**
 * Makes `t` speak the language picked in the popup (or the browser's when
 * none is picked), now and whenever the choice changes; `onChange` redraws.
 */
export async function followLanguage(load: TableLoader, onChange: () => void, signal: AbortSignal): Promise<void> {
  const apply = async (language: Language | undefined) => {
    const table = language ? await load(language.folder) : undefined;
    if (signal.aborted) return;
    setMessages(table && language ? language.tag : null, table ?? null);
    onChange();
  };
  onLanguageSetting((language) => void apply(language).catch(() => {}), signal);
  await apply(await getLanguageSetting());
}
