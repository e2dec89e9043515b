import { render } from 'preact';
import { currentLanguage, t } from '@/src/i18n/t';
import { ChecklistPage } from '@/src/checklist/ChecklistPage';

document.documentElement.lang = currentLanguage();
document.title = t('checklist_page_title');
render(<ChecklistPage />, document.getElementById('app')!);
