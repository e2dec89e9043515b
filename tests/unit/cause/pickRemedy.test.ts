import { describe, expect, it } from 'vitest';
import { pickRemedy, type Remedy } from '@/src/cause/pickRemedy';
import type { Platform } from '@/src/cause/platformOf';
import type { Cause } from '@/src/cause/types';

const russian: Cause = { kind: 'keyboard-layout', language: 'ru' };
const rows: Array<[string, Cause | 'caps-lock', Platform, Remedy]> = [
  // Switch the keyboard back to English, per system.
  ['Russian layout on Windows', russian, 'windows', { why: 'cause_keyboard_layout_named', language: 'ru', steps: ['remedy_switch_windows'] }],
  ['Russian layout on a Mac', russian, 'mac', { why: 'cause_keyboard_layout_named', language: 'ru', steps: ['remedy_switch_mac'] }],
  ['Russian layout on a Chromebook', russian, 'chromeos', { why: 'cause_keyboard_layout_named', language: 'ru', steps: ['remedy_switch_chromeos'] }],
  ['Russian layout on Linux', russian, 'linux', { why: 'cause_keyboard_layout_named', language: 'ru', steps: ['remedy_switch_linux'] }],
  ['Russian layout on Android', russian, 'android', { why: 'cause_keyboard_layout_named', language: 'ru', steps: ['remedy_switch_globe'] }],
  ['Russian layout on an iPhone', russian, 'ios', { why: 'cause_keyboard_layout_named', language: 'ru', steps: ['remedy_switch_globe'] }],
  ['A layout of unknown language, unknown system', { kind: 'keyboard-layout' }, 'other', { why: 'cause_keyboard_layout', steps: ['remedy_switch_other'] }],
  // Half-width first, then English.
  ['Chinese input method on Windows: Microsoft Pinyin', { kind: 'ime-fullwidth', language: 'zh' }, 'windows', {
    why: 'cause_ime_fullwidth_named', language: 'zh', steps: ['remedy_halfwidth_pinyin', 'remedy_switch_windows'],
  }],
  ['Chinese input method on a Mac: switch input source only', { kind: 'ime-fullwidth', language: 'zh' }, 'mac', {
    why: 'cause_ime_fullwidth_named', language: 'zh', steps: ['remedy_switch_mac'],
  }],
  ['Japanese input method on Windows', { kind: 'ime-fullwidth', language: 'ja' }, 'windows', {
    why: 'cause_ime_fullwidth_named', language: 'ja', steps: ['remedy_halfwidth_japanese', 'remedy_switch_windows'],
  }],
  ['Korean input method on a Chromebook', { kind: 'ime-fullwidth', language: 'ko' }, 'chromeos', {
    why: 'cause_ime_fullwidth_named', language: 'ko', steps: ['remedy_halfwidth_korean', 'remedy_switch_chromeos'],
  }],
  ['Full-width digits, language unknown, on Windows: all three keys', { kind: 'ime-fullwidth' }, 'windows', {
    why: 'cause_ime_fullwidth', steps: ['remedy_halfwidth_pinyin', 'remedy_halfwidth_japanese', 'remedy_halfwidth_korean', 'remedy_switch_windows'],
  }],
  ['Full-width on Linux, language unknown: the three keys, then Super+Space', { kind: 'ime-fullwidth' }, 'linux', {
    why: 'cause_ime_fullwidth', steps: ['remedy_halfwidth_pinyin', 'remedy_halfwidth_japanese', 'remedy_halfwidth_korean', 'remedy_switch_linux'],
  }],
  ['Chinese input method on Linux (fcitx, ibus): Shift+Space too', { kind: 'ime-fullwidth', language: 'zh' }, 'linux', {
    why: 'cause_ime_fullwidth_named', language: 'zh', steps: ['remedy_halfwidth_pinyin', 'remedy_switch_linux'],
  }],
  ['Full-width on an iPhone: the globe key only', { kind: 'ime-fullwidth' }, 'ios', { why: 'cause_ime_fullwidth', steps: ['remedy_switch_globe'] }],
  // Caps Lock.
  ['Caps Lock on Windows', 'caps-lock', 'windows', { steps: ['remedy_caps_lock'] }],
  ['Caps Lock on a Mac', 'caps-lock', 'mac', { steps: ['remedy_caps_lock'] }],
  ['Caps Lock on a Chromebook (no Caps Lock key)', 'caps-lock', 'chromeos', { steps: ['remedy_caps_lock_chromeos'] }],
  ['Capitals locked on Android', 'caps-lock', 'android', { steps: ['remedy_caps_lock_touch'] }],
  // The same everywhere.
  ['Pasted text', { kind: 'paste' }, 'windows', { why: 'cause_paste', steps: ['remedy_paste'] }],
  ['Autofill', { kind: 'autofill' }, 'mac', { why: 'cause_autofill', steps: ['remedy_autofill'] }],
];

describe('pickRemedy', () => {
  it.each(rows)('%s', (_, cause, platform, expected) => {
    expect(pickRemedy(cause, platform)).toEqual(expected);
  });
});
