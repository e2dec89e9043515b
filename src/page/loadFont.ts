import { browser } from 'wxt/browser';
import { GLYPH_FONTS } from '@/src/ui/glyphFonts';

export const FONT_FAMILY = 'Access Code Helper Mono';
const loaded = new WeakSet<Document>();

/**
 * The glyph fonts (src/ui/glyphFonts.ts), bundled with the extension and
 * added to the document only when a panel first shows (never fetched from
 * the web). Fonts declared inside a shadow root are ignored, so they go to
 * document.fonts under a family name no page uses. Atkinson Hyperlegible
 * Mono loads now; the Cyrillic, Greek and Armenian faces carry their
 * unicode-range and the browser fetches one only when a character it covers
 * is drawn.
 */
export function loadFont(doc: Document): void {
  if (loaded.has(doc)) return;
  loaded.add(doc);
  try {
    const FontFaceOf = (doc.defaultView as typeof window).FontFace;
    for (const font of GLYPH_FONTS) {
      const url = browser.runtime.getURL(font.path);
      const face = new FontFaceOf(FONT_FAMILY, `url("${url}")`, font.lazy ? { unicodeRange: font.unicodeRange } : {});
      doc.fonts.add(face);
      if (!font.lazy)
        face.load().catch(() => {
          // Falls back to the next font in the stack; nothing else depends on it.
        });
    }
  } catch {
    // No FontFace API: the monospace fallback still draws the characters.
  }
}
