import { describe, expect, it } from 'vitest';
import type { FindingKind, Inspection } from '@/src/inspector/types';
import {
  initialPanelState, isCurrent, isInspectable, isShown, panelMode, panelState, panelView, typingState,
  type FixKey, type PanelEffect, type PanelEvent, type PanelState,
} from '@/src/page/panelState';

// The panel's reducer, as tables of event sequences (what helpField sends)
// with hand-written expected states and effects.

/** The state after the events, and the effects of the last one. */
function run(events: PanelEvent[], from: PanelState = initialPanelState): [PanelState, PanelEffect[]] {
  let state = from;
  let effects: PanelEffect[] = [];
  for (const event of events) [state, effects] = panelState(state, event);
  return [state, effects];
}
const stateAfter = (events: PanelEvent[]) => run(events)[0];

// An inspection with these finding kinds (each fixable when listed in `fixable`).
const inspection = (kinds: FindingKind[], fixable: FindingKind[] = []): Inspection =>
  ({ text: '', field: 'access-code', findings: kinds.map((kind) => ({ kind, severity: 'problem', chars: [], count: 0, fixable: fixable.includes(kind) })), fixable }) as unknown as Inspection;

// Events as helpField sends them.
const start = (value = '', focused = true): PanelEvent => ({ type: 'start', value, autofill: false, focused, masked: false });
const key = (edits = true, capsLock = false): PanelEvent => ({ type: 'key', capsLock, edits });
const typed = (value: string, inputType = 'insertText'): PanelEvent => ({ type: 'input', value, inputType, composing: false, autofill: false });
const input = (value: string, inputType = ''): PanelEvent => ({ type: 'input', value, inputType, composing: false, autofill: false });
const ours = (value: string): PanelEvent => ({ type: 'input', value, inputType: '', composing: false, autofill: false, ours: true });
const paste = (text: string): PanelEvent => ({ type: 'paste', text });
const check = (value: string, autofill = false): PanelEvent => ({ type: 'check', value, autofill });
const loaded: PanelEvent = { type: 'loaded' };
const inspected = (text: string, kinds: FindingKind[] = [], fixes: Partial<Record<FixKey, string>> = {}, move: PanelState['move'] = null): PanelEvent =>
  ({ type: 'inspected', text, inspection: inspection(kinds, Object.keys(fixes).filter((k) => k !== 'all') as FindingKind[]), summary: `summary of ${text}`, fixes, move });
const fix = (fixKey: FixKey, value: string): PanelEvent => ({ type: 'fix', key: fixKey, value });
const undo = (value: string, other: string | null = null): PanelEvent => ({ type: 'undo', value, other });
const wrote = (now: string, other?: string): PanelEvent => ({ type: 'wrote', now, ...(other !== undefined ? { other } : {}) });

// A field being typed in, the inspector here, ' K7' inspected with a fix for its space.
const ready = [start(), loaded, key(), typed(' K7'), inspected(' K7', ['leading-space'], { 'leading-space': 'K7', all: 'K7' })];

const long = 'K7XH4MW9PT3R '.repeat(1000); // 13,000 characters: a page of pasted text

