import { ChevronDown } from 'lucide-preact';
import { useStorageItem } from '@/src/clinic/useStorageItem';
import { languageItem, setLanguageSetting } from '@/src/i18n/languageSetting';
import { findLanguage, LANGUAGES } from '@/src/i18n/languages';
import { t } from '@/src/i18n/t';

const choose = (value: string) => void setLanguageSetting(findLanguage(value));

/**
 * Picks the extension's language. Each language is named in itself, so a
 * person finds theirs whatever language the popup speaks now. The pages
 * redraw through followLanguage when the setting changes.
 */
export function LanguageMenu() {
  // Followed, so Start over on a shared computer (which removes it) shows here too.
  const folder = findLanguage(useStorageItem(languageItem))?.folder ?? '';

  return (
    <p class="language-menu">
      <label for="language-menu">{t('popup_language_label')}</label>{' '}
      <span class="select-wrap">
        <select id="language-menu" value={folder} onChange={(event) => choose(event.currentTarget.value)}>
          <option value="">{t('popup_language_browser')}</option>
          {LANGUAGES.map((language) => (
            <option key={language.folder} value={language.folder} lang={language.tag} dir={language.dir}>
              {language.name}
            </option>
          ))}
        </select>
        <ChevronDown aria-hidden="true" />
      </span>
    </p>
  );
}
