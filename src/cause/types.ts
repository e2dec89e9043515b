// Why a character got into a field, as data. The panel shows it on a
// finding's element as `data-cause="<kind>"` with the remedy for the person's
// system. These types are the ones the inspector's Finding carries as
// `cause` (set by the DOM layer, never by inspect()).

export type CauseKind =
  | 'keyboard-layout' // a key gave a letter of another script: the keyboard is set to another language
  | 'ime-fullwidth' // a Chinese, Japanese or Korean input method, or full-width output
  | 'paste' // the text came from the clipboard (an e-mail, a PDF, a scan)
  | 'autofill'; // the browser filled the box by itself

export interface Cause {
  kind: CauseKind;
  /** BCP 47 language of the layout or input method when known, e.g. 'ru'. */
  language?: string;
}

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
