import { describe, expect, it } from 'vitest';
import { writeVerdict, type WriteOutcome, type WriteVerdict } from '@/src/field/codeBoxes';

// What a write came to, from what was read back box by box.
const cases: Array<[string, WriteOutcome, WriteVerdict]> = [
  // every box took its share
  ['took whole', { wanted: 'ABKD', now: 'ABKD', boxes: ['unchanged', 'unchanged', 'took', 'unchanged'] }, 'took'],
  // the component kept its old character: nothing changed, nothing to undo
  ['refused', { wanted: 'ABKD', now: 'AB\u041aD', boxes: ['unchanged', 'unchanged', 'refused', 'unchanged'] }, 'refused'],
  // one box took, another did not: neither the old code nor the fixed one
  ['partly took', { wanted: 'ABC', now: 'ABBC', boxes: ['unchanged', 'took', 'refused', 'refused'] }, 'partly'],
  // a page that rewrites what we wrote (one field): none of ours stayed
  ['rewritten by the page', { wanted: 'k7', now: 'K7', boxes: ['refused'] }, 'refused'],
];

describe('writeVerdict', () => {
  it.each(cases)('%s', (_, outcome, expected) => {
    expect(writeVerdict(outcome)).toBe(expected);
  });
});
