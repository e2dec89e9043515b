// Dashes and hyphens, ASCII or typographic: a receipt number is typed with
// its dashes omitted (docs/DOMAIN.md), so the receipt field drops these.
export function isDash(cp: number): boolean {
  return cp === 0x2d || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63;
}
