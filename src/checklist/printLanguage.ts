import type { Language } from '@/src/i18n/languages';
import type { Say } from './say';

/** A language the checklist prints in: its words, tag and direction. */
export interface PrintLanguage {
  say: Say;
  lang: string;
  dir: Language['dir'];
}
