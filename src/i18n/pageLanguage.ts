import { findLanguage, type Language } from './languages';

/**
 * One of our languages for a BCP 47 tag as pages write it: the exact tag or
 * folder (`pt-BR`, `zh_CN`), else the same language in another region
 * (`es-US`, `fr-CA`, `en-GB`). Chinese only in simplified script (a page in
 * traditional Chinese keeps the browser's language), Tagalog as Filipino.
 */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  const code = tag?.trim() ?? '';
  if (!code) return undefined;
  const exact = findLanguage(code);
  if (exact) return exact;
  const subtags = code.toLowerCase().split(/[-_]/);
  const primary = subtags[0];
  if (primary === 'zh') return subtags.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s)) ? undefined : findLanguage('zh_CN');
  if (primary === 'tl') return findLanguage('fil');
  if (primary === 'pt') return findLanguage('pt_BR');
  return findLanguage(primary);
}

/**
 * The language the page speaks where `el` is: its closest `lang` (also
 * across shadow roots), then the document's, when it is one of ours.
 */
export function pageLanguage(el: Element): Language | undefined {
  for (let at: Element | null = el; at; ) {
    const tagged: Element | null = at.closest('[lang]');
    const lang = tagged?.getAttribute('lang');
    if (lang) return languageOfTag(lang);
    at = ((tagged ?? at).getRootNode() as ShadowRoot).host ?? null;
  }
  return languageOfTag(el.ownerDocument.documentElement.lang);
}
