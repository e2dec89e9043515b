import { render } from 'preact';
import { OptionsPage } from '@/src/clinic/OptionsPage';
import { followLanguage } from '@/src/i18n/followLanguage';
import { localeTable } from '@/src/i18n/localeTables';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';

const app = document.getElementById('app')!;
const draw = () => {
  document.documentElement.lang = currentLanguage();
  document.documentElement.dir = currentDirection();
  document.title = t('options_title');
  render(<OptionsPage />, app);
};
// Drawn in the language picked in the popup (or the browser's), again when it changes.
followLanguage(localeTable, draw, new AbortController().signal).catch(draw);
