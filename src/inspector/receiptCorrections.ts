// In a receipt number (3 letters + 10 digits, docs/DOMAIN.md) a character's
// position says whether it must be a letter or a digit, so a lookalike in the
// wrong part has one certain correction: I0E -> IOE, 1OE -> IOE, 5RC -> SRC,
// EAC21O... -> EAC210...
export const receiptCorrections = {
  /** A digit found among the 3 prefix letters. */
  letterFor: { '0': 'O', '1': 'I', '5': 'S', '2': 'Z', '8': 'B' } as Readonly<Record<string, string>>,
  /**
   * A letter found among the 10 digits, by its ASCII form before uppercasing
   * (so l is still l). Every small form whose capital is here is here too
   * (i, b): a Turkish dotless i or a Cyrillic soft sign is uppercased to I or
   * B by the same fix, and must reach its digit in one click, not two.
   */
  digitFor: { O: '0', o: '0', I: '1', i: '1', l: '1', S: '5', s: '5', Z: '2', z: '2', B: '8', b: '8' } as Readonly<Record<string, string>>,
};
