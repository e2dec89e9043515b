import type { FieldKind, FindingKind, Inspection } from '@/src/inspector/types';
import { LONG_VALUE } from '@/src/cause/recordInputFacts';
import { PERSON_INPUT_TYPES } from '@/src/cause/types';

// The one owner of a panel's model: what was inspected and for which value,
// the announcement, expanded or closed, the move offer, the undo steps,
// staleness and the typing state. `panelState(state, event)` is pure: it
// returns the next state and the effects to run (load, inspect, render,
// write, focus, timers). helpField only turns DOM events into PanelEvents
// and runs the effects; the view (Panel, in the panel's own frame) draws
// `panelView(state)` and keeps nothing. Our own writes are told from the
// person's in one place: `writing` is set while a write of ours runs, and
// every input event heard meanwhile is its echo.

/** A value longer than this (no code is) is a page of pasted text: keys typed into it wait for a pause, and no fix is offered. */
/** Screen readers hear one summary once typing has settled, not one per key. */
export const ANNOUNCE_AFTER_MS = 900;
/** Keys typed into a page of pasted text are inspected after this pause. */
export const LONG_VALUE_PAUSE_MS = 150;
/**
 * While a panel shows, a value the page changed without an input event (a
 * Clear button, form.reset(), a reformat) is noticed within this time; a page
 * of pasted text less often (each read of the value copies it). No timer at
 * all while nothing is shown.
 */
export const STALE_CHECK_MS = 50;
export const STALE_CHECK_LONG_MS = 200;

/** A fix button's test hook: a finding's kind, or 'all' for "Fix all". */
export type FixKey = FindingKind | 'all';

/** One fix, as Undo will take it back: the value before it, and the other box's for a move. */
export interface UndoStep {
  before: string;
  /** The paste the value before came from, so the inspector sees the cut again after Undo. */
  pasted?: string;
  /** A move to the right box also wrote the other box: its value before and what we wrote there. */
  other?: { before: string; wrote: string };
}

/** What the inspector hears about the typing, besides the text (maxLength is the DOM layer's to add). */
export interface TypingState {
  capsLock: boolean;
  complete: boolean;
  maxLength?: number;
  pasted?: string;
}

/** A write of ours in progress: what it is for, so its result can be judged when it is done. */
export interface Writing {
  kind: 'fix' | 'undo';
  before: string;
  wrote: string;
  /** The fix put the cut paste in whole (or moved the value away): what the box cut no longer applies. */
  pasteDone?: boolean;
  /** A move also writes the other box. */
  other?: { before: string; wrote: string };
}

/** What the panel says about our last write: it did not take at all, or only in part (the page changed it). */
export type WriteNote = 'not-taken' | 'partly-taken' | 'partly-undone' | null;

