import { describe, expect, it } from 'vitest';
import {
  initialPanelState, isCurrent, isInspectable, isShown, panelState, typingState, type PanelEvent, type PanelState,
} from '@/src/page/panelState';

const run = (events: PanelEvent[]): PanelState => events.reduce(panelState, initialPanelState);

// Events as helpField sends them.
const key = (edits = true, capsLock = false): PanelEvent => ({ type: 'key', capsLock, edits });
const typed = (value: string, inputType = 'insertText'): PanelEvent => ({ type: 'input', value, inputType, composing: false, autofill: false });
const input = (value: string, inputType = ''): PanelEvent => ({ type: 'input', value, inputType, composing: false, autofill: false });
const paste = (text: string): PanelEvent => ({ type: 'paste', text });
const changed = (value: string, autofill = false): PanelEvent => ({ type: 'changed', value, autofill });
const inspected = (text: string): PanelEvent => ({ type: 'inspected', text, options: { capsLock: false, complete: true } });
const fixed = (before: string, wrote: string, now = wrote): PanelEvent => ({ type: 'fixed', before, wrote, now });
const undone = (wrote: string, now = wrote): PanelEvent => ({ type: 'undone', wrote, now });

const long = 'K7XH4MW9PT3R '.repeat(1000); // 13,000 characters: a page of pasted text

