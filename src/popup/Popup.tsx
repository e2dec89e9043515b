import type { ComponentChildren } from 'preact';
import { Globe } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { isolated } from '@/src/ui/isolated';
import { Checker } from '@/src/checker/Checker';
import { Checklist } from '@/src/checklist/Checklist';
import { StartOver } from '@/src/checklist/StartOver';
import { useTicks } from '@/src/checklist/useTicks';
import { ClinicModeSetting } from '@/src/clinic/ClinicModeSetting';
import { StartOverReport } from '@/src/clinic/StartOverReport';
import type { StartOverResult } from '@/src/clinic/startOverResult';
import type { TabLink } from '@/src/site/askTab';
import { SiteCheck } from '@/src/site/SiteCheck';
import { firstSection } from './firstSection';
import { LanguageMenu } from './LanguageMenu';
import { popupSection, type Section } from './popupSection';
import { panelId, SectionTabs, tabId } from './SectionTabs';
import '@/src/popup/theme.css';
import './Popup.css';

interface Props {
  /** Reads the open tab's address; the browser's by default. */
  readUrl?: () => Promise<string | undefined>;
  /** How to reach the open tab's helper (to pick the first part); the browser's by default. */
  link?: TabLink;
}

/**
 * The toolbar popup: check a code, this page (is it USCIS), the checklist and
 * settings, one part at a time so each fits the window. Every part stays in
 * the document (hidden when not shown): what a person typed in one survives
 * a look at another, and Start over still clears them all.
 */
export function Popup({ readUrl, link }: Props) {
  const ticks = useTicks();
  // Start over mounts fresh fields: nothing the last person typed survives.
  const [generation, setGeneration] = useState(0);
  const [report, setReport] = useState<StartOverResult[] | null>(null);
  // Null until the first part is known, so the popup does not jump from one to another.
  const [section, setSection] = useState<Section | null>(null);

  useEffect(() => {
    let live = true;
    void firstSection(link).then((first) => live && setSection((shown) => shown ?? first));
    return () => {
      live = false;
    };
  }, [link]);

  const select = (next: Section) => {
    setSection(next);
    void popupSection.setValue(next);
  };

  // The globe: the language lives in Settings; a person who cannot read the tabs' names still finds it.
  const [menuWanted, setMenuWanted] = useState(0);
  const openLanguage = () => {
    select('settings');
    setMenuWanted((n) => n + 1);
  };
  useEffect(() => {
    if (menuWanted > 0) document.getElementById('language-menu')?.focus();
  }, [menuWanted]);

  const startOver = async () => {
    await Promise.all([ticks.clear(), popupSection.removeValue()]);
    setGeneration((n) => n + 1);
  };

  const shown = section ?? 'check';
  const panel = (id: Section, children: ComponentChildren) => (
    <div class="section-panel" role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} tabIndex={0} hidden={id !== shown}>
      {children}
    </div>
  );

  return (
    <main class="popup">
      <header class="popup-header">
        {/* The name and the notice in one flowing line: short in every language, never passing for USCIS. */}
        <div class="popup-brand">
          <img class="popup-logo" src="/icon/32.png" alt="" width="24" height="24" />
          <div class="popup-title">
            <h1>{t('extName')}</h1> <p class="unofficial">{isolated(t('popup_unofficial'))}</p>
          </div>
          <button type="button" id="language-button" class="icon-button" aria-label={t('popup_language_button')} title={t('popup_language_button')} onClick={openLanguage}>
            <Globe aria-hidden="true" />
          </button>
        </div>
        {/* A volunteer's first move between two people, so it sits at the top, outside the parts. */}
        <div class="popup-toolbar">
          <StartOver onStartOver={startOver} onDone={setReport} />
        </div>
        <StartOverReport results={report} class="popup-status" />
      </header>
      <SectionTabs selected={shown} onSelect={select} />
      {panel('check', <Checker key={`checker-${generation}`} />)}
      {panel('page', <SiteCheck key={`site-${generation}`} {...(readUrl && { readUrl })} />)}
      {panel(
        'checklist',
        <>
          <Checklist heading="h2" ticked={ticks.ticked} onToggle={ticks.toggle} folded />
          <p class="popup-open-checklist">
            <a href="/checklist.html" target="_blank" rel="noreferrer">
              {t('popup_open_checklist')}
            </a>
          </p>
        </>,
      )}
      {panel(
        'settings',
        <>
          <LanguageMenu />
          <ClinicModeSetting />
        </>,
      )}
    </main>
  );
}
