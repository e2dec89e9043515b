import { guard } from '@/src/page/guard';
import { createCauseBook, type CauseBook } from './createCauseBook';
import { insertedText } from './insertedText';
import type { Cause, InputFact } from './types';
import { withCauses } from './withCauses';

export interface RecordOptions {
  /** Stops listening (the field was let go). */
  signal?: AbortSignal;
  /**
   * True while our own code writes the field (a fix or an Undo), so the
   * restored characters keep the cause they had; evaluated at each event.
   */
  ignore?: () => boolean;
}

export interface CauseRecorder {
  /** Why `char` is in the field, or undefined (typed plainly, or no event brought it). */
  causeOf(char: string): Cause | undefined;
  /** The findings with `cause` set where the events tell one. */
  withCauses<F extends { chars: ReadonlyArray<{ text: string }> }>(findings: readonly F[]): Array<F & { cause?: Cause }>;
  /** Another part (the autofill detection) knows the browser filled the field; `text` is what it filled, if known. */
  noteAutofill(text?: string): void;
  /** Forgets everything recorded (the value is not kept anywhere else). */
  clear(): void;
}

/**
 * Records why characters get into `field`, from its own events only, in the
 * page's memory only (nothing stored, nothing sent), and answers per
 * character. Listens in the capture phase to keydown, compositionstart,
 * compositionend, beforeinput, paste and input; a plain (non-InputEvent)
 * input event the browser itself dispatched is taken as autofill (Chrome's
 * autofill sends one; Firefox's sends insertReplacementText, which autofill
 * detection reports through noteAutofill). Call it once per watched field,
 * before the field's own input handler runs, and read the causes after:
 *
 *   const causes = recordInputFacts(field, { signal, ignore: () => applying });
 *   const findings = causes.withCauses(inspection.findings);
 */
export function recordInputFacts(field: HTMLInputElement, options: RecordOptions = {}): CauseRecorder {
  const book: CauseBook = createCauseBook();
  const ignored = () => options.ignore?.() ?? false;
  // The value before the edit under way: the inserted text is found by comparing it with the value after.
  let before = field.value;
  const listen = <K extends keyof HTMLElementEventMap>(type: K, fn: (event: HTMLElementEventMap[K]) => void) =>
    field.addEventListener(type, guard(fn), { capture: true, ...(options.signal && { signal: options.signal }) });
  const add = (fact: InputFact) => {
    if (!ignored()) book.add(fact);
  };

  listen('keydown', (e) => {
    before = field.value;
    add({ type: 'keydown', code: e.code ?? '', key: e.key ?? '', isComposing: e.isComposing ?? false });
  });
  listen('compositionstart', () => add({ type: 'compositionstart' }));
  listen('compositionend', (e) => add({ type: 'compositionend', data: e.data ?? '' }));
  listen('beforeinput', () => {
    before = field.value;
  });
  listen('paste', (e) => {
    before = field.value;
    const text = e.clipboardData?.getData('text/plain');
    add(text ? { type: 'paste', text } : { type: 'paste' });
  });
  listen('input', (e) => {
    const after = field.value;
    const inserted = insertedText(before, after);
    before = after;
    const inputType = 'inputType' in e ? ((e as InputEvent).inputType ?? null) : null;
    // Chrome's autofill dispatches a plain Event the page did not make (trusted); a page script's is untrusted.
    if (inputType === null && e.isTrusted) add({ type: 'autofill' });
    add({
      type: 'input',
      inputType,
      data: 'data' in e ? ((e as InputEvent).data ?? null) : null,
      isComposing: (e as InputEvent).isComposing ?? false,
      inserted,
    });
  });

  return {
    causeOf: (char) => book.causeOf(char),
    withCauses: (findings) => withCauses(findings, book),
    noteAutofill: (text) => book.add(text ? { type: 'autofill', text } : { type: 'autofill' }),
    clear: () => {
      book.clear();
      before = field.value;
    },
  };
}
