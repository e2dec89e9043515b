import { useState } from 'preact/hooks';
import type { StartOverResult } from '@/src/clinic/startOverResult';
import { StartOverReport } from '@/src/clinic/StartOverReport';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';
import '@/src/popup/theme.css';
import { Checklist } from './Checklist';
import { ClinicHeader } from './ClinicHeader';
import { HandoutColumn } from './HandoutColumn';
import { HandoutLinks } from './HandoutLinks';
import { HandoutNotes } from './HandoutNotes';
import type { PrintLanguage } from './printLanguage';
import { SecondLanguageMenu } from './SecondLanguageMenu';
import { StartOver } from './StartOver';
import { useSecondLanguage } from './useSecondLanguage';
import { useTicks } from './useTicks';
import './ChecklistPage.css';
import './Handout.css';

/**
 * The checklist as a full page, to keep open beside the form or to print.
 * On paper it is a one-page handout: the clinic's details, the steps (in a
 * second language beside them if one is picked), lines for notes, and each
 * official address once.
 */
export function ChecklistPage() {
  const ticks = useTicks();
  const [report, setReport] = useState<StartOverResult[] | null>(null);
  const [secondFolder, setSecondFolder] = useState('');
  const second = useSecondLanguage(secondFolder);
  const languages: PrintLanguage[] = [{ say: t, lang: currentLanguage(), dir: currentDirection() }, ...(second ? [second] : [])];
  return (
    <main class="ach-page checklist-page" data-columns={languages.length}>
      <ClinicHeader says={languages.map((language) => language.say)} />
      <div class="checklist-columns">
        <div class="checklist-own">
          <p class="checklist-page-brand">
            {t('extName')}. <span class="unofficial">{t('popup_unofficial')}</span>
          </p>
          <Checklist heading="h1" ticked={ticks.ticked} onToggle={ticks.toggle} checkerHint={t('checklist_use_checker')} />
        </div>
        {second && <HandoutColumn {...second} ticked={ticks.ticked} />}
      </div>
      <p class="checklist-page-actions">
        <button type="button" onClick={() => window.print()}>
          {t('checklist_print')}
        </button>{' '}
        <SecondLanguageMenu value={secondFolder} onChange={setSecondFolder} />{' '}
        <StartOver onStartOver={ticks.clear} onDone={setReport} />
      </p>
      <StartOverReport results={report} />
      <HandoutNotes languages={languages} />
      <HandoutLinks languages={languages} />
    </main>
  );
}