// Each row: what happened, in order, and the parts of the state that matter (written by hand).
const cases: Array<[string, PanelEvent[], Partial<PanelState>]> = [
  // --- touched
  ['nothing happened', [], { touched: false, complete: true, inspected: null, undo: [] }],
  ['an empty field we start helping stays untouched', [{ type: 'start', value: '', autofill: false }], { touched: false }],
  ['a value already there (Back, re-render) is touched and complete', [{ type: 'start', value: 'K7XH', autofill: false }], { touched: true, complete: true, autofilled: false, length: 4 }],
  ['a value already there marked :autofill is autofilled', [{ type: 'start', value: 'K7XH', autofill: true }], { touched: true, autofilled: true }],
  ['a typed key: touched, not complete', [key(), typed('K')], { touched: true, typedHere: true, complete: false, autofilled: false, keyPending: false }],
  // --- typing state
  ['blur makes it complete', [key(), typed('K'), { type: 'blur' }], { complete: true }],
  ['submit makes it complete', [key(), typed('K'), { type: 'submit' }], { complete: true }],
  ['typing again after blur: not complete', [key(), typed('K'), { type: 'blur' }, key(), typed('K7')], { complete: false }],
  ['a paste keeps its text for the inspector', [paste('\u00a0K7XH4MW9PT3R'), input('\u00a0K7XH4MW9PT3', 'insertFromPaste')], { pasted: '\u00a0K7XH4MW9PT3R', pasting: undefined, typedHere: true, autofilled: false }],
  ['a key typed after a paste drops the pasted text', [paste('K7'), input('K7', 'insertFromPaste'), key(), typed('K7X')], { pasted: undefined }],
  ['a key the full box refused is heard as what did not fit', [key(), typed('K7XH4MW9PT3R'), key(), { type: 'refused', text: 'K7XH4MW9PT3RD' }], { pasted: 'K7XH4MW9PT3RD', complete: false, keyPending: false }],
  ['typing on after a refused key (the person deleted one) drops it', [key(), { type: 'refused', text: 'K7XH4MW9PT3RD' }, key(), typed('K7XH4MW9PT3', 'deleteContentBackward')], { pasted: undefined }],
  // --- Caps Lock
  ['Caps Lock on', [key(false, true)], { capsLock: true, touched: false }],
  ['Caps Lock off again', [key(false, true), key(false, false)], { capsLock: false }],
  ['Caps Lock only matters while typing here: blur ends it', [key(false, true), { type: 'blur' }], { capsLock: false }],
  // --- input methods
  ['composing: nothing inspected until it ends', [{ type: 'input', value: 'K\uff17', inputType: 'insertCompositionText', composing: true, autofill: false }], { composing: true, touched: false }],
  ['compositionend: touched, typed here', [{ type: 'input', value: 'K\uff17', inputType: 'insertCompositionText', composing: true, autofill: false }, { type: 'compositionend', value: 'K\uff17' }], { composing: false, touched: true, typedHere: true }],
  // --- autofill
  ['a value with no key, paste or composition in an untyped field is autofill', [input('K7XH4MW9PT3R')], { autofilled: true, typedHere: false, complete: true }],
  ['the browser\'s suggestion input type is autofill, even after typing', [key(), typed('K'), input('K7XH4MW9PT3R', 'insertReplacementText')], { autofilled: true }],
  ['the :autofill mark is autofill', [key(), typed('K'), { type: 'input', value: 'K7XH4MW9PT3R', inputType: 'insertText', composing: false, autofill: true }], { autofilled: true }],
  ['once the person has typed here, a keyless input is theirs (a page script echoing it)', [key(), typed('K'), input('K7')], { autofilled: false }],
  ['typing after an autofill ends the caution', [input('K7XH4MW9PT3R'), key(), typed('K7XH4MW9PT3')], { autofilled: false, typedHere: true }],
  ['a phone keyboard\'s trusted typing with no usable key is the person\'s', [{ type: 'input', value: 'K', inputType: 'insertText', composing: false, autofill: false, trusted: true }], { autofilled: false, typedHere: true }],
  ['a page script\'s untrusted insertText with no key is not typing', [{ type: 'input', value: 'K7XH4MW9PT3R', inputType: 'insertText', composing: false, autofill: false, trusted: false }], { autofilled: true }],
  ['a drop is the person\'s, not autofill', [input('K7XH', 'insertFromDrop')], { autofilled: false, typedHere: true }],
  ['a value the browser fills in with no event at all, seen by the compare', [changed('K7XH4MW9PT3R', true)], { autofilled: true, touched: true }],
  ['clearing an autofilled value ends the caution', [input('K7XH4MW9PT3R'), changed('')], { autofilled: false }],
  // --- what was inspected
  ['the inspected text is kept, with what the inspector was told', [key(), typed('K7'), { type: 'inspected', text: 'K7', options: { capsLock: false, complete: false, maxLength: 12 } }], { inspected: 'K7', inspectedWith: { capsLock: false, complete: false, maxLength: 12 } }],
  // --- undo steps
  ['a fix is one undo step, and keeps the paste it undoes', [paste(' K7 '), input(' K7 ', 'insertFromPaste'), inspected(' K7 '), fixed(' K7 ', 'K7 ')], { undo: [{ before: ' K7 ', pasted: ' K7 ', other: undefined }] }],
  ['a fix of another finding keeps what the box cut (it is still missing)', [paste('\u00a0K7XH4MW9PT3R'), input('\u00a0K7XH4MW9PT3', 'insertFromPaste'), fixed('\u00a0K7XH4MW9PT3', 'K7XH4MW9PT3')], { pasted: '\u00a0K7XH4MW9PT3R' }],
  ['the cut-off fix puts the paste in whole: nothing cut any more', [paste('\u00a0K7XH4MW9PT3R'), input('\u00a0K7XH4MW9PT3', 'insertFromPaste'), { type: 'fixed', before: '\u00a0K7XH4MW9PT3', wrote: 'K7XH4MW9PT3R', now: 'K7XH4MW9PT3R', pasteDone: true }], { pasted: undefined }],
  ['undo brings the paste back for the inspector', [paste(' K7 '), input(' K7 ', 'insertFromPaste'), fixed(' K7 ', 'K7 '), undone(' K7 ')], { undo: [], pasted: ' K7 ' }],
  ['a paste into part of the box keeps no pasted text (nothing to say what was cut)', [key(), typed('K7'), paste(''), input('K7XH', 'insertFromPaste')], { pasted: undefined, typedHere: true, autofilled: false }],
  ['the change event makes it complete', [key(), typed('K'), { type: 'change' }], { complete: true }],
  ['two fixes are two steps, oldest first', [inspected(' K7 '), fixed(' K7 ', 'K7 '), inspected('K7 '), fixed('K7 ', 'K7')], { undo: [{ before: ' K7 ', pasted: undefined, other: undefined }, { before: 'K7 ', pasted: undefined, other: undefined }] }],
  ['undo takes back the last step only', [fixed(' K7 ', 'K7 '), fixed('K7 ', 'K7'), undone('K7 ')], { undo: [{ before: ' K7 ', pasted: undefined, other: undefined }] }],
  ['undo twice is back at the original', [fixed(' K7 ', 'K7 '), fixed('K7 ', 'K7'), undone('K7 '), undone(' K7 ')], { undo: [] }],
  ['typing drops every undo step (undo would overwrite it)', [fixed(' K7', 'K7'), key(), typed('K7X')], { undo: [] }],
  ['a page that reformats our fix owns the value: no undo', [fixed(' k7xh', 'k7xh', 'K7XH')], { undo: [] }],
  ['a group whose boxes partly took keeps Undo of what did take', [{ type: 'fixed', before: 'K7\u200bXH4MW9PT3', wrote: 'K7XH4MW9PT3', now: 'K7XH4MW99PT3', partly: true }], { undo: [{ before: 'K7\u200bXH4MW9PT3', pasted: undefined, other: undefined }] }],
  ['a page that reformats our undo: no further undo', [fixed(' K7 ', 'K7 '), fixed('K7 ', 'K7'), undone('K7 ', 'K7-')], { undo: [] }],
  ['a move keeps the other box for undo', [{ type: 'fixed', before: 'IOE0123456789', wrote: '', now: '', other: { before: '', wrote: 'IOE0123456789' } }], { undo: [{ before: 'IOE0123456789', pasted: undefined, other: { before: '', wrote: 'IOE0123456789' } }] }],
  // --- a component's echo is not typing (input-otp fires untrusted input events 0, 10 and 50 ms after each change)
  ['an untrusted input event that leaves the value as shown keeps the fix\'s Undo', [inspected(' K7'), fixed(' K7', 'K7'), inspected('K7'), { type: 'input', value: 'K7', inputType: '', composing: false, autofill: false, trusted: false }], { undo: [{ before: ' K7', pasted: undefined, other: undefined }] }],
  ['an untrusted input event that changes the value still drops Undo', [inspected(' K7'), fixed(' K7', 'K7'), inspected('K7'), { type: 'input', value: 'K7X', inputType: '', composing: false, autofill: false, trusted: false }], { undo: [] }],
  ['the person\'s own (trusted) input event drops Undo even with the same value', [inspected(' K7'), fixed(' K7', 'K7'), inspected('K7'), { type: 'input', value: 'K7', inputType: 'insertText', composing: false, autofill: false, trusted: true }], { undo: [] }],
  ['an echo before anything was inspected is an input like any other', [{ type: 'input', value: 'K7', inputType: '', composing: false, autofill: false, trusted: false }], { touched: true }],
  ['an undo that cannot be taken back is dropped', [fixed(' K7 ', 'K7 '), fixed('K7 ', 'K7'), { type: 'undo-dropped' }], { undo: [{ before: ' K7 ', pasted: undefined, other: undefined }] }],
  // --- never stale
  ['the page cleared the field: no undo, no pasted text', [paste(' K7'), input(' K7', 'insertFromPaste'), fixed(' K7', 'K7'), changed('')], { undo: [], pasted: undefined, length: 0 }],
  ['the page set a value in an untouched field: touched', [changed('K7XH')], { touched: true }],
  // --- the long-value rule
  ['a pasted page of text is inspected at once', [paste(long), input(long, 'insertFromPaste')], { waiting: false, length: long.length }],
  ['a key typed into it waits for a pause', [paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`)], { waiting: true }],
  ['the pause is over', [paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`), { type: 'pause' }], { waiting: false }],
  ['deleting it all is inspected at once', [paste(long), input(long, 'insertFromPaste'), key(), typed('', 'deleteContentBackward')], { waiting: false, length: 0 }],
];

