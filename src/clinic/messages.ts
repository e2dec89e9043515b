import type { StartOverResult } from './startOverResult';

// Messages between the content script, the extension's pages and the
// background for Start over on a shared computer. None carries anything typed.

/** Content script to background, at document_start in every frame: "this frame shows a USCIS page" (the sender says which origin). */
export const USCIS_TAB = 'access-code-helper:uscis-tab';
/** Background to a tab's top frame: "still on USCIS?"; only our content script answers. */
export const STILL_USCIS = 'access-code-helper:still-uscis';
/** Popup or checklist page to background: close the tabs, sign out, remove form entries, cache and history. */
export const CLINIC_START_OVER = 'access-code-helper:clinic-start-over';
/** Popup or checklist page to background: how many USCIS tabs are open. */
export const COUNT_USCIS_TABS = 'access-code-helper:count-uscis-tabs';

/** What the person ticked in the confirmation. */
export interface StartOverChoices {
  /** Every site's saved form entries (on by default). */
  formData: boolean;
  /** Firefox only: every site's cache (off by default). */
  cache: boolean;
}

export interface ClinicStartOverRequest extends StartOverChoices {
  type: typeof CLINIC_START_OVER;
  /** What the page did already (cleared, clipboard, language), for the whole report. */
  done: StartOverResult[];
}

export const isMessage = (message: unknown, type: string): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
