import { LANGUAGES } from '@/src/i18n/languages';
import { currentLanguage, t } from '@/src/i18n/t';

interface Props {
  value: string;
  onChange(folder: string): void;
}

/** Picks a language to print beside the page's own (the volunteer's and the applicant's). */
export function SecondLanguageMenu({ value, onChange }: Props) {
  const own = currentLanguage();
  return (
    <span class="second-language">
      <label for="second-language">{t('print_second_language')}</label>{' '}
      <select id="second-language" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('print_second_none')}</option>
        {LANGUAGES.filter((language) => language.tag !== own).map((language) => (
          <option key={language.folder} value={language.folder} lang={language.tag} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </span>
  );
}
