import { describe, expect, it } from 'vitest';
import { writeVerdict, type WriteOutcome, type WriteVerdict } from '@/src/field/codeBoxes';

// What a write came to, from the value before it and what was read back.
const cases: Array<[string, string, WriteOutcome, WriteVerdict]> = [
  // every box took its share
  ['took whole', 'AB\u041aD', { wanted: 'ABKD', now: 'ABKD', boxes: ['unchanged', 'unchanged', 'took', 'unchanged'] }, 'took'],
  // the component kept its old character: nothing changed, nothing to undo
  ['refused', 'AB\u041aD', { wanted: 'ABKD', now: 'AB\u041aD', boxes: ['unchanged', 'unchanged', 'refused', 'unchanged'] }, 'refused'],
  // one box took, another did not: neither the old code nor the fixed one
  ['partly took', 'A\u200bBC', { wanted: 'ABC', now: 'ABBC', boxes: ['unchanged', 'took', 'refused', 'refused'] }, 'partly'],
  // a page that reformats what we wrote (one field)
  ['reformatted by the page', ' k7', { wanted: 'k7', now: 'K7', boxes: ['refused'] }, 'partly'],
];

describe('writeVerdict', () => {
  it.each(cases)('%s', (_, before, outcome, expected) => {
    expect(writeVerdict(before, outcome)).toBe(expected);
  });
});