export interface PanelState {
  /** The field's value as last heard (input, a check, a write of ours). */
  value: string;
  /** Something was typed, pasted, composed or filled in: the panel may show. */
  touched: boolean;
  /** The person typed, pasted or composed here (not the browser, not the page). */
  typedHere: boolean;
  /** A key that edits text went down since the last input event. */
  keyPending: boolean;
  /** The text of a paste whose input event has not come yet ('' when it did not fill the box from the start). */
  pasting?: string;
  /** The text of the last paste, as it was before the box cut it; kept until the person types again. */
  pasted?: string;
  capsLock: boolean;
  /** An input method is composing: nothing is inspected until it ends. */
  composing: boolean;
  /** False while the person is still typing; true after blur or submit, or for a value that was already there. */
  complete: boolean;
  /** The browser or a password manager filled the value in, and the person has not typed since. */
  autofilled: boolean;
  /** Keys typed into a long value wait for a pause before they are inspected. */
  waiting: boolean;
  /** The text the panel shows findings for; null before the first look. */
  inspected: string | null;
  /** What the inspector was told with it: a fix clicked later is computed the same way. */
  inspectedWith: TypingState;
  inspection: Inspection | null;
  /** What each offered fix writes, computed with the inspection (a code is short). */
  fixes: Partial<Record<FixKey, string>>;
  /** The value belongs in the other box, which is on the page and empty. */
  move: FieldKind | null;
  /** What the live region will say once typing settles, and what it says now. */
  summary: string;
  announcement: string;
  /** One step per fix, oldest first: Undo takes back the last one. */
  undo: readonly UndoStep[];
  writing: Writing | null;
  note: WriteNote;
  /** The focus is in the field (or a box of the split code) or in the panel. */
  focused: boolean;
  /** The marker was clicked (or we moved the value away): the whole panel shows though focus is elsewhere, until focus moves again. */
  reopened: boolean;
  /** We put the focus in the other box (a move): that focus change is ours, not the person moving on. */
  focusMoved: boolean;
  expanded: boolean;
  /** Escape or the close button: hidden until the next input. */
  closed: boolean;
  /** The field hides what is typed (a password-style box): no character is drawn. */
  masked: boolean;
  /** The inspector bundle is here / asked for. */
  loaded: boolean;
  loading: boolean;
  /** The stale check's pace (ms), 0 while none runs. */
  watching: number;
}

export type PanelEvent =
  /** We start helping a field; `value` is what it holds already (autofill, Back, a re-rendered field). */
  | { type: 'start'; value: string; autofill: boolean; focused: boolean; masked: boolean }
  /** Focus moved: `inside` when it is now in the field, a box of the split code, or the panel. */
  | { type: 'focus'; inside: boolean }
  /** The pointer rests on the field: the panel gets ready before the first key. */
  | { type: 'hover' }
  /** keydown or keyup: Caps Lock's state, and whether the key edits text (a character, Backspace, Delete). */
  | { type: 'key'; capsLock: boolean; edits: boolean }
  /** A trusted paste; `text`: what was pasted when it fills the box from the start (what maxLength may cut), else ''. */
  | { type: 'paste'; text: string }
  /** A key the full box refused: `text` is what the box would hold had it fit. */
  | { type: 'refused'; text: string }
  /** An input event; `ours` while one of our writes runs on this field (another panel's move, or our own). */
  | { type: 'input'; value: string; inputType: string; composing: boolean; autofill: boolean; trusted?: boolean; ours?: boolean }
  | { type: 'compositionend'; value: string }
  | { type: 'blur' }
  | { type: 'submit' }
  /** The page's change event: the person is done with the value. */
  | { type: 'change' }
  /** The long-value pause is over. */
  | { type: 'pause' }
  /** The field's value, read with no input event (the stale check, form.reset(), a new language). */
  | { type: 'check'; value: string; autofill: boolean }
  /** The inspector bundle arrived. */
  | { type: 'loaded' }
  /** The inspector looked at `text` (run by the 'inspect' effect). */
  | { type: 'inspected'; text: string; inspection: Inspection; summary: string; fixes: Partial<Record<FixKey, string>>; move: FieldKind | null }
  /** Typing settled: the live region says the summary. */
  | { type: 'settled' }
  /** A press on a fix button; `value` is the field's value at that moment. */
  | { type: 'fix'; key: FixKey; value: string }
  /** A press on the move button; `other` is the other box's value (null when it is gone). */
  | { type: 'move'; value: string; other: string | null }
  /** A press on Undo; `other` is the value of the box the last move wrote (null when none). */
  | { type: 'undo'; value: string; other: string | null }
  /** Our write is done: what the field (and the other box) hold after the page's own handlers ran. */
  | { type: 'wrote'; now: string; other?: string }
  | { type: 'toggle' }
  | { type: 'close' }
  /** The marker was clicked. */
  | { type: 'reopen' }
  /** The words changed (a language picked): inspect again so the summary speaks it. */
  | { type: 'redraw' };

