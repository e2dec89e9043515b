// What the panel of one watched code knows, as a pure function of what
// happened in the field: helpField turns DOM events into PanelEvents and
// draws what panelState gives back. Nothing here touches the DOM, so every
// rule (when to show, what Undo restores, when a value is stale, what counts
// as autofill) is tested as a table of event sequences.

/** A value longer than this (no code is) is a page of pasted text: keys typed into it wait for a pause, and no fix is offered. */
export const LONG_VALUE = 10_000;

/** One fix, as Undo will take it back: the value before it, and the other box's for a move. */
export interface UndoStep {
  before: string;
  /** The paste the value before came from, so the inspector sees the cut again after Undo. */
  pasted?: string;
  /** A move to the right box also wrote the other box: its value before and what we wrote there. */
  other?: { before: string; wrote: string };
}

export interface PanelState {
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
  /** The length of the value at the last event, for the long-value rule. */
  length: number;
  /** The text the panel shows findings for; null before the first look. */
  inspected: string | null;
  /** What the inspector was told with it: a fix clicked later is computed the same way. */
  inspectedWith: TypingState;
  /** One step per fix, oldest first: Undo takes back the last one. */
  undo: readonly UndoStep[];
}

export type PanelEvent =
  /** We start helping a field; `value` is what it holds already (autofill, Back, a re-rendered field). */
  | { type: 'start'; value: string; autofill: boolean }
  /** keydown or keyup: Caps Lock's state, and whether the key edits text (a character, Backspace, Delete). */
  | { type: 'key'; capsLock: boolean; edits: boolean }
  /** `text`: what was pasted when it fills the box from the start (what maxLength may cut), else ''. */
  | { type: 'paste'; text: string }
  /** A key the full box refused: `text` is what the box would hold had it fit. */
  | { type: 'refused'; text: string }
  /** An input event the page or the person caused (never one of our own writes). */
  | { type: 'input'; value: string; inputType: string; composing: boolean; autofill: boolean; trusted?: boolean }
  | { type: 'compositionend'; value: string }
  | { type: 'blur' }
  | { type: 'submit' }
  /** The page's change event: the person is done with the value. */
  | { type: 'change' }
  /** The long-value pause is over. */
  | { type: 'pause' }
  /** The value changed with no input event (a Clear button, form.reset(), a reformat, a script). */
  | { type: 'changed'; value: string; autofill: boolean }
  /** The panel now shows findings for `text`. */
  | { type: 'inspected'; text: string; options: TypingState }
  /**
   * We wrote a fix: what was there, what we wrote, what the field holds after
   * the page's own handlers ran; `pasteDone` when the fix put the cut paste in
   * whole (or moved the value away), so what the box cut no longer applies;
   * `partly` when some boxes of a group took their share and others refused
   * (writeVerdict): Undo puts back what took.
   */
  | { type: 'fixed'; before: string; wrote: string; now: string; pasteDone?: boolean; other?: { before: string; wrote: string }; partly?: boolean }
  /** We wrote the last step's value back; `now` is what the field holds after the page's handlers ran. */
  | { type: 'undone'; wrote: string; now: string }
  /** The last undo step could not be taken back (the other box changed meanwhile): it is dropped. */
  | { type: 'undo-dropped' };

export const initialPanelState: PanelState = {
  touched: false,
  typedHere: false,
  keyPending: false,
  capsLock: false,
  composing: false,
  complete: true,
  autofilled: false,
  waiting: false,
  length: 0,
  inspected: null,
  inspectedWith: { capsLock: false, complete: true },
  undo: [],
};

// Input types a person makes with the mouse or a menu rather than keys: not autofill.
const PERSON_INPUT = new Set(['insertFromPaste', 'insertFromDrop', 'insertFromPasteAsQuotation', 'historyUndo', 'historyRedo', 'deleteByCut', 'deleteByDrag', 'insertCompositionText']);

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
  return !state.typedHere && !state.keyPending && state.pasting === undefined && !PERSON_INPUT.has(event.inputType);
}

/**
 * A component's echo: an input event a page script fired (not the browser)
 * that leaves the value as the panel shows it. input-otp fires one 0, 10 and
 * 50 ms after every change; it is no typing, and must not end a fix's Undo.
 */
function isEcho(state: PanelState, event: { value: string; trusted?: boolean; composing: boolean }): boolean {
  return event.trusted === false && !event.composing && event.value === state.inspected;
}

