import { storage } from 'wxt/utils/storage';

// Which checklist steps are ticked, for this browser session only: the next
// person on a shared computer starts clean when the browser closes, or sooner
// with "Start over". storage.session (Chrome 102+, Firefox 115+; the Firefox
// builds ask for 140+). Only step ids are stored, never anything typed.
export const checklistTicks = storage.defineItem<string[]>('session:checklistTicks', { fallback: [] });

/** Keeps only step ids: what another version (or anything else) left there is ignored. */
export function tickIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