// Each row: what happened, in order, and the parts of the state that matter (written by hand).
const states: Array<[string, PanelEvent[], Partial<PanelState>]> = [
  // --- touched
  ['nothing happened', [], { touched: false, complete: true, inspected: null, undo: [] }],
  ['an empty field we start helping stays untouched', [start('')], { touched: false }],
  ['a value already there (Back, re-render) is touched and complete', [start('K7XH', false)], { touched: true, complete: true, autofilled: false, value: 'K7XH' }],
  ['a value already there marked :autofill is autofilled', [{ type: 'start', value: 'K7XH', autofill: true, focused: false, masked: false }], { touched: true, autofilled: true }],
  ['a typed key: touched, not complete', [key(), typed('K')], { touched: true, typedHere: true, complete: false, autofilled: false, keyPending: false }],
  // --- typing state
  ['blur makes it complete', [key(), typed('K'), { type: 'blur' }], { complete: true }],
  ['submit makes it complete', [key(), typed('K'), { type: 'submit' }], { complete: true }],
  ['typing again after blur: not complete', [key(), typed('K'), { type: 'blur' }, key(), typed('K7')], { complete: false }],
  ['a paste keeps its text for the inspector', [paste('\u00a0K7XH4MW9PT3R'), input('\u00a0K7XH4MW9PT3', 'insertFromPaste')], { pasted: '\u00a0K7XH4MW9PT3R', pasting: undefined, typedHere: true, autofilled: false }],
  ['a key typed after a paste drops the pasted text', [paste('K7'), input('K7', 'insertFromPaste'), key(), typed('K7X')], { pasted: undefined }],
  ['a key the full box refused is heard as what did not fit', [key(), typed('K7XH4MW9PT3R'), key(), { type: 'refused', text: 'K7XH4MW9PT3RD' }], { pasted: 'K7XH4MW9PT3RD', complete: false, keyPending: false }],
  ['typing on after a refused key (the person deleted one) drops it', [key(), { type: 'refused', text: 'K7XH4MW9PT3RD' }, key(), typed('K7XH4MW9PT3', 'deleteContentBackward')], { pasted: undefined }],
  ['a page\'s paste event carries no text (helpField hears only trusted pastes): nothing is said to be cut', [paste(''), input('Call now', 'insertFromPaste')], { pasted: undefined }],
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
  ['a value the browser fills in with no event at all, seen by the check', [check('K7XH4MW9PT3R', true)], { autofilled: true, touched: true }],
  ['clearing an autofilled value ends the caution', [input('K7XH4MW9PT3R'), check('')], { autofilled: false }],
  ['an input event the field finder heard before us: the value it holds is still autofill', [start('K7XH4MW9PT3R', false), input('K7XH4MW9PT3R')], { autofilled: true }],
  // --- what was inspected
  ['the inspected text is kept, with what the inspector was told', [...ready], { inspected: ' K7', inspectedWith: { capsLock: false, complete: false }, fixes: { 'leading-space': 'K7', all: 'K7' }, summary: 'summary of  K7' }],
  ['an inspection of a value that changed meanwhile is not taken', [start(), loaded, key(), typed(' K'), key(), typed(' K7'), inspected(' K', ['leading-space'])], { inspected: '', inspection: null }],
  ['the announcement waits for typing to settle', [...ready], { announcement: '' }],
  ['settled: the summary is said', [...ready, { type: 'settled' }], { announcement: 'summary of  K7' }],
  // --- undo steps and our own writes
  ['a fix: our write is under way', [...ready, fix('leading-space', ' K7')], { writing: { kind: 'fix', before: ' K7', wrote: 'K7', pasteDone: false } }],
  ['the echo of our write changes nothing', [...ready, fix('leading-space', ' K7'), ours('K7')], { value: ' K7', undo: [] }],
  ['the write done: one undo step', [...ready, fix('leading-space', ' K7'), ours('K7'), wrote('K7')], { value: 'K7', writing: null, undo: [{ before: ' K7', pasted: undefined, other: undefined }], note: null }],
  ['a fix of a paste keeps the paste it undoes', [start(), loaded, paste(' K7 '), input(' K7 ', 'insertFromPaste'), inspected(' K7 ', ['leading-space'], { 'leading-space': 'K7 ' }), fix('leading-space', ' K7 '), wrote('K7 ')], { undo: [{ before: ' K7 ', pasted: ' K7 ', other: undefined }], pasted: ' K7 ' }],
  ['the cut-off fix puts the paste in whole: nothing cut any more', [start(), loaded, paste('\u00a0K7XH4MW9PT3R'), input('\u00a0K7XH4MW9PT3', 'insertFromPaste'), inspected('\u00a0K7XH4MW9PT3', ['cut-off'], { 'cut-off': 'K7XH4MW9PT3R' }), fix('cut-off', '\u00a0K7XH4MW9PT3'), wrote('K7XH4MW9PT3R')], { pasted: undefined }],
  ['"Fix all" with the cut-off among its fixes puts the paste in whole too', [start(), loaded, paste('\u00a0K7XH4MW9PT3R'), input('\u00a0K7XH4MW9PT3', 'insertFromPaste'), inspected('\u00a0K7XH4MW9PT3', ['cut-off', 'leading-space'], { 'cut-off': '\u00a0K7XH4MW9PT3R', 'leading-space': 'K7XH4MW9PT3', all: 'K7XH4MW9PT3R' }), fix('all', '\u00a0K7XH4MW9PT3'), wrote('K7XH4MW9PT3R')], { pasted: undefined }],
  ['undo brings the value back, and the paste it came from', [start(), loaded, paste(' K7 '), input(' K7 ', 'insertFromPaste'), inspected(' K7 ', ['leading-space'], { 'leading-space': 'K7 ' }), fix('leading-space', ' K7 '), wrote('K7 '), inspected('K7 ', ['trailing-space'], { 'trailing-space': 'K7' }), undo('K7 '), wrote(' K7 ')], { undo: [], pasted: ' K7 ', value: ' K7 ' }],
  ['typing drops every undo step (undo would overwrite it)', [...ready, fix('leading-space', ' K7'), wrote('K7'), key(), typed('K7X')], { undo: [] }],
  ['a component\'s echo (an input event that changes nothing) is not typing: Undo stays', [...ready, fix('leading-space', ' K7'), wrote('K7'), input('K7', 'insertText')], { undo: [{ before: ' K7', pasted: undefined, other: undefined }] }],
  ['a write that did not take: no step, and the panel says so', [...ready, fix('leading-space', ' K7'), wrote(' K7')], { undo: [], note: 'not-taken', value: ' K7' }],
  ['a write the page changed (took in part): Undo of what did take, and the panel says so', [...ready, fix('leading-space', ' K7'), wrote('K-7')], { undo: [{ before: ' K7', pasted: undefined, other: undefined }], note: 'partly-taken', value: 'K-7' }],
  ['an undo the page changed: no step left to undo, and the panel says so without offering Undo', [...ready, fix('leading-space', ' K7'), wrote('K7'), inspected('K7'), undo('K7'), wrote('K-7')], { undo: [], note: 'partly-undone', value: 'K-7' }],
  ['the page changed the value since: the note goes with the undo', [...ready, fix('leading-space', ' K7'), wrote('K-7'), check('')], { undo: [], note: null }],
  ['a fix pressed over a value that changed since writes nothing: it is looked at again', [...ready, fix('leading-space', '')], { writing: null, value: '', undo: [] }],
  ['a fix not offered writes nothing', [...ready, fix('invisible', ' K7')], { writing: null }],
  ['a move writes both boxes and keeps the other box for Undo', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: '' }, wrote('', 'IOE0123456789')], { value: '', undo: [{ before: 'IOE0123456789', pasted: undefined, other: { before: '', wrote: 'IOE0123456789' } }], focusMoved: true }],
  ['no move over another box the person filled meanwhile', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: 'X' }], { writing: null, undo: [] }],
  ['an undo of a move whose other box changed since is dropped, writing nothing', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: '' }, wrote('', 'IOE0123456789'), inspected(''), undo('', 'IOE012345678')], { writing: null, undo: [] }],
  // --- never stale
  ['the page cleared the field: no undo, no pasted text', [...ready, fix('leading-space', ' K7'), wrote('K7'), check('')], { undo: [], pasted: undefined, value: '' }],
  ['the page set a value in an untouched field: touched', [check('K7XH')], { touched: true }],
  ['a check during our write is not the page\'s change', [...ready, fix('leading-space', ' K7'), check('K7')], { value: ' K7' }],
  ['another panel of ours wrote here (a move): the page\'s value, not typing', [...ready, ours('IOE0123456789')], { value: 'IOE0123456789', typedHere: true, undo: [], autofilled: false }],
  // --- the long-value rule
  ['a pasted page of text is inspected at once', [paste(long), input(long, 'insertFromPaste')], { waiting: false }],
  ['a key typed into it waits for a pause', [paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`)], { waiting: true }],
  ['the pause is over', [paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`), { type: 'pause' }], { waiting: false }],
  ['deleting it all is inspected at once', [paste(long), input(long, 'insertFromPaste'), key(), typed('', 'deleteContentBackward')], { waiting: false, value: '' }],
  ['no fix is kept for a page of pasted text', [start(), loaded, paste(long), input(long, 'insertFromPaste'), inspected(long, ['inner-space'], { 'inner-space': 'x' })], { fixes: {} }],
  // --- expanded, closed, focus
  ['Details opens and closes', [...ready, { type: 'toggle' }], { expanded: true }],
  ['closing folds the details too', [...ready, { type: 'toggle' }, { type: 'close' }], { closed: true, expanded: false }],
  ['closed until the next input', [...ready, { type: 'close' }, key(), typed(' K7X')], { closed: false }],
  ['the marker, clicked: whole again', [...ready, { type: 'focus', inside: false }, { type: 'reopen' }], { reopened: true }],
  ['returning to the field and leaving again: aside again', [...ready, { type: 'focus', inside: false }, { type: 'reopen' }, { type: 'focus', inside: true }, { type: 'focus', inside: false }], { reopened: false }],
  ['after a move, the focus we put in the other box keeps the panel whole, with its Undo', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: '' }, wrote('', 'IOE0123456789'), { type: 'focus', inside: false }], { reopened: true, focusMoved: false }],
];

