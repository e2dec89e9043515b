import { inputOf } from './inputTypes';

const live = (field: HTMLInputElement | null) => (field?.isConnected ? field : null);

/**
 * Remembers the text box a person focused last, and the one they
 * right-clicked last (for the context menu), as element references only:
 * never a value, and nothing is kept once the page goes. "Help with the box
 * I clicked last" in the popup is about the first; the context menu's
 * "Help with this box" about the second.
 */
export function trackLastBox(doc: Document, signal: AbortSignal) {
  let focused: HTMLInputElement | null = null;
  let rightClicked: HTMLInputElement | null = null;
  doc.addEventListener('focusin', (event) => {
    focused = inputOf(event) ?? focused;
  }, { capture: true, signal });
  doc.addEventListener('contextmenu', (event) => {
    rightClicked = inputOf(event);
  }, { capture: true, signal });
  return {
    focused: () => live(focused),
    rightClicked: () => live(rightClicked) ?? live(focused),
  };
}

export type LastBoxTracker = ReturnType<typeof trackLastBox>;
