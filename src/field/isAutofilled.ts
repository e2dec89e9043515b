// The browser's own mark on a field it filled in: `:autofill` (the standard
// name) or `:-webkit-autofill` (older Chromium, and Firefox's alias). A
// browser that knows neither throws on the selector.
const SELECTORS = [':autofill', ':-webkit-autofill'];

/** Whether the browser marks the field as filled in by autofill. */
export function isAutofilled(field: HTMLInputElement): boolean {
  for (const selector of SELECTORS) {
    try {
      if (field.matches(selector)) return true;
    } catch {
      // Not a selector this browser knows.
    }
  }
  return false;
}
