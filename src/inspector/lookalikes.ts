// Characters that printed codes confuse with each other (docs/DOMAIN.md: 0/O,
// 1/I/l, 5/S, 2/Z, 8/B; lowercase o joins 0 and O). Which one is meant cannot
// be known from the text, so these only ever raise a quiet hint (info).
export const lookalikes = '0Oo1Il5S2Z8B';
