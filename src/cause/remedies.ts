import type { MessageKey } from '@/src/i18n/t';
import type { Platform } from './platformOf';

// How to stop a cause happening again, per system, as data: each row is a
// step worded in the locale files, the systems it is for, and where the fact
// comes from (docs/REMEDIES.md has the same facts for people).
export interface RemedyRow {
  key: MessageKey;
  platforms: readonly Platform[];
  source: string;
}

const ALL: readonly Platform[] = ['windows', 'mac', 'chromeos', 'linux', 'android', 'ios', 'other'];
// Systems with a hardware keyboard an input method's keys work on.
const DESKTOP: readonly Platform[] = ['windows', 'chromeos', 'linux', 'other'];

/** Switch the keyboard back to English: one row fits each system. */
export const SWITCH_TO_ENGLISH: readonly RemedyRow[] = [
  { key: 'remedy_switch_windows', platforms: ['windows'], source: 'Microsoft Support, "Switch between keyboard layouts or input methods": Windows logo key + Spacebar; Left Alt + Shift (Medium)' },
  { key: 'remedy_switch_mac', platforms: ['mac'], source: 'Apple Support, "Use input sources to type in other languages on Mac": Control-Space bar, or the Globe key (Medium)' },
  { key: 'remedy_switch_chromeos', platforms: ['chromeos'], source: 'Chromebook Help, "Use the on-screen keyboard / change keyboard language"; chromium ash accelerators: Ctrl+Space (last used) (Medium)' },
  { key: 'remedy_switch_linux', platforms: ['linux'], source: 'GNOME Help, "Use alternative input sources": Super+Space (Medium; other desktops differ)' },
  { key: 'remedy_switch_globe', platforms: ['android', 'ios'], source: 'Gboard Help, "Change the language on Gboard": the globe key; Apple iPhone User Guide, "Switch keyboards": the globe key (Medium)' },
  { key: 'remedy_switch_other', platforms: ['other'], source: 'a pointer to the system settings, for systems we cannot tell' },
];

/** Full-width to half-width, per input method (shown with the switch to English). */
export const HALF_WIDTH: Readonly<Record<'zh' | 'ja' | 'ko', RemedyRow>> = {
  zh: { key: 'remedy_halfwidth_pinyin', platforms: DESKTOP, source: 'Microsoft Support, "Microsoft Simplified Chinese IME": Shift+Space switches full-width/half-width (Medium); fcitx and ibus Pinyin default to the same key (Low)' },
  ja: { key: 'remedy_halfwidth_japanese', platforms: DESKTOP, source: 'Microsoft Support, "Microsoft Japanese IME": the Hankaku/Zenkaku key; Alt+` on a US keyboard (Medium)' },
  ko: { key: 'remedy_halfwidth_korean', platforms: DESKTOP, source: 'Microsoft Support, "Microsoft Korean IME": the Han/Eng key, or Right Alt on a US keyboard (Medium)' },
};

/** Turn Caps Lock off. */
export const CAPS_LOCK: readonly RemedyRow[] = [
  { key: 'remedy_caps_lock', platforms: ['windows', 'mac', 'linux', 'other'], source: 'the Caps Lock key toggles (every desktop keyboard)' },
  { key: 'remedy_caps_lock_chromeos', platforms: ['chromeos'], source: 'Chromebook Help, "Use keyboard shortcuts": Search + Alt (Launcher + Alt) turns Caps Lock on or off (Medium)' },
  { key: 'remedy_caps_lock_touch', platforms: ['android', 'ios'], source: 'Gboard Help; Apple iPhone User Guide: a double tap on Shift locks capitals, a tap releases (Medium)' },
];

/** Copied text and autofill: the same on every system. */
export const PASTE: RemedyRow = { key: 'remedy_paste', platforms: ALL, source: 'docs/REMEDIES.md: copies from e-mails, PDFs and scans bring invisible and no-break spaces' };
export const AUTOFILL: RemedyRow = { key: 'remedy_autofill', platforms: ALL, source: 'docs/REMEDIES.md: a value nobody typed is the browser\'s autofill' };
