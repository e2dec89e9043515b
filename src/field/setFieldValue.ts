// Fields being written by us right now: their input events are ours, not the
// person's, whichever panel hears them (a move writes into the other box).
const writing = new WeakSet<HTMLInputElement>();

/** Whether the field's current input event comes from one of our own writes. */
export function isOwnWrite(field: HTMLInputElement): boolean {
  return writing.has(field);
}

/**
 * Puts `value` into the field the way a person's typing would: through the
 * native value setter (so a React, Angular or Vue field's own tracking sees a
 * change), then `input` and `change` events, keeping the caret where it was
 * relative to the end of the text.
 */
export function setFieldValue(field: HTMLInputElement, value: string, caret?: number): void {
  const previous = field.value;
  const end = field.selectionEnd ?? previous.length;
  // The prototype's setter, not the instance's: frameworks wrap the instance
  // property to track values, and a page may even override it.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  writing.add(field);
  try {
    if (setter) setter.call(field, value);
    else field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  } finally {
    writing.delete(field);
  }
  const at = caret ?? Math.max(0, Math.min(value.length, value.length - (previous.length - end)));
  try {
    field.setSelectionRange(at, at);
  } catch {
    // Some input types (number) have no selection; the caret stays where the browser put it.
  }
}