export type PanelEffect =
  /** Load the inspector bundle and make the panel's frame ready (hidden). */
  | { type: 'load' }
  /** Inspect the field's value with these typing facts and dispatch 'inspected'. */
  | { type: 'inspect'; options: TypingState; autofilled: boolean }
  /** Draw panelView(state). */
  | { type: 'render' }
  /** Write the field (and the other box for a move or its undo), then dispatch 'wrote'. */
  | { type: 'write'; value: string; other?: string }
  /** Put the caret back in the field (or in the other box after a move). */
  | { type: 'focus'; on: 'field' | 'other' }
  /** Dispatch `event` after `ms`, replacing any earlier timer of the same name. */
  | { type: 'later'; timer: 'announce' | 'pause'; ms: number; event: PanelEvent }
  /** Read the value every `every` ms and dispatch 'check'; 0 stops. */
  | { type: 'watch'; every: number };

export const initialPanelState: PanelState = {
  value: '',
  touched: false,
  typedHere: false,
  keyPending: false,
  capsLock: false,
  composing: false,
  complete: true,
  autofilled: false,
  waiting: false,
  inspected: null,
  inspectedWith: { capsLock: false, complete: true },
  inspection: null,
  fixes: {},
  move: null,
  summary: '',
  announcement: '',
  undo: [],
  writing: null,
  note: null,
  focused: false,
  reopened: false,
  focusMoved: false,
  expanded: false,
  closed: false,
  masked: false,
  loaded: false,
  loading: false,
  watching: 0,
};

// Input types a person makes with the mouse or a menu rather than keys: not autofill.

/**
 * Whether an input event put in a value the person did not type: the
 * browser's own autofill mark, the input type browsers give a picked
 * suggestion, or a value that appeared with no key, paste or composition in
 * a field the person had not typed in.
 */
function isAutofill(state: PanelState, event: { inputType: string; autofill: boolean; trusted?: boolean }): boolean {
  if (event.autofill || event.inputType === 'insertReplacementText') return true;
  // The browser's own typing, deleting or undoing (a phone keyboard sends no usable keys).
  if (event.trusted && /^(insert|delete|history)/.test(event.inputType)) return false;
  return !state.typedHere && !state.keyPending && state.pasting === undefined && !PERSON_INPUT_TYPES.has(event.inputType);
}

/** Whether the panel has anything to show for the value: findings, the clean state, Caps Lock, or Undo. */
export function isShown(state: PanelState): boolean {
  return (state.touched && state.value !== '') || state.capsLock || state.undo.length > 0;
}

/** Whether the value is to be inspected now (shown, and not waiting for an input method or a pause). */
export function isInspectable(state: PanelState): boolean {
  return ((state.touched && state.value !== '') || state.capsLock) && !state.composing && !state.waiting;
}

/** A fix or an undo is written only over the very text the panel shows findings for. */
export function isCurrent(state: PanelState, value: string): boolean {
  return state.inspected === value && !state.composing && state.writing === null;
}

/** Fixes mend a code: a page of pasted text gets its findings only, and no whole-page rewrite is ever computed for it. */
export function offersFixes(value: string): boolean {
  return value.length <= LONG_VALUE;
}

export function typingState(state: PanelState): TypingState {
  return {
    capsLock: state.capsLock,
    complete: state.complete,
    ...(state.pasted !== undefined ? { pasted: state.pasted } : {}),
  };
}

type Result = [PanelState, PanelEffect[]];

// The stale check runs while something is on screen to keep true.
function watch(state: PanelState): Result {
  const needed = state.inspection !== null || state.undo.length > 0;
  const every = !needed ? 0 : offersFixes(state.inspected ?? '') ? STALE_CHECK_MS : STALE_CHECK_LONG_MS;
  return every === state.watching ? [state, []] : [{ ...state, watching: every }, [{ type: 'watch', every }]];
}

