import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { isolated } from '@/src/ui/isolated';
import { Checker } from '@/src/checker/Checker';
import { Checklist } from '@/src/checklist/Checklist';
import { StartOver } from '@/src/checklist/StartOver';
import { useTicks } from '@/src/checklist/useTicks';
import { ClinicModeSetting } from '@/src/clinic/ClinicModeSetting';
import { StartOverReport } from '@/src/clinic/StartOverReport';
import type { StartOverResult } from '@/src/clinic/startOverResult';
import { SiteCheck } from '@/src/site/SiteCheck';
import { LanguageMenu } from './LanguageMenu';
import '@/src/popup/theme.css';
import './Popup.css';

interface Props {
  /** Reads the open tab's address; the browser's by default. */
  readUrl?: () => Promise<string | undefined>;
}

/** The toolbar popup: is this USCIS, check a code, and what to do when it fails. */
export function Popup({ readUrl }: Props) {
  const ticks = useTicks();
  // Start over mounts fresh fields: nothing the last person typed survives.
  const [generation, setGeneration] = useState(0);
  const [report, setReport] = useState<StartOverResult[] | null>(null);

  const startOver = async () => {
    await ticks.clear();
    setGeneration((n) => n + 1);
  };

  return (
    <main class="popup">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width="24" height="24" />
          {t('extName')}
        </h1>
        <p class="unofficial">{isolated(t('popup_unofficial'))}</p>
        {/* A volunteer's first move between two people, so it sits at the top. */}
        <div class="popup-toolbar">
          <LanguageMenu />
          <StartOver onStartOver={startOver} onDone={setReport} />
        </div>
        <StartOverReport results={report} class="popup-status" />
      </header>
      <SiteCheck key={`site-${generation}`} {...(readUrl && { readUrl })} />
      <Checker key={`checker-${generation}`} />
      <Checklist heading="h2" ticked={ticks.ticked} onToggle={ticks.toggle} folded />
      <footer class="popup-footer">
        <p>
          <a href="/checklist.html" target="_blank" rel="noreferrer">
            {t('popup_open_checklist')}
          </a>
        </p>
        <ClinicModeSetting />
      </footer>
    </main>
  );
}
