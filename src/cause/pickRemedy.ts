import type { MessageKey } from '@/src/i18n/t';
import type { Platform } from './platformOf';
import { AUTOFILL, CAPS_LOCK, HALF_WIDTH, PASTE, SWITCH_TO_ENGLISH, type RemedyRow } from './remedies';
import type { Cause } from './types';

export interface Remedy {
  /** Why it happened; `language` is named with Intl.DisplayNames when known. */
  why?: MessageKey;
  language?: string;
  /** What to do, in order. */
  steps: MessageKey[];
}

const fits = (rows: readonly RemedyRow[], platform: Platform) =>
  rows.filter((row) => row.platforms.includes(platform)).map((row) => row.key);

const WHY: Record<Cause['kind'], { plain: MessageKey; named: MessageKey }> = {
  'keyboard-layout': { plain: 'cause_keyboard_layout', named: 'cause_keyboard_layout_named' },
  'ime-fullwidth': { plain: 'cause_ime_fullwidth', named: 'cause_ime_fullwidth_named' },
  paste: { plain: 'cause_paste', named: 'cause_paste' },
  autofill: { plain: 'cause_autofill', named: 'cause_autofill' },
};

/** The remedy for a cause (or Caps Lock) on this person's system, as message keys. */
export function pickRemedy(cause: Cause | 'caps-lock', platform: Platform): Remedy {
  if (cause === 'caps-lock') return { steps: fits(CAPS_LOCK, platform) };
  const why = cause.language ? WHY[cause.kind].named : WHY[cause.kind].plain;
  const named = cause.language ? { language: cause.language } : {};
  switch (cause.kind) {
    case 'keyboard-layout':
      return { why, ...named, steps: fits(SWITCH_TO_ENGLISH, platform) };
    case 'ime-fullwidth': {
      // The input method's own half-width key first (the one for its language,
      // or all three when the characters do not tell), then back to English.
      const known = cause.language?.slice(0, 2);
      const methods = known === 'zh' || known === 'ja' || known === 'ko' ? [HALF_WIDTH[known]] : Object.values(HALF_WIDTH);
      return { why, ...named, steps: [...fits(methods, platform), ...fits(SWITCH_TO_ENGLISH, platform)] };
    }
    case 'paste':
      return { why, steps: [PASTE.key] };
    case 'autofill':
      return { why, steps: [AUTOFILL.key] };
  }
}
