import type { PublicPath } from 'wxt/browser';

// The fonts bundled to draw a character large (public/fonts/, SIL Open Font
// License beside each). `unicodeRange` is exactly what each file draws (read
// from its cmap), so a character inside one of them needs no other check.
// Only the first loads when a panel shows; the others are declared with their
// unicode-range and the browser fetches one only when a character in it is
// drawn. They share one family name, so a Cyrillic О is drawn as a letter O
// beside Atkinson's slashed zero, never as whatever an installed font has
// (DejaVu's narrow oval looked like the zero) or a missing-glyph box. src/ui/font.css declares the same faces for the
// extension's own pages (a test keeps the two alike).
export interface GlyphFont {
  path: PublicPath;
  unicodeRange: string;
  /** Declared with its unicode-range and loaded only when a character in it is drawn. */
  lazy: boolean;
}

export const GLYPH_FONTS: readonly GlyphFont[] = [
  {
    // Atkinson Hyperlegible Mono, Latin: every ASCII character of a code.
    path: '/fonts/atkinson-hyperlegible-mono-latin-400-normal.woff2',
    unicodeRange:
      'U+0020-007E, U+00A0-00AC, U+00AE-00B4, U+00B6-00FF, U+0102, U+0131, U+0152-0153, U+02C6, U+02DA, U+02DC, ' +
      'U+2009, U+2013-2014, U+2018-201A, U+201C-201E, U+2022, U+2026, U+2039-203A, U+2044, U+20AC, U+2122, U+2212, U+2215',
    lazy: false,
  },
  {
    // Noto Sans Mono, Cyrillic (fontsource's cyrillic subset): a Russian or Ukrainian keyboard.
    path: '/fonts/noto-sans-mono-cyrillic-400-normal.woff2',
    unicodeRange: 'U+0400-045F, U+0490-0491, U+04B0-04B1',
    lazy: true,
  },
  {
    // Noto Sans Mono, the lookalikes of Cyrillic Supplement and Extended-B
    // (src/inspector/homoglyphs.ts), cut from fontsource's cyrillic-ext subset.
    path: '/fonts/noto-sans-mono-cyrillic-ext-lookalikes-400-normal.woff2',
    unicodeRange: 'U+0461, U+0474-0475, U+04AE-04AF, U+04BB, U+04BD, U+04C0, U+04E0, U+0501, U+050C, U+051B-051D, U+A644, U+A647',
    lazy: true,
  },
  {
    // Noto Sans Mono, Greek (fontsource's greek subset): a Greek keyboard.
    path: '/fonts/noto-sans-mono-greek-400-normal.woff2',
    unicodeRange: 'U+0370-0377, U+037A-037F, U+0384-038A, U+038C, U+038E-03A1, U+03A3-03E1, U+03F0-03FF',
    lazy: true,
  },
  {
    // Noto Sans Armenian, its lookalikes only (src/inspector/homoglyphs.ts).
    path: '/fonts/noto-sans-armenian-lookalikes-400-normal.woff2',
    unicodeRange: 'U+054D, U+054F, U+0555, U+0561, U+0563, U+0566, U+0570, U+0578, U+057C-057D, U+0581, U+0584-0585',
    lazy: true,
  },
];
