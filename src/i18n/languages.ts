// The languages the extension speaks, in the order the language menu lists
// them. `folder` is the `_locales` folder (Chrome's locale codes), `tag` the
// BCP 47 tag for `lang` attributes and Intl, `name` the language's own name
// (never translated: people look for their language written their way).
export interface Language {
  folder: string;
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { folder: 'en', tag: 'en', name: 'English', dir: 'ltr' },
  { folder: 'es', tag: 'es', name: 'Español', dir: 'ltr' },
  { folder: 'zh_CN', tag: 'zh-CN', name: '中文（简体）', dir: 'ltr' },
  { folder: 'vi', tag: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { folder: 'fil', tag: 'fil', name: 'Filipino', dir: 'ltr' },
  // Chrome has no Haitian Creole interface language, so it is reached
  // through the language menu (Firefox also accepts it from the browser).
  { folder: 'ht', tag: 'ht', name: 'Kreyòl ayisyen', dir: 'ltr' },
  { folder: 'pt_BR', tag: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { folder: 'ar', tag: 'ar', name: 'العربية', dir: 'rtl' },
  { folder: 'ko', tag: 'ko', name: '한국어', dir: 'ltr' },
  { folder: 'ru', tag: 'ru', name: 'Русский', dir: 'ltr' },
  { folder: 'fr', tag: 'fr', name: 'Français', dir: 'ltr' },
];

/** The language for a folder or tag (`pt_BR`, `pt-BR`), or undefined. */
export function findLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const folder = code.replace('-', '_');
  return LANGUAGES.find((l) => l.folder === folder || l.tag === code);
}
