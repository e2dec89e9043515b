import { guard } from './guard';

export interface PanelKeysOptions {
  /** The panel is on screen with something to act on. */
  isShown(): boolean;
  /** The panel's buttons a person can reach now, in order. */
  actions(): HTMLElement[];
  /** Escape: hide until the next input. */
  close(): void;
}

const plainTab = (e: KeyboardEvent) => e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey;

/**
 * Keyboard order as if the panel sat right after the (last) field, though it
 * lives at the end of the document: Tab from the field reaches the panel's
 * first action, Tab from its last action reaches whatever follows the field
 * on the page (focus goes back to the field and the browser's own Tab goes
 * on from there), Shift+Tab the same way back. Escape closes the panel.
 */
export function panelKeys(fields: readonly HTMLInputElement[], root: ShadowRoot, options: PanelKeysOptions, signal: AbortSignal): void {
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
          const [first] = options.actions();
          if (!first) return;
          e.preventDefault();
          first.focus();
        }
      }),
      on,
    );
  }

  root.addEventListener(
    'keydown',
    guard((event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Escape') {
        e.preventDefault();
        options.close();
        focusField();
        return;
      }
      if (!plainTab(e)) return;
      const actions = options.actions();
      const at = actions.indexOf(root.activeElement as HTMLElement);
      if (at < 0) return;
      if (e.shiftKey) {
        e.preventDefault();
        if (at > 0) actions[at - 1]!.focus();
        else last.focus();
      } else if (at < actions.length - 1) {
        e.preventDefault();
        actions[at + 1]!.focus();
      } else {
        // No preventDefault: the browser's Tab goes on from the field, to what follows it on the page.
        last.focus();
      }
    }),
    on,
  );

  // Shift+Tab from the page's control after the field lands on the field:
  // step on back into the panel, as if it sat between them.
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!plainTab(e) || !e.shiftKey) return;
      shiftTab = true;
      doc.defaultView!.setTimeout(() => (shiftTab = false), 0);
    },
    { capture: true, signal },
  );
  last.addEventListener(
    'focus',
    guard((e: FocusEvent) => {
      const from = e.relatedTarget as Node | null;
      if (!shiftTab || !from || !options.isShown() || root.host.contains(from) || fields.includes(from as HTMLInputElement)) return;
      if (!(last.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
      options.actions().at(-1)?.focus();
    }),
    on,
  );
}
