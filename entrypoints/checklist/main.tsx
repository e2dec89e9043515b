import { render } from 'preact';
import { ChecklistPage } from '@/src/checklist/ChecklistPage';
import { followLanguage } from '@/src/i18n/followLanguage';
import { localeTable } from '@/src/i18n/localeTables';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';

const app = document.getElementById('app')!;
const draw = () => {
  document.documentElement.lang = currentLanguage();
  document.documentElement.dir = currentDirection();
  document.title = t('checklist_page_title');
  render(<ChecklistPage />, app);
};
// Drawn in the language picked in the popup (or the browser's), again when it changes.
followLanguage(localeTable, draw, new AbortController().signal).catch(draw);
