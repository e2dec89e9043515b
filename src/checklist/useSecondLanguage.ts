import { useEffect, useState } from 'preact/hooks';
import { findLanguage } from '@/src/i18n/languages';
import { localeTable } from '@/src/i18n/localeTables';
import type { PrintLanguage } from './printLanguage';
import { sayFrom } from './say';

/** The second printed language picked on the page (a folder, '' for none), once its words have loaded. */
export function useSecondLanguage(folder: string): PrintLanguage | null {
  const [second, setSecond] = useState<PrintLanguage | null>(null);
  useEffect(() => {
    let live = true;
    const language = findLanguage(folder);
    if (!language) {
      setSecond(null);
      return undefined;
    }
    void localeTable(language.folder).then((table) => {
      if (live) setSecond(table ? { say: sayFrom(table, language.dir), lang: language.tag, dir: language.dir } : null);
    });
    return () => {
      live = false;
    };
  }, [folder]);
  return second;
}
