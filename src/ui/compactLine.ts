import type { Finding } from '@/src/inspector/types';
import { languageName } from '@/src/i18n/displayNames';
import { t, type MessageKey } from '@/src/i18n/t';
import { findingText } from './findingText';

/** The compact line's words for a finding: a message key and its arguments, raw (a BCP 47 tag, named by the view). */
export interface CompactMessage {
  key: MessageKey;
  args: string[];
}

/**
 * What the panel's one line says about its top finding when the cause is
 * known: the cause itself ("Your keyboard is typing Russian letters"), since
 * that is what stops it happening again; the keys to press stay in the
 * details. null when no cause is known or it says nothing more than the
 * finding (a paste, autofill): the finding's own words are used then.
 */
export function compactMessage(finding: Finding): CompactMessage | null {
  const { cause } = finding;
  if (cause?.kind === 'keyboard-layout') {
    return cause.language ? { key: 'summary_keyboard_layout_named', args: [cause.language] } : { key: 'summary_keyboard_layout', args: [] };
  }
  if (cause?.kind === 'ime-fullwidth') return { key: 'summary_ime_fullwidth', args: [] };
  return null;
}

/** The compact line's text: the cause when known, else the finding's own words. */
export function compactLine(finding: Finding): string {
  const message = compactMessage(finding);
  if (message === null) return findingText(finding);
  return message.key === 'summary_keyboard_layout_named' ? t(message.key, languageName(message.args[0]!)) : t(message.key);
}
