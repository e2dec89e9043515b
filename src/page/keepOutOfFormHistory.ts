import type { FieldKind } from '@/src/inspector/types';

/**
 * Keeps an access code out of the browser's form history, at home and at a
 * clinic: Chrome and Firefox save no entry for a field with
 * autocomplete="off" (chromium autocomplete_history_manager; Firefox satchel).
 * The receipt-number field is left as the page made it.
 */
export function keepOutOfFormHistory(field: HTMLInputElement, kind: FieldKind): void {
  if (kind === 'access-code' && field.getAttribute('autocomplete') !== 'off') field.setAttribute('autocomplete', 'off');
}
