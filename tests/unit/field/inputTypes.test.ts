import { describe, expect, it } from 'vitest';
import { inputTypeOf, isNeverRead, mayHoldCode } from '@/src/field/inputTypes';

describe('the input-type policy', () => {
  const cases: Array<[string, string | null, { type: string; mayHoldCode: boolean; neverRead: boolean }]> = [
    // No type attribute: a text box.
    ['missing', null, { type: 'text', mayHoldCode: true, neverRead: false }],
    // An empty attribute is a text box too.
    ['empty', '', { type: 'text', mayHoldCode: true, neverRead: false }],
    // Case does not matter in HTML attributes.
    ['upper case', 'TEL', { type: 'tel', mayHoldCode: true, neverRead: false }],
    // An unknown type is drawn as text, so a code can be typed into it.
    ['unknown', 'otp', { type: 'text', mayHoldCode: true, neverRead: false }],
    // Digits-only boxes of a receipt number.
    ['number', 'number', { type: 'number', mayHoldCode: true, neverRead: false }],
    ['url', 'url', { type: 'url', mayHoldCode: true, neverRead: false }],
    // Secrets: never read, never helped.
    ['password', 'password', { type: 'password', mayHoldCode: false, neverRead: true }],
    ['email', 'email', { type: 'email', mayHoldCode: false, neverRead: true }],
    // A page's own token.
    ['hidden', 'hidden', { type: 'hidden', mayHoldCode: false, neverRead: false }],
    // Pickers hold no typing.
    ['week', 'week', { type: 'week', mayHoldCode: false, neverRead: false }],
  ];
  it.each(cases)('%s', (_, attribute, expected) => {
    expect({ type: inputTypeOf(attribute), mayHoldCode: mayHoldCode(attribute), neverRead: isNeverRead(attribute) }).toEqual(expected);
  });
});