describe('panelState', () => {
  it.each(cases)('%s', (_, events, expected) => {
    expect(run(events)).toMatchObject(expected);
  });
});

describe('isShown, isInspectable, isCurrent', () => {
  // Each row: state after the events, the field's value, and the three answers.
  const rows: Array<[string, PanelEvent[], string, { shown: boolean; inspectable: boolean; current: boolean }]> = [
    ['untouched and empty: nothing', [], '', { shown: false, inspectable: false, current: false }],
    ['typed: shown, inspected, not yet current', [key(), typed('K7')], 'K7', { shown: true, inspectable: true, current: false }],
    ['typed and inspected: current', [key(), typed('K7'), inspected('K7')], 'K7', { shown: true, inspectable: true, current: true }],
    ['the field changed since: not current (no fix over it)', [key(), typed('K7'), inspected('K7')], '', { shown: false, inspectable: false, current: false }],
    ['emptied, but Undo is still there: shown', [inspected('IOE0123456789'), fixed('IOE0123456789', '')], '', { shown: true, inspectable: false, current: false }],
    ['Caps Lock alone: shown and inspected', [key(false, true)], '', { shown: true, inspectable: true, current: false }],
    ['composing: shown state kept, nothing inspected', [key(), typed('K'), inspected('K'), { type: 'input', value: 'K\uff17', inputType: 'insertCompositionText', composing: true, autofill: false }], 'K', { shown: true, inspectable: false, current: false }],
    ['waiting for a pause: not inspected', [paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`)], `${long}x`, { shown: true, inspectable: false, current: false }],
  ];
  it.each(rows)('%s', (_, events, value, expected) => {
    const state = run(events);
    expect({ shown: isShown(state, value), inspectable: isInspectable(state, value), current: isCurrent(state, value) }).toEqual(expected);
  });
});

describe('typingState', () => {
  it.each([
    ['no limit, nothing pasted, still typing', [key(), typed('K')], -1, { capsLock: false, complete: false }],
    ['a limit and a paste', [paste('K7XH4MW9PT3RD'), input('K7XH4MW9PT3R', 'insertFromPaste'), { type: 'blur' }], 12, { capsLock: false, complete: true, maxLength: 12, pasted: 'K7XH4MW9PT3RD' }],
    ['Caps Lock while typing', [key(false, true), key(true, true), typed('K')], 12, { capsLock: true, complete: false, maxLength: 12 }],
  ] as Array<[string, PanelEvent[], number, object]>)('%s', (_, events, maxLength, expected) => {
    expect(typingState(run(events), maxLength)).toEqual(expected);
  });
});
