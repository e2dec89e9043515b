// Characters that printed codes confuse with each other (docs/DOMAIN.md: 0/O,
// 1/I/l, 5/S, 2/Z, 8/B; lowercase o joins 0 and O). Which one is meant cannot
// be known from the text, so these only ever raise a quiet hint (info).
export const lookalikes = '0Oo1Il5S2Z8B';

/**
 * What each lookalike can be taken for, so a hint can say "capital B (not
 * digit eight)" instead of leaving the person to guess which pairs are meant.
 */
export const mistakenFor: Readonly<Record<string, string>> = {
  '0': 'Oo', O: '0', o: '0',
  '1': 'Il', I: '1l', l: '1I',
  '5': 'S', S: '5',
  '2': 'Z', Z: '2',
  '8': 'B', B: '8',
};
