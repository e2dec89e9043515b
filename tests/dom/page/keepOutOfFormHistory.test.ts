import { describe, expect, it } from 'vitest';
import { keepOutOfFormHistory } from '@/src/page/keepOutOfFormHistory';

// The access code never goes into the browser's form history; the receipt
// number is left as the page made it.
describe('keepOutOfFormHistory', () => {
  // [field kind, the page's autocomplete attribute, the attribute after]
  const rows: Array<['access-code' | 'receipt-number', string | null, string | null]> = [
    ['access-code', null, 'off'], // none set by the page
    ['access-code', 'on', 'off'], // the page asked for history
    ['access-code', 'one-time-code', 'off'], // another hint: off is the one both browsers honour
    ['access-code', 'off', 'off'], // already off: untouched
    ['receipt-number', null, null], // left as the page made it
    ['receipt-number', 'on', 'on'],
  ];
  it.each(rows)('%s with autocomplete=%s ends as %s', (kind, before, after) => {
    const field = document.createElement('input');
    if (before !== null) field.setAttribute('autocomplete', before);
    keepOutOfFormHistory(field, kind);
    expect(field.getAttribute('autocomplete')).toBe(after);
  });
});
