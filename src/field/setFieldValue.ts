// Fields being written by us right now: their input events are ours, not the
// person's, whichever panel hears them (a move writes into the other box).
const writing = new WeakSet<HTMLInputElement>();

/** Whether the field's current input event comes from one of our own writes. */
export function isOwnWrite(field: HTMLInputElement): boolean {
  return writing.has(field);
}

// Like the browser's own input and change events: they bubble and are
// composed, so they leave a shadow root (a web component's input) and reach
// the page's listeners on the component, as a person's typing does.
const EVENT = { bubbles: true, composed: true } as const;

/**
 * Sets the value through the prototype's setter, not the instance's:
 * frameworks wrap the instance property to track values (so a React, Angular
 * or Vue field's own tracking sees a change), and a page may even override
 * it. Then the input event `input` and a change event, marked as ours.
 */
function put(field: HTMLInputElement, value: string, input: Event): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  writing.add(field);
  try {
    if (setter) setter.call(field, value);
    else field.value = value;
    field.dispatchEvent(input);
    field.dispatchEvent(new Event('change', EVENT));
  } finally {
    writing.delete(field);
  }
}

/**
 * Puts `value` into the field the way a person's typing would: through the
 * native value setter, then `input` and `change` events, keeping the caret
 * where it was relative to the end of the text.
 */
export function setFieldValue(field: HTMLInputElement, value: string, caret?: number): void {
  const previous = field.value;
  const end = field.selectionEnd ?? previous.length;
  put(field, value, new Event('input', EVENT));
  const at = caret ?? Math.max(0, Math.min(value.length, value.length - (previous.length - end)));
  try {
    field.setSelectionRange(at, at);
  } catch {
    // Some input types (number) have no selection; the caret stays where the browser put it.
  }
}

/**
 * Puts one box's share of a code into the focused box as a typed key (or a
 * paste, for more than one character) or a Backspace does: the value through
 * the native setter and an InputEvent naming what happened, which a code
 * component's own handler reads (react-otp-input clears a box on
 * `deleteContentBackward`).
 */
export function typeIntoBox(field: HTMLInputElement, text: string): void {
  const inputType = text === '' ? 'deleteContentBackward' : text.length === 1 ? 'insertText' : 'insertFromPaste';
  put(field, text, new InputEvent('input', { ...EVENT, inputType, data: inputType === 'insertText' ? text : null }));
}
