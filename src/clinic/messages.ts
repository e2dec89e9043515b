import type { StartOverResult } from './startOverResult';

// Messages between the content script, the extension's pages and the
// background for Start over on a shared computer. None carries anything typed.

/** Content script to background, on load: "this tab shows a USCIS page". */
export const USCIS_TAB = 'access-code-helper:uscis-tab';
/** Background to a tab's top frame: "still on USCIS?"; only our content script answers. */
export const STILL_USCIS = 'access-code-helper:still-uscis';
/** Popup or checklist page to background: sign out, remove form entries, close the tabs. */
export const CLINIC_START_OVER = 'access-code-helper:clinic-start-over';
/** Popup or checklist page to background: how many USCIS tabs are open. */
export const COUNT_USCIS_TABS = 'access-code-helper:count-uscis-tabs';

export interface ClinicStartOverRequest {
  type: typeof CLINIC_START_OVER;
  formData: boolean;
  /** What the page did already (cleared, clipboard, language), for the whole report. */
  done: StartOverResult[];
}

export const isMessage = (message: unknown, type: string): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