// Look at the value again: load the inspector first if it is not here,
// inspect it, or clear what is shown when there is nothing to inspect.
function refresh(state: PanelState): Result {
  if (!state.loaded) {
    if (!isShown(state) || state.loading) return [state, []];
    return [{ ...state, loading: true }, [{ type: 'load' }]];
  }
  if (state.composing || state.waiting || state.writing) return [state, []]; // what is shown stays until the text settles
  const options = typingState(state);
  if (isInspectable(state)) return [state, [{ type: 'inspect', options, autofilled: state.autofilled }]];
  const cleared = { ...state, inspected: state.value, inspectedWith: options, inspection: null, fixes: {}, move: null, summary: '' };
  return settle(cleared);
}

// After each look: draw, keep the stale check right, and announce once typing settles.
function settle(state: PanelState): Result {
  const [watched, effects] = watch(state);
  return [watched, [{ type: 'render' }, ...effects, { type: 'later', timer: 'announce', ms: ANNOUNCE_AFTER_MS, event: { type: 'settled' } }]];
}

// A value the page (or a script, or another panel of ours) put there: ours no more to overwrite.
function changed(state: PanelState, value: string, autofill: boolean): Result {
  return refresh({
    ...state,
    value,
    touched: state.touched || value !== '',
    pasted: undefined,
    autofilled: autofill || (state.autofilled && value !== ''),
    waiting: false,
    note: null,
    undo: [],
  });
}

// A press on a stale panel writes nothing: it is looked at again.
const stale = (state: PanelState, value: string): Result => (value === state.value ? refresh(state) : changed(state, value, false));

function write(state: PanelState, writing: Writing, effects: PanelEffect[]): Result {
  return [{ ...state, writing, note: null }, effects];
}

