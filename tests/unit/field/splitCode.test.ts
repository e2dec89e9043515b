import { describe, expect, it } from 'vitest';
import { splitCode, type SplitBoxFacts, type SplitCode, type SplitCodeFacts } from '@/src/field/splitCode';

const box = (label = '', maxLength = 4, type = 'text'): SplitBoxFacts => ({ type, maxLength, label });
const three = (labels: string[] = ['', '', ''], maxLength = 4) => labels.map((label) => box(label, maxLength));

// Each row: the facts collected around a box, and the hand-written decision.
const cases: Array<[string, SplitCodeFacts, SplitCode | null]> = [
  // --- one code in boxes
  ['3 boxes of 4 in a fieldset "Online Access Code"', { tie: 'legend', groupName: 'Online Access Code', boxes: three() }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['a group role named "Access code"', { tie: 'group-role', groupName: 'Access code', boxes: three() }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['a label the boxes share', { tie: 'shared-label', groupName: 'Enter your online access code', boxes: three() }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['6 boxes of 2', { tie: 'legend', groupName: 'Online access code', boxes: [1, 2, 3, 4, 5, 6].map(() => box('', 2)) }, { kind: 'access-code', length: 12, sizes: [2, 2, 2, 2, 2, 2] }],
  ['boxes of different sizes', { tie: 'legend', groupName: 'Access code', boxes: [box('', 6), box('', 6)] }, { kind: 'access-code', length: 12, sizes: [6, 6] }],
  ['no tie, but labels number the parts, and say which code', { tie: 'none', groupName: '', boxes: three(['Access code characters 1 to 4', 'Access code characters 5 to 8', 'Access code characters 9 to 12']) }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['a legend and numbered labels', { tie: 'legend', groupName: 'Online Access Code', boxes: three(['Characters 1 to 4', 'Characters 5 to 8', 'Characters 9 to 12']) }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['"part 1 of 3" labels', { tie: 'legend', groupName: 'Access code', boxes: three(['Part 1 of 3', 'Part 2 of 3', 'Part 3 of 3']) }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['tel boxes (a numeric keypad on phones)', { tie: 'legend', groupName: 'Access code', boxes: [box('', 4, 'tel'), box('', 4, 'tel'), box('', 4, 'tel')] }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  ['Spanish legend', { tie: 'legend', groupName: 'Código de acceso en línea', boxes: three() }, { kind: 'access-code', length: 12, sizes: [4, 4, 4] }],
  // --- not a split code
  ['one box alone', { tie: 'legend', groupName: 'Access code', boxes: [box('', 12)] }, null],
  ['a box with no maxlength', { tie: 'legend', groupName: 'Access code', boxes: [box(), box('', -1), box()] }, null],
  ['boxes longer than 6', { tie: 'legend', groupName: 'Access code', boxes: three(undefined, 7) }, null],
  ['a fieldset holding a whole form (a 12-character box among them)', { tie: 'legend', groupName: 'Add a case', boxes: [box('Receipt Number', 13), box('Online Access Code', 12)] }, null],
  ['short boxes with no tie and no numbered labels', { tie: 'none', groupName: '', boxes: three(['Access code', 'Access code', 'Access code']) }, null],
  ['a group that names no code (a date: month, day, year)', { tie: 'legend', groupName: 'Date of birth', boxes: [box('Month', 2), box('Day', 2), box('Year', 4)] }, null],
  ['a two-step code split into boxes stays excluded', { tie: 'legend', groupName: 'Secure verification code', boxes: [1, 2, 3, 4, 5, 6].map(() => box('', 1)) }, null],
  ['a password box among them', { tie: 'legend', groupName: 'Access code', boxes: [box(), box('', 4, 'password'), box()] }, null],
  ['nine boxes of two', { tie: 'legend', groupName: 'Access code', boxes: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => box('', 2)) }, null],
  ['seventeen boxes of one', { tie: 'legend', groupName: 'Access code', boxes: Array.from({ length: 17 }, () => box('', 1)) }, null],
  ['boxes with no maxlength and no numbered labels', { tie: 'none', groupName: '', nearbyText: 'Online Access Code', boxes: [1, 2, 3, 4].map(() => box('Code', -1)) }, null],
  // --- boxes made by a code component (react-otp-input: no maxlength, each box's aria-label numbers its character, the page's text before them names the code)
  ['twelve boxes of one, named by the text before them', { tie: 'none', groupName: '', nearbyText: 'Online Access Code', boxes: Array.from({ length: 12 }, (_, i) => box(`Please enter OTP character ${i + 1}`, -1)) }, { kind: 'access-code', length: 12, sizes: Array(12).fill(1) }],
  ['nine boxes of one with a legend', { tie: 'legend', groupName: 'Access code', boxes: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => box('', 1)) }, { kind: 'access-code', length: 9, sizes: Array(9).fill(1) }],
  ['Spanish numbered characters', { tie: 'none', groupName: '', nearbyText: 'Código de acceso en línea', boxes: [1, 2, 3, 4].map((n) => box(`Carácter ${n}`, -1)) }, { kind: 'access-code', length: 4, sizes: [1, 1, 1, 1] }],
  ['the same boxes after "Verification code sent to your phone" stay excluded', { tie: 'none', groupName: '', nearbyText: 'Verification code sent to your phone', boxes: Array.from({ length: 6 }, (_, i) => box(`Please enter OTP character ${i + 1}`, -1)) }, null],
  ['a group named "Online Access Code" whose text before says two-step stays excluded', { tie: 'legend', groupName: 'Online Access Code', nearbyText: 'Two-step verification', boxes: three() }, null],
  // --- a row of one-character boxes (PIN and OTP components that set maxlength="1" and number nothing)
  ['six one-character boxes after "Online Access Code"', { tie: 'none', groupName: '', nearbyText: 'Online Access Code', boxes: Array.from({ length: 6 }, () => box('', 1)) }, { kind: 'access-code', length: 6, sizes: Array(6).fill(1) }],
  ['three one-character boxes are too few to be a row', { tie: 'none', groupName: '', nearbyText: 'Online Access Code', boxes: [box('', 1), box('', 1), box('', 1)] }, null],
  ['a row of one-character boxes after "Enter the code sent to your phone"', { tie: 'none', groupName: '', nearbyText: 'Enter the code sent to your phone', boxes: Array.from({ length: 6 }, () => box('', 1)) }, null],
  ['a phone number in parts (3, 3, 4) is no row', { tie: 'none', groupName: '', nearbyText: 'Online Access Code', boxes: [box('', 3), box('', 3), box('', 4)] }, null],
  ['numbered boxes with no words naming any code', { tie: 'none', groupName: '', nearbyText: 'Enter the code', boxes: Array.from({ length: 6 }, (_, i) => box(`Please enter OTP character ${i + 1}`, -1)) }, null],
];

describe('splitCode', () => {
  it.each(cases)('%s', (_, facts, expected) => {
    expect(splitCode(facts)).toEqual(expected);
  });
});
