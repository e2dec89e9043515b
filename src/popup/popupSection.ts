import { storage } from 'wxt/utils/storage';
import type { MessageKey } from '@/src/i18n/t';

/** The popup's parts, one tab each, in the order the tabs show. */
export const SECTIONS = ['check', 'page', 'checklist', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_NAMES: Record<Section, MessageKey> = {
  check: 'popup_section_check',
  page: 'popup_section_page',
  checklist: 'popup_section_checklist',
  settings: 'popup_section_settings',
};

export const isSection = (value: unknown): value is Section => SECTIONS.includes(value as Section);

// The part a person last opened, so the popup reopens there while they work.
// storage.session only: it ends with the browser, and Start over removes it,
// so the next person at a shared computer starts from the usual first view.
export const popupSection = storage.defineItem<Section>('session:popupSection');
