// Which script a homoglyph belongs to, from its Unicode block (Blocks.txt),
// for names like "Cyrillic capital O". Sorted by first code point; a
// homoglyph takes the last row whose first is <= its code point.
const blocks: ReadonlyArray<readonly [first: number, script: string]> = [
  [0x0000, 'latin'], // Latin Extended-A (dotless i)
  [0x0370, 'greek'], // Greek and Coptic
  [0x0400, 'cyrillic'], // Cyrillic, Cyrillic Supplement
  [0x0530, 'armenian'], // Armenian
  [0x13a0, 'cherokee'], // Cherokee
  [0xa640, 'cyrillic'], // Cyrillic Extended-B
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
