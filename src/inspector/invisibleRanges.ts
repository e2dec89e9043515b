// Runs of invisible characters without a name of their own: controls (Cc),
// format characters (Cf) and default-ignorable code points from
// DerivedCoreProperties.txt. They are named by code point (U+E0041).
// Sorted by first; a row covers first..last.
export const invisibleRanges: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x0000, 0x0008], // C0 controls before TAB
  [0x000E, 0x001F], // C0 controls after CARRIAGE RETURN
  [0x007F, 0x0084], // DELETE and C1 controls before NEXT LINE
  [0x0086, 0x009F], // C1 controls after NEXT LINE
  [0x17B4, 0x17B5], // KHMER VOWEL INHERENT AQ, AA
  [0x180B, 0x180D], // MONGOLIAN FREE VARIATION SELECTORS ONE-THREE
  [0x180F, 0x180F], // MONGOLIAN FREE VARIATION SELECTOR FOUR
  [0x2065, 0x2065], // reserved default-ignorable
  [0x206A, 0x206F], // deprecated format characters (symmetric swapping ... digit shapes)
  [0xFE00, 0xFE0F], // VARIATION SELECTOR-1..16
  [0xFFF0, 0xFFFB], // reserved and INTERLINEAR ANNOTATION ANCHOR..TERMINATOR
  [0x1BCA0, 0x1BCA3], // SHORTHAND FORMAT LETTER OVERLAP..UP STEP
  [0x1D173, 0x1D17A], // MUSICAL SYMBOL BEGIN BEAM..END PHRASE
  [0xE0000, 0xE0FFF], // tags (E0001, E0020-E007F), VARIATION SELECTOR-17..256, reserved
];
