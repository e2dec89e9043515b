import type { MessageKey } from '@/src/i18n/t';
import type { Platform } from './platformOf';

// How to stop a cause happening again, per system, as data: each row is a
// step worded in the locale files and the systems it is for; the source of
// each fact is the comment beside its row (docs/REMEDIES.md has the same
// facts for people). Sources are comments, not strings, so they cost the
// panel bundle nothing.
export interface RemedyRow {
  key: MessageKey;
  platforms: readonly Platform[];
}

const ALL: readonly Platform[] = ['windows', 'mac', 'chromeos', 'linux', 'android', 'ios', 'other'];
// Systems with a hardware keyboard an input method's keys work on.
const DESKTOP: readonly Platform[] = ['windows', 'chromeos', 'linux', 'other'];

/** Switch the keyboard back to English: one row fits each system. */
export const SWITCH_TO_ENGLISH: readonly RemedyRow[] = [
  // Microsoft Support, "Switch between keyboard layouts or input methods": Windows logo key + Spacebar; Left Alt + Shift (Medium)
  { key: 'remedy_switch_windows', platforms: ['windows'] },
  // Apple Support, "Use input sources to type in other languages on Mac": Control-Space bar, or the Globe key (Medium)
  { key: 'remedy_switch_mac', platforms: ['mac'] },
  // Chromebook Help, "Change your keyboard language"; chromium ash accelerators: Ctrl+Space (last used) (Medium)
  { key: 'remedy_switch_chromeos', platforms: ['chromeos'] },
  // GNOME Help, "Use alternative input sources": Super+Space (Medium; other desktops differ)
  { key: 'remedy_switch_linux', platforms: ['linux'] },
  // Gboard Help, "Change the language on Gboard"; Apple iPhone User Guide, "Switch keyboards": the globe key (Medium)
  { key: 'remedy_switch_globe', platforms: ['android', 'ios'] },
  // A pointer to the system's settings, for systems we cannot tell.
  { key: 'remedy_switch_other', platforms: ['other'] },
];

/** Full-width to half-width, per input method (shown with the switch to English). */
export const HALF_WIDTH: Readonly<Record<'zh' | 'ja' | 'ko', RemedyRow>> = {
  // Microsoft Support, "Microsoft Simplified Chinese IME": Shift+Space toggles full-/half-width (Medium); fcitx and ibus Pinyin default to the same key (Low)
  zh: { key: 'remedy_halfwidth_pinyin', platforms: DESKTOP },
  // Microsoft Support, "Microsoft Japanese IME": the Hankaku/Zenkaku key; Alt+` on a US keyboard (Medium)
  ja: { key: 'remedy_halfwidth_japanese', platforms: DESKTOP },
  // Microsoft Support, "Microsoft Korean IME": the Han/Eng key, or Right Alt on a US keyboard (Medium)
  ko: { key: 'remedy_halfwidth_korean', platforms: DESKTOP },
};

/** Turn Caps Lock off. */
export const CAPS_LOCK: readonly RemedyRow[] = [
  // The Caps Lock key toggles on every desktop keyboard (High)
  { key: 'remedy_caps_lock', platforms: ['windows', 'mac', 'linux', 'other'] },
  // Chromebook Help, "Use keyboard shortcuts": Search + Alt (Launcher + Alt) turns Caps Lock on or off (Medium)
  { key: 'remedy_caps_lock_chromeos', platforms: ['chromeos'] },
  // Gboard Help; Apple iPhone User Guide: a double tap on Shift locks capitals, a tap releases them (Medium)
  { key: 'remedy_caps_lock_touch', platforms: ['android', 'ios'] },
];

// Copied text and autofill: the same on every system (docs/REMEDIES.md).
export const PASTE: RemedyRow = { key: 'remedy_paste', platforms: ALL };
export const AUTOFILL: RemedyRow = { key: 'remedy_autofill', platforms: ALL };
