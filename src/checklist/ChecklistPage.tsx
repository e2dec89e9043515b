import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import '@/src/popup/theme.css';
import { Checklist } from './Checklist';
import { StartOver } from './StartOver';
import { useTicks } from './useTicks';
import './ChecklistPage.css';

/** The checklist as a full page, to keep open beside the form or to print. */
export function ChecklistPage() {
  const ticks = useTicks();
  const [status, setStatus] = useState('');
  const startOver = async () => {
    await ticks.clear();
    setStatus(t('popup_started_over'));
  };
  return (
    <main class="checklist-page">
      <p class="checklist-page-brand">
        {t('extName')}. <span class="unofficial">{t('popup_unofficial')}</span>
      </p>
      <Checklist heading="h1" ticked={ticks.ticked} onToggle={ticks.toggle} checkerHint={t('checklist_use_checker')} />
      <p class="checklist-page-actions">
        <button type="button" onClick={() => window.print()}>
          {t('checklist_print')}
        </button>{' '}
        <StartOver onStartOver={startOver} /> <span role="status">{status}</span>
      </p>
    </main>
  );
}
