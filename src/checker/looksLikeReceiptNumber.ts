import { inspect } from '@/src/inspector/inspect';

/**
 * Whether the text has a receipt number's shape (3 letters + 10 digits,
 * DOMAIN.md) once the receipt number's certain corrections are made: the
 * receipt field's rules find no format problem in it, nor an access code's shape.
 */
export function looksLikeReceiptNumber(text: string): boolean {
  if (!/[0-9A-Za-z]/.test(text)) return false;
  return !inspect(text, 'receipt-number').findings.some((f) => f.kind === 'receipt-format' || f.kind === 'looks-like-access-code');
}
