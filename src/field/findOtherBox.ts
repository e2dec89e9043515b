import { classifyField, type WatchedKind } from './classifyField';
import { collectFieldFacts } from './collectFieldFacts';

// A form with more inputs than this is no add-a-case form: not searched.
const MAX_INPUTS = 50;

/**
 * The other watched box of the form (the receipt-number box for an
 * access-code box, and the other way round), when it is on the page. Looked
 * for only when a value seems to be in the wrong box, so a page pays nothing
 * for it otherwise; only labels and attributes are read, never values.
 */
export function findOtherBox(field: HTMLInputElement, kind: WatchedKind): HTMLInputElement | null {
  const want: WatchedKind = kind === 'access-code' ? 'receipt-number' : 'access-code';
  const scope: ParentNode = field.form ?? (field.getRootNode() as Document | ShadowRoot);
  const inputs = scope.querySelectorAll('input');
  if (inputs.length > MAX_INPUTS) return null;
  for (const input of Array.from(inputs)) {
    if (input === field || input.disabled || input.readOnly) continue;
    if (classifyField(collectFieldFacts(input))?.kind === want) return input;
  }
  return null;
}