export function panelState(state: PanelState, event: PanelEvent): Result {
  switch (event.type) {
    case 'start': {
      // A value already there is complete: nobody is typing it now.
      const started = { ...state, value: event.value, focused: event.focused, masked: event.masked };
      const next = event.value === '' ? started : { ...started, touched: true, complete: true, autofilled: event.autofill };
      const [ready, effects] = next.focused && !next.loading ? [{ ...next, loading: true }, [{ type: 'load' } as PanelEffect]] : [next, []];
      const [after, more] = refresh(ready);
      return [after, [...effects, ...more]];
    }
    case 'focus': {
      // After a move the panel stays whole, with its Undo, in the box we moved the focus to.
      const next = { ...state, focused: event.inside, reopened: state.focusMoved && !event.inside, focusMoved: false };
      // Ready before the first key: the first focus loads the panel.
      if (event.inside && !state.loaded && !state.loading) return [{ ...next, loading: true }, [{ type: 'load' }]];
      return !state.loaded || (next.focused === state.focused && !state.reopened) ? [next, []] : [next, [{ type: 'render' }]];
    }
    case 'hover':
      return state.loaded || state.loading ? [state, []] : [{ ...state, loading: true }, [{ type: 'load' }]];
    case 'key': {
      const next = { ...state, capsLock: event.capsLock, keyPending: state.keyPending || event.edits };
      return next.capsLock !== state.capsLock ? refresh(next) : [next, []];
    }
    case 'paste':
      return [{ ...state, touched: true, pasting: event.text }, []];
    case 'refused':
      // No input event comes: the inspector hears what did not fit as it hears a cut paste.
      return refresh({ ...state, touched: true, typedHere: true, keyPending: false, pasted: event.text, complete: false, autofilled: false, undo: [], note: null, closed: false });
    case 'input': {
      // The echo of our own write: its result is judged by 'wrote'.
      if (event.ours && state.writing) return [state, []];
      // Another panel of ours wrote here (a move): not the person's typing, not autofill.
      if (event.ours) return changed(state, event.value, false);
      if (event.composing) return [{ ...state, composing: true }, []];
      // A component that sets the value it already holds (its own echo of our
      // write, or a re-render) is not typing: the fix's Undo stays.
      if (event.value === state.value && state.pasting === undefined && state.undo.length > 0) return [{ ...state, keyPending: false }, []];
      const autofilled = isAutofill(state, event);
      const fromPaste = state.pasting !== undefined;
      const long = state.value.length > LONG_VALUE && event.value.length > LONG_VALUE && !fromPaste;
      const next: PanelState = {
        ...state,
        value: event.value,
        touched: true,
        typedHere: state.typedHere || !autofilled,
        keyPending: false,
        pasting: undefined,
        // The paste's text stays with the value it made; typing over it starts afresh.
        pasted: fromPaste ? state.pasting || undefined : autofilled ? state.pasted : undefined,
        composing: false,
        complete: autofilled,
        autofilled,
        // A pasted page of text is inspected at once; keys typed into one wait for a pause.
        waiting: long,
        // The value is the person's (or the browser's) now: undoing a fix would overwrite it.
        undo: [],
        note: null,
        closed: false,
      };
      if (long) return [next, [{ type: 'later', timer: 'pause', ms: LONG_VALUE_PAUSE_MS, event: { type: 'pause' } }]];
      return refresh(next);
    }
    case 'compositionend':
      return refresh({ ...state, value: event.value, touched: true, typedHere: true, composing: false, complete: false, autofilled: false, undo: [], note: null, closed: false });
    case 'blur': {
      // Caps Lock only matters while typing here.
      const next = { ...state, capsLock: false, keyPending: false, complete: true };
      return next.capsLock !== state.capsLock || next.complete !== state.complete ? refresh(next) : [next, []];
    }
    case 'submit':
    case 'change':
      // Done with the value: an unfinished receipt number is now too short.
      return state.complete || state.writing ? [state, []] : refresh({ ...state, complete: true });
    case 'pause':
      return refresh({ ...state, waiting: false });
    case 'check':
      if (state.writing || state.composing || event.value === state.value) return [state, []];
      return changed(state, event.value, event.autofill);
    case 'loaded':
      return refresh({ ...state, loaded: true, loading: false });
    case 'inspected':
      // Only a look at the value as it is now counts (the inspector ran on what the field held).
      if (event.text !== state.value) return [state, []];
      return settle({
        ...state,
        inspected: event.text,
        inspectedWith: typingState(state),
        inspection: event.inspection,
        fixes: offersFixes(event.text) ? event.fixes : {},
        move: event.move,
        summary: event.summary,
      });
    case 'settled':
      return state.summary === state.announcement ? [state, []] : [{ ...state, announcement: state.summary }, [{ type: 'render' }]];
    case 'fix': {
      const wrote = state.fixes[event.key];
      if (!isCurrent(state, event.value)) return stale(state, event.value);
      if (wrote === undefined) return [state, []];
      const cut = event.key === 'cut-off' || (event.key === 'all' && (state.inspection?.fixable.includes('cut-off') ?? false));
      return write(state, { kind: 'fix', before: event.value, wrote, pasteDone: cut }, [{ type: 'write', value: wrote }, { type: 'focus', on: 'field' }]);
    }
    case 'move':
      if (!isCurrent(state, event.value) || state.move === null) return stale(state, event.value);
      if (event.other !== '') return refresh(state); // the other box was filled meanwhile: no move over it
      return write({ ...state, focusMoved: true }, { kind: 'fix', before: event.value, wrote: '', pasteDone: true, other: { before: '', wrote: event.value } }, [
        { type: 'write', value: '', other: event.value },
        { type: 'focus', on: 'other' },
      ]);
    case 'undo': {
      const step = state.undo.at(-1);
      if (!step) return [state, []];
      if (!isCurrent(state, event.value)) return stale(state, event.value);
      // The person typed in the other box since the move: nothing of theirs is overwritten.
      if (step.other && event.other !== step.other.wrote) return refresh({ ...state, undo: state.undo.slice(0, -1) });
      return write(state, { kind: 'undo', before: event.value, wrote: step.before }, [
        { type: 'write', value: step.before, ...(step.other ? { other: step.other.before } : {}) },
        { type: 'focus', on: 'field' },
      ]);
    }
    case 'wrote': {
      const w = state.writing;
      if (!w) return [state, []];
      const taken = event.now === w.wrote;
      const base = { ...state, value: event.now, writing: null, touched: true, waiting: false };
      if (w.kind === 'undo') {
        // Undone: the step goes, and the paste it came from is back for the inspector.
        // An Undo the page changed leaves a value no step was made from: no more Undo, and the panel says so.
        const step = state.undo.at(-1);
        return refresh({ ...base, pasted: taken ? step?.pasted : undefined, undo: taken ? state.undo.slice(0, -1) : [], note: taken ? null : 'partly-undone' });
      }
      // Nothing took (a component that refuses writes): nothing to undo, and the panel says so.
      if (event.now === w.before) return refresh({ ...base, note: 'not-taken' });
      const step: UndoStep = { before: w.before, pasted: state.pasted, other: w.other && event.other !== undefined ? { before: w.other.before, wrote: event.other } : w.other };
      return refresh({
        ...base,
        // Until the cut paste itself is put in whole, the field still lacks what the box cut.
        pasted: w.pasteDone ? undefined : state.pasted,
        // What did take can be undone; a page that changed it is said to have taken part of it.
        undo: [...state.undo, step],
        note: taken ? null : 'partly-taken',
      });
    }
    case 'toggle':
      return [{ ...state, expanded: !state.expanded }, [{ type: 'render' }]];
    case 'close':
      return [{ ...state, closed: true, expanded: false }, [{ type: 'render' }]];
    case 'reopen':
      return [{ ...state, reopened: true, closed: false }, [{ type: 'render' }]];
    case 'redraw':
      return state.inspected === null ? [state, []] : refresh(state);
  }
}