describe('panelState', () => {
  it.each(states)('%s', (_, events, expected) => {
    expect(stateAfter(events)).toMatchObject(expected);
  });
});

// Each row: the events, and the effects the last one asks for (written by hand).
const effects: Array<[string, PanelEvent[], PanelEffect[]]> = [
  ['an empty field: nothing to do', [start('', false)], []],
  ['focus loads the panel before the first key', [start('', false), { type: 'focus', inside: true }], [{ type: 'load' }]],
  ['so does a field focused when we start helping it', [start('', true)], [{ type: 'load' }]],
  ['the pointer resting on the field loads it too', [start('', false), { type: 'hover' }], [{ type: 'load' }]],
  ['loaded once: not again', [start('', false), { type: 'hover' }, { type: 'focus', inside: true }], []],
  ['a key typed while loading: nothing yet', [start(), key(), typed(' K')], []],
  ['loaded: what the field holds by then is inspected', [start(), key(), typed(' K7'), loaded], [{ type: 'inspect', options: { capsLock: false, complete: false }, autofilled: false }]],
  ['a value already there, never focused: loaded for it', [start('K7XH', false)], [{ type: 'load' }]],
  ['inspected: drawn, the stale check started, the announcement timed', [...ready], [{ type: 'render' }, { type: 'watch', every: 50 }, { type: 'later', timer: 'announce', ms: 900, event: { type: 'settled' } }]],
  ['each key: inspected again', [...ready, key(), typed(' K7X')], [{ type: 'inspect', options: { capsLock: false, complete: false }, autofilled: false }]],
  ['the field emptied: nothing shown, the stale check stopped', [...ready, key(), typed('', 'deleteContentBackward')], [{ type: 'render' }, { type: 'watch', every: 0 }, { type: 'later', timer: 'announce', ms: 900, event: { type: 'settled' } }]],
  ['a fix: the write, then the caret back in the field', [...ready, fix('leading-space', ' K7')], [{ type: 'write', value: 'K7' }, { type: 'focus', on: 'field' }]],
  ['the write done: the new value inspected', [...ready, fix('leading-space', ' K7'), wrote('K7')], [{ type: 'inspect', options: { capsLock: false, complete: false }, autofilled: false }]],
  ['undo: the old value written back', [...ready, fix('leading-space', ' K7'), wrote('K7'), inspected('K7'), undo('K7')], [{ type: 'write', value: ' K7' }, { type: 'focus', on: 'field' }]],
  ['a move: both boxes written, the caret in the other box', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: '' }], [{ type: 'write', value: '', other: 'IOE0123456789' }, { type: 'focus', on: 'other' }]],
  ['the undo of a move: both boxes written back', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: '' }, wrote('', 'IOE0123456789'), inspected(''), undo('', 'IOE0123456789')], [{ type: 'write', value: 'IOE0123456789', other: '' }, { type: 'focus', on: 'field' }]],
  ['a key typed into a page of pasted text: the pause timer', [start(), loaded, paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`)], [{ type: 'later', timer: 'pause', ms: 150, event: { type: 'pause' } }]],
  ['a page of pasted text is checked for staleness less often', [start(), loaded, paste(long), input(long, 'insertFromPaste'), inspected(long, ['inner-space'])], [{ type: 'render' }, { type: 'watch', every: 200 }, { type: 'later', timer: 'announce', ms: 900, event: { type: 'settled' } }]],
  ['settled with nothing new to say: nothing redrawn', [...ready, { type: 'settled' }, { type: 'settled' }], []],
  ['focus moving on: drawn again (aside)', [...ready, { type: 'focus', inside: false }], [{ type: 'render' }]],
  ['an echo of our write: nothing', [...ready, fix('leading-space', ' K7'), ours('K7')], []],
];

describe('panelState effects', () => {
  it.each(effects)('%s', (_, events, expected) => {
    expect(run(events)[1]).toEqual(expected);
  });
});

describe('panelMode', () => {
  // Each row: the events, and how the panel shows.
  const rows: Array<[string, PanelEvent[], ReturnType<typeof panelMode>]> = [
    ['nothing inspected yet: hidden', [start()], 'hidden'],
    ['findings while in the field: whole', [...ready], 'full'],
    ['findings once the person moved on: aside (whole only where it covers nothing, else a marker)', [...ready, { type: 'focus', inside: false }], 'aside'],
    ['"looks fine" once the person moved on: hidden', [start(), loaded, key(), typed('K7'), inspected('K7'), { type: 'focus', inside: false }], 'hidden'],
    ['Undo once the person moved on: aside', [...ready, fix('leading-space', ' K7'), wrote('K7'), inspected('K7'), { type: 'focus', inside: false }], 'aside'],
    ['closed: hidden', [...ready, { type: 'close' }], 'hidden'],
    ['the marker clicked: whole', [...ready, { type: 'focus', inside: false }, { type: 'reopen' }], 'full'],
    ['a value already there, never focused: aside', [start('K7XH4MW9PT3R', false), loaded, inspected('K7XH4MW9PT3R', ['autofilled'])], 'aside'],
  ];
  it.each(rows)('%s', (_, events, expected) => {
    expect(panelMode(stateAfter(events))).toBe(expected);
  });
});

describe('panelView', () => {
  it('is data only: what the frame draws', () => {
    const view = panelView(stateAfter([...ready, { type: 'settled' }, { type: 'toggle' }]));
    expect(view).toEqual({
      mode: 'full',
      inspection: inspection(['leading-space'], ['leading-space']),
      announcement: 'summary of  K7',
      fixes: ['leading-space', 'all'],
      undo: false,
      move: null,
      expanded: true,
      masked: false,
      note: null,
    });
  });
  it('shows what "Fix all" gives when it does more than one thing', () => {
    const view = panelView(stateAfter([start(), loaded, key(), typed(' K7 '), inspected(' K7 ', ['leading-space', 'trailing-space'], { 'leading-space': 'K7 ', 'trailing-space': ' K7', all: 'K7' })]));
    expect(view.preview).toBe('K7');
  });
});

describe('isShown, isInspectable, isCurrent', () => {
  // Each row: state after the events, the value a press reads, and the three answers.
  const rows: Array<[string, PanelEvent[], string, { shown: boolean; inspectable: boolean; current: boolean }]> = [
    ['untouched and empty: nothing', [], '', { shown: false, inspectable: false, current: false }],
    ['typed: shown, inspected, not yet current', [key(), typed('K7')], 'K7', { shown: true, inspectable: true, current: false }],
    ['typed and inspected: current', [...ready], ' K7', { shown: true, inspectable: true, current: true }],
    ['a press reads another value: not current (no fix over it)', [...ready], '', { shown: true, inspectable: true, current: false }],
    ['emptied by a move, Undo still there: shown', [start(), loaded, key(), typed('IOE0123456789'), inspected('IOE0123456789', ['looks-like-receipt-number'], {}, 'receipt-number'), { type: 'move', value: 'IOE0123456789', other: '' }, wrote('', 'IOE0123456789')], '', { shown: true, inspectable: false, current: true }],
    ['emptied by the page: Undo gone, nothing shown (the empty value is what was looked at)', [...ready, fix('leading-space', ' K7'), wrote('K7'), check('')], '', { shown: false, inspectable: false, current: true }],
    ['Caps Lock alone: shown and inspected', [key(false, true)], '', { shown: true, inspectable: true, current: false }],
    ['composing: nothing inspected', [...ready, { type: 'input', value: ' K\uff17', inputType: 'insertCompositionText', composing: true, autofill: false }], ' K7', { shown: true, inspectable: false, current: false }],
    ['waiting for a pause: not inspected', [paste(long), input(long, 'insertFromPaste'), key(), typed(`${long}x`)], `${long}x`, { shown: true, inspectable: false, current: false }],
    ['our write under way: not current', [...ready, fix('leading-space', ' K7')], ' K7', { shown: true, inspectable: true, current: false }],
  ];
  it.each(rows)('%s', (_, events, value, expected) => {
    const state = stateAfter(events);
    expect({ shown: isShown(state), inspectable: isInspectable(state), current: isCurrent(state, value) }).toEqual(expected);
  });
});

describe('typingState', () => {
  it.each([
    ['nothing pasted, still typing', [key(), typed('K')], { capsLock: false, complete: false }],
    ['a paste, then blur', [paste('K7XH4MW9PT3RD'), input('K7XH4MW9PT3R', 'insertFromPaste'), { type: 'blur' }], { capsLock: false, complete: true, pasted: 'K7XH4MW9PT3RD' }],
    ['Caps Lock while typing', [key(false, true), key(true, true), typed('K')], { capsLock: true, complete: false }],
  ] as Array<[string, PanelEvent[], object]>)('%s', (_, events, expected) => {
    expect(typingState(stateAfter(events))).toEqual(expected);
  });
});