export function panelState(state: PanelState, event: PanelEvent): PanelState {
  switch (event.type) {
    case 'start':
      // A value already there is complete: nobody is typing it now.
      return event.value === '' ? state : { ...state, touched: true, complete: true, autofilled: event.autofill, length: event.value.length };
    case 'key':
      return { ...state, capsLock: event.capsLock, keyPending: state.keyPending || event.edits };
    case 'paste':
      return { ...state, touched: true, pasting: event.text };
    case 'refused':
      // No input event comes: the inspector hears what did not fit as it hears a cut paste.
      return { ...state, touched: true, typedHere: true, keyPending: false, pasted: event.text, complete: false, autofilled: false, undo: [] };
    case 'input': {
      if (isEcho(state, event)) return state;
      if (event.composing) return { ...state, composing: true };
      const autofilled = isAutofill(state, event);
      const fromPaste = state.pasting !== undefined;
      return {
        ...state,
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
        waiting: state.length > LONG_VALUE && event.value.length > LONG_VALUE && !fromPaste,
        length: event.value.length,
        // The value is the person's (or the browser's) now: undoing a fix would overwrite it.
        undo: [],
      };
    }
    case 'compositionend':
      return { ...state, touched: true, typedHere: true, composing: false, complete: false, autofilled: false, undo: [], length: event.value.length };
    case 'blur':
      // Caps Lock only matters while typing here.
      return { ...state, capsLock: false, keyPending: false, complete: true };
    case 'submit':
    case 'change':
      return { ...state, complete: true };
    case 'pause':
      return { ...state, waiting: false };
    case 'changed':
      // The page owns this value now: no fix or undo of ours may overwrite it.
      return {
        ...state,
        touched: state.touched || event.value !== '',
        pasted: undefined,
        autofilled: event.autofill || (state.autofilled && event.value !== ''),
        waiting: false,
        length: event.value.length,
        undo: [],
      };
    case 'inspected':
      return { ...state, inspected: event.text, inspectedWith: event.options };
    case 'fixed':
      return {
        ...state,
        touched: true,
        // Until the cut paste itself is put in whole, the field still lacks what the box cut.
        pasted: event.pasteDone ? undefined : state.pasted,
        waiting: false,
        length: event.now.length,
        // A page that reformats what we wrote owns the result: no Undo over it.
        // A group whose boxes partly took keeps Undo of what did take.
        undo: event.now === event.wrote || event.partly ? [...state.undo, { before: event.before, pasted: state.pasted, other: event.other }] : [],
      };
    case 'undone': {
      const kept = event.now === event.wrote;
      return {
        ...state,
        length: event.now.length,
        pasted: kept ? state.undo.at(-1)?.pasted : undefined,
        undo: kept ? state.undo.slice(0, -1) : [],
      };
    }
    case 'undo-dropped':
      return { ...state, undo: state.undo.slice(0, -1) };
  }
}

/** Whether the panel has anything to show for `value`: findings, the clean state, Caps Lock, or Undo. */
export function isShown(state: PanelState, value: string): boolean {
  return (state.touched && value !== '') || state.capsLock || state.undo.length > 0;
}

/** Whether `value` is to be inspected now (shown, and not waiting for an input method or a pause). */
export function isInspectable(state: PanelState, value: string): boolean {
  return ((state.touched && value !== '') || state.capsLock) && !state.composing && !state.waiting;
}

/**
 * Whether a fix or an undo may be written over `value`, the field's value at
 * click time: only over the very text the panel shows findings for.
 */
export function isCurrent(state: PanelState, value: string): boolean {
  return state.inspected === value && !state.composing;
}

/** Fixes mend a code: a page of pasted text gets its findings only, and no whole-page rewrite is ever computed for it. */
export function offersFixes(value: string): boolean {
  return value.length <= LONG_VALUE;
}

/** What the inspector hears about the typing, besides the text. */
export interface TypingState {
  capsLock: boolean;
  complete: boolean;
  maxLength?: number;
  pasted?: string;
}

export function typingState(state: PanelState, maxLength: number): TypingState {
  return {
    capsLock: state.capsLock,
    complete: state.complete,
    ...(maxLength >= 0 ? { maxLength } : {}),
    ...(state.pasted !== undefined ? { pasted: state.pasted } : {}),
  };
}
