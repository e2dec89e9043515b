import { useEffect, useState } from 'preact/hooks';
import { getLanguageSetting, setLanguageSetting } from '@/src/i18n/languageSetting';
import { findLanguage, LANGUAGES } from '@/src/i18n/languages';
import { t } from '@/src/i18n/t';

/**
 * Picks the extension's language. Each language is named in itself, so a
 * person finds theirs whatever language the popup speaks now. The pages
 * redraw through followLanguage when the setting changes.
 */
export function LanguageMenu() {
  const [folder, setFolder] = useState('');
  useEffect(() => {
    let live = true;
    void getLanguageSetting()
      .then((language) => {
        if (live) setFolder(language?.folder ?? '');
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  const choose = (value: string) => {
    setFolder(value);
    void setLanguageSetting(findLanguage(value));
  };

  return (
    <p class="language-menu">
      <label for="language-menu">{t('popup_language_label')}</label>{' '}
      <select id="language-menu" value={folder} onChange={(event) => choose(event.currentTarget.value)}>
        <option value="">{t('popup_language_browser')}</option>
        {LANGUAGES.map((language) => (
          <option key={language.folder} value={language.folder} lang={language.tag} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </p>
  );
}
