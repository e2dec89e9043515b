import { guard } from '@/src/context/guard';

export interface PanelKeysOptions {
  /** The panel is on screen, whole, with actions to reach. */
  isShown(): boolean;
  /** Keyboard focus enters the panel's frame at its first or last action. */
  enter(at: 'first' | 'last'): void;
  /** Escape: hide until the next input. */
  close(): void;
}

export interface PanelKeys {
  /** Tab past the panel's last action (forward) or Shift+Tab before its first (back). */
  leave(back: boolean): void;
  /** Back to the box the person was in. */
  focusField(): void;
}

const plainTab = (e: KeyboardEvent) => e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey;

// What a person reaches with Tab, in document order (positive tabindex aside); a hidden input has no box.
const TABBABLE = 'a[href], button, input, select, textarea, iframe, [tabindex], [contenteditable="true"]';
function isTabbable(el: HTMLElement): boolean {
  return el.tabIndex >= 0 && !(el as HTMLInputElement).disabled && el.getClientRects().length > 0 && !el.closest('[inert]');
}

/** The first control a person reaches with Tab after `el` in its document, if any. */
export function nextTabbable(el: HTMLElement): HTMLElement | null {
  for (const candidate of Array.from(el.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE))) {
    if (candidate === el || !(el.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) || el.contains(candidate)) continue;
    if (isTabbable(candidate)) return candidate;
  }
  return null;
}

/**
 * Keyboard order as if the panel sat right after the (last) field, though it
 * lives at the end of the document in its own frame: Tab from the field
 * enters the panel at its first action, Tab from its last action reaches
 * whatever follows the field on the page, Shift+Tab the same way back.
 * Escape closes the panel.
 */
export function panelKeys(fields: readonly HTMLInputElement[], host: Element, options: PanelKeysOptions, signal: AbortSignal): PanelKeys {
  const last = fields.at(-1)!;
  const doc = last.ownerDocument;
  const on = { signal };
  let shiftTab = false;
  let lastFocused: HTMLInputElement = last;

  const focusField = () => lastFocused.focus({ preventScroll: false });

  for (const field of fields) {
    field.addEventListener('focus', () => (lastFocused = field), on);
    field.addEventListener(
      'keydown',
      guard((e: KeyboardEvent) => {
        if (e.key === 'Escape' && options.isShown()) {
          e.preventDefault();
          options.close();
        } else if (field === last && plainTab(e) && !e.shiftKey && options.isShown()) {
          e.preventDefault();
          options.enter('first');
        }
      }),
      on,
    );
  }

  // Shift+Tab from the page's control after the field lands on the field:
  // step on back into the panel, as if it sat between them. Known from its
  // keydown until the focus change it makes, which Firefox can make after
  // the key's keyup; any other key, a press, or focus landing elsewhere
  // ends it.
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') shiftTab = plainTab(e) && e.shiftKey;
    else if (e.key !== 'Shift') shiftTab = false;
  }, { capture: true, signal });
  doc.addEventListener('pointerdown', () => (shiftTab = false), { capture: true, signal });
  doc.addEventListener('focusin', (e) => {
    if (e.target !== last) shiftTab = false;
  }, { capture: true, signal });
  last.addEventListener(
    'focus',
    guard((e: FocusEvent) => {
      const from = e.relatedTarget as Node | null;
      const back = shiftTab;
      shiftTab = false;
      if (!back || !from || !options.isShown() || from === host || fields.includes(from as HTMLInputElement)) return;
      if (!(last.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
      // Once the browser's own focus change is done: a frame focused during it does not keep focus.
      doc.defaultView!.setTimeout(guard(() => options.enter('last')), 0);
    }),
    on,
  );

  return {
    leave(back) {
      if (back) return focusField();
      const next = nextTabbable(last);
      if (next) next.focus();
      else focusField();
    },
    focusField,
  };
}
