// Which script a homoglyph belongs to, from its Unicode block (Blocks.txt),
// for names like "Cyrillic capital O". Sorted by first code point; a
// homoglyph takes the last row whose first is <= its code point.
const blocks: ReadonlyArray<readonly [first: number, script: string]> = [
  [0x0000, 'latin'], // Latin-1, Latin Extended-A/B, IPA Extensions
  [0x0370, 'greek'], // Greek and Coptic
  [0x0400, 'cyrillic'], // Cyrillic, Cyrillic Supplement
  [0x0530, 'armenian'], // Armenian
  [0x13a0, 'cherokee'], // Cherokee
  [0x1d00, 'latin'], // Phonetic Extensions
  [0x1d26, 'greek'], // GREEK LETTER SMALL CAPITAL GAMMA..PSI
  [0x1d2b, 'latin'], // Phonetic Extensions, Latin Extended Additional
  [0x2100, 'styled'], // Letterlike Symbols (double-struck, script, black-letter)
  [0x2150, 'roman-numeral'], // Number Forms
  [0x2c80, 'coptic'], // Coptic
  [0xa4d0, 'lisu'], // Lisu
  [0xa640, 'cyrillic'], // Cyrillic Extended-B
  [0xa720, 'latin'], // Latin Extended-D, Latin Extended-E
  [0xab70, 'cherokee'], // Cherokee Supplement
];

export function homoglyphScript(cp: number): string {
  let script = 'latin';
  for (const [first, name] of blocks) {
    if (cp < first) break;
    script = name;
  }
  return script;
}
