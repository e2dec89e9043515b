import { browser } from 'wxt/browser';

export const FONT_FAMILY = 'Access Code Helper Mono';
const loaded = new WeakSet<Document>();

/**
 * Atkinson Hyperlegible Mono, bundled with the extension and added to the
 * document only when a panel first shows (never fetched from the web). Fonts
 * declared inside a shadow root are ignored, so it goes to document.fonts
 * under a family name no page uses.
 */
export function loadFont(doc: Document): void {
  if (loaded.has(doc)) return;
  loaded.add(doc);
  try {
    const url = browser.runtime.getURL('/fonts/atkinson-hyperlegible-mono-latin-400-normal.woff2');
    const face = new (doc.defaultView as typeof window).FontFace(FONT_FAMILY, `url("${url}")`);
    doc.fonts.add(face);
    face.load().catch(() => {
      // Falls back to the next font in the stack; nothing else depends on it.
    });
  } catch {
    // No FontFace API: the monospace fallback still draws the characters.
  }
}
