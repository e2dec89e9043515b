import { guard } from '@/src/context/guard';
import { insertedText } from './insertedText';
import type { InputFact } from './types';

// Enough for any code typed, fixed and retyped; older facts are dropped.
const KEPT = 400;
/**
 * No code is this long: in a pasted page of text the event's own data is
 * used, not a comparison of the values (4 ms a keystroke at 1 MB), and the
 * panel waits for a pause before it inspects.
 */
export const LONG_VALUE = 10_000;

export interface RecordOptions {
  /** Stops listening (the field was let go). */
  signal?: AbortSignal;
  /**
   * True while our own code writes the field (a fix or an Undo), so the
   * restored characters keep the cause they had; evaluated at each event.
   */
  ignore?: () => boolean;
  /**
   * Whether an event is the person's own (the browser's, trusted). What a
   * page script dispatches says nothing of why a character got in, and a
   * page must never choose what the panel says (a faked paste's text, a
   * faked keyboard layout): its keys, compositions and pastes are not
   * recorded, nor its input events (a character they leave has no known cause).
   * Defaults to `event.isTrusted`; DOM tests, whose events are all made by
   * script, and the extension's own pages (no page script there) pass their own.
   */
  trusted?: (event: Event) => boolean;
}

export interface InputFactLog {
  /** The facts so far, oldest first: give them to findingsWithCauses (src/cause/inspectionWithCauses.ts). */
  facts(): readonly InputFact[];
}

/**
 * Records the plain facts of a field's own events (or a split code's boxes',
 * in one log), in the page's memory only (nothing stored, nothing sent), for
 * deciding later why each character got in. Small on purpose: it runs from the first event, while the code that
 * decides (findingsWithCauses, its layout tables and remedies) can load later.
 * Listens in the capture phase to keydown, compositionstart, compositionend,
 * beforeinput, paste and input. A plain (non-InputEvent) input event the
 * browser itself dispatched (trusted) is taken as autofill: Chrome's autofill
 * sends one. Firefox's sends insertReplacementText; the panel's autofill
 * detection (isAutofilled) adds the `autofilled` caution, whose cause is autofill.
 *
 *   const log = recordInputFacts(fields, { signal, ignore: () => writing });
 *   ... on each inspection (in the panel bundle: inspectionWithCauses):
 *   inspection = api.withCauses(api.inspect(value, kind, options), log.facts());
 */
export function recordInputFacts(fields: HTMLInputElement | readonly HTMLInputElement[], options: RecordOptions = {}): InputFactLog {
  let facts: InputFact[] = [];
  const add = (fact: InputFact) => {
    if (options.ignore?.()) return;
    facts.push(fact);
    if (facts.length > KEPT) facts = facts.slice(-KEPT);
  };
  const all = Array.isArray(fields) ? (fields as readonly HTMLInputElement[]) : [fields as HTMLInputElement];
  // A split code's boxes share one log, in the order things happened.
  const trusted = options.trusted ?? ((event: Event) => event.isTrusted === true);
  for (const field of all) listenTo(field, add, trusted, options.signal);
  return { facts: () => facts };
}

/** Listens to one box. */
function listenTo(field: HTMLInputElement, add: (fact: InputFact) => void, trusted: (event: Event) => boolean, signal?: AbortSignal): void {
  // The value before the edit under way: the inserted text is found by comparing it with the value after.
  let before = field.value;
  const listen = <K extends keyof HTMLElementEventMap>(type: K, fn: (event: HTMLElementEventMap[K]) => void) =>
    field.addEventListener(type, guard(fn), { capture: true, ...(signal && { signal }) });

  listen('keydown', (e) => {
    before = field.value;
    if (!trusted(e)) return;
    // A shortcut (Ctrl+V, Cmd+A) types nothing and says nothing about the layout; AltGr (Ctrl+Alt on Windows) does type.
    if ((e.ctrlKey || e.metaKey) && !e.getModifierState?.('AltGraph')) return;
    add({ type: 'keydown', code: e.code ?? '', key: e.key ?? '', isComposing: e.isComposing ?? false });
  });
  listen('compositionstart', (e) => trusted(e) && add({ type: 'compositionstart' }));
  listen('compositionend', (e) => trusted(e) && add({ type: 'compositionend', data: e.data ?? '' }));
  listen('beforeinput', () => {
    before = field.value;
  });
  listen('paste', (e) => {
    before = field.value;
    if (!trusted(e)) return;
    const text = e.clipboardData?.getData('text/plain');
    add(text ? { type: 'paste', text } : { type: 'paste' });
  });
  listen('input', (e) => {
    const after = field.value;
    const inserted = before.length > LONG_VALUE || after.length > LONG_VALUE ? undefined : insertedText(before, after);
    before = after;
    // A script's input event (a component's echo, a page's fake) says nothing of how the text got in.
    if (trusted(e) !== true) return;
    const inputType = 'inputType' in e ? ((e as InputEvent).inputType ?? null) : null;
    // Chrome's autofill dispatches a plain Event the page did not make (trusted); a page script's is untrusted.
    if (inputType === null && e.isTrusted) add({ type: 'autofill' });
    add({
      type: 'input',
      inputType,
      data: 'data' in e ? ((e as InputEvent).data ?? null) : null,
      isComposing: (e as InputEvent).isComposing ?? false,
      ...(inserted !== undefined && { inserted }),
    });
  });
}