/**
 * How the panel shows: not at all; whole beside the field; or, once the
 * person has moved on, `aside`: whole only where it covers nothing of the
 * page's own, else as a small marker at the field's edge (the placement
 * decides, see followField.ts); `marker` is what the frame is told to draw then.
 */
export type PanelMode = 'hidden' | 'full' | 'aside' | 'marker';

/**
 * Whole while the person is in the field or the panel; once they move on,
 * aside for findings or Undo (never over the page's own words), nothing for
 * "looks fine". Closed until the next input.
 */
export function panelMode(state: PanelState): PanelMode {
  const findings = (state.inspection?.findings.length ?? 0) > 0;
  const undo = state.undo.length > 0;
  if (state.closed || (state.inspection === null && !undo)) return 'hidden';
  if (state.focused || state.reopened) return 'full';
  return findings || undo || state.note ? 'aside' : 'hidden';
}

/** What the panel's view draws: data only, sent to the panel's frame. */
export interface PanelView {
  mode: PanelMode;
  inspection: Inspection | null;
  announcement: string;
  /** The fixes offered (their test hooks); none for a page of pasted text. */
  fixes: FixKey[];
  /** What "Fix all" gives, shown beside it in the details. */
  preview?: string;
  undo: boolean;
  move: FieldKind | null;
  expanded: boolean;
  masked: boolean;
  note: WriteNote;
}

export function panelView(state: PanelState): PanelView {
  const fixes = Object.keys(state.fixes) as FixKey[];
  return {
    mode: panelMode(state),
    inspection: state.inspection,
    announcement: state.announcement,
    fixes,
    // "Fix all" is shown with what it gives when it does more than one thing.
    ...(state.fixes.all !== undefined && (state.inspection?.fixable.length ?? 0) > 1 ? { preview: state.fixes.all } : {}),
    undo: state.undo.length > 0,
    move: state.move,
    expanded: state.expanded,
    masked: state.masked,
    note: state.note,
  };
}
