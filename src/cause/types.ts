// Why a character got into a field, as data. The panel shows it on a
// finding's element as `data-cause="<kind>"` with the remedy for the person's
// system. Cause and CauseKind are the inspector's (a Finding carries `cause`,
// set by the DOM layer, never by inspect()).
export type { Cause, CauseKind } from '@/src/inspector/types';

/**
 * The plain facts a field's events tell, in the order they happened. Nothing
 * else is used: never the page's other fields, never a network. `inserted`
 * is the text an input event put into the field (the recorder finds it by
 * comparing the value before and after); without it, `data` is used.
 */
export type InputFact =
  | { type: 'keydown'; code: string; key: string; isComposing: boolean }
  | { type: 'compositionstart' }
  | { type: 'compositionend'; data: string }
  | { type: 'paste'; text?: string }
  | {
      type: 'input';
      /** null when the event is a plain Event, not an InputEvent (Chrome's autofill, page scripts). */
      inputType: string | null;
      data: string | null;
      isComposing?: boolean;
      inserted?: string;
    }
  /** The browser filled the field (the next input event, or the last one if it came first). */
  | { type: 'autofill'; text?: string };

/** An input event's inputType that brings text from elsewhere: a paste or a drop. */
export const PASTE_INPUT_TYPES: ReadonlySet<string> = new Set(['insertFromPaste', 'insertFromDrop', 'insertFromPasteAsQuotation']);

/**
 * The inputTypes only a person's own action sends (never a browser's
 * autofill): a paste or a drop, Undo and Redo, a cut or a drag away, and an
 * input method's composition.
 */
export const PERSON_INPUT_TYPES: ReadonlySet<string> = new Set([
  ...PASTE_INPUT_TYPES,
  'historyUndo',
  'historyRedo',
  'deleteByCut',
  'deleteByDrag',
  'insertCompositionText',
]);
