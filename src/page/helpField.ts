import type { FieldKind, FindingKind, Inspection } from '@/src/inspector/types';
import { singleBox, writeVerdict, type CodeBoxes, type WriteOutcome } from '@/src/field/codeBoxes';
import { findOtherBox } from '@/src/field/findOtherBox';
import { isAutofilled } from '@/src/field/isAutofilled';
import { isOwnWrite, setFieldValue } from '@/src/field/setFieldValue';
import { watchQuietChanges } from '@/src/field/watchQuietChanges';
import type { Language } from '@/src/i18n/languages';
import { pageLanguage } from '@/src/i18n/pageLanguage';
import { recordInputFacts } from '@/src/cause/recordInputFacts';
import { withAutofillCaution } from './autofillFinding';
import { guard } from './guard';
import { loadFont } from './loadFont';
import type { MountedPanel } from './mountPanel';
import type { MoveOffer } from './MoveButton';
import type { PanelLoader } from './PanelApi';
import {
  initialPanelState, isCurrent, isInspectable, isShown, offersFixes, panelState, typingState, type PanelEvent, type UndoStep,
} from './panelState';

// Screen readers hear one summary once typing has settled, not one per key.
const ANNOUNCE_AFTER_MS = 900;
// Keys typed into a page of pasted text are inspected after this pause.
const LONG_VALUE_PAUSE_MS = 150;
// While a panel shows, a value the page changed without an input event (a
// Clear button, form.reset(), a reformat) is noticed within this time: one
// string compare per tick, and no timer at all while nothing is shown. A page
// of pasted text is compared less often (each read of the value copies it).
const STALE_CHECK_MS = 50;
const STALE_CHECK_LONG_MS = 200;

// The finding that says the value is in the other box's place, per field kind.
const WRONG_BOX: Record<FieldKind, FindingKind> = {
  'access-code': 'looks-like-receipt-number',
  'receipt-number': 'looks-like-access-code',
};
const OTHER_KIND: Record<FieldKind, FieldKind> = { 'access-code': 'receipt-number', 'receipt-number': 'access-code' };

// Keys that change the text (a character, Backspace, Delete), as opposed to
// Tab, arrows or the Enter that picks an autofill suggestion.
// Phone keyboards and input methods send 'Unidentified' or 'Process'.
const EDIT_KEYS = new Set(['Backspace', 'Delete', 'Unidentified', 'Process']);
const editsText = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && (e.key?.length === 1 || EDIT_KEYS.has(e.key));

// Every field being helped, so a change of language redraws them all.
const redraws = new Set<() => void>();

// The field helped last: with no language picked, the panel speaks its page's language.
let lastHelped: HTMLInputElement | null = null;

/** The language of the page where the last field we help is (its closest `lang`), when it is one of ours. */
export function helpedPageLanguage(): Language | undefined {
  const el = lastHelped?.isConnected ? lastHelped : globalThis.document?.documentElement;
  return el ? pageLanguage(el) : undefined;
}

/** Redraws every panel, e.g. in a newly picked language. */
export function redrawPanels(): void {
  for (const redraw of redraws) redraw();
}

/**
 * Watches one access-code or receipt-number field (or the boxes of a split
 * code): turns what happens in it into panel events (panelState), inspects
 * what the field holds, shows the panel, applies a fix only on a click, and
 * offers Undo, one fix at a time. Returns how to let go of the field.
 * Nothing of the value is kept anywhere but the field itself and the panel
 * while shown.
 */
export function helpField(target: HTMLInputElement | CodeBoxes, kind: FieldKind, loader: PanelLoader): () => void {
  const boxes = 'read' in target ? target : singleBox(target);
  const { fields } = boxes;
  const first = fields[0]!;
  lastHelped = first;
  const timers = first.ownerDocument.defaultView!;
  const abort = new AbortController();
  const on = <E extends Event>(el: EventTarget, type: string, fn: (e: E) => void, capture = false) =>
    el.addEventListener(type, guard(fn as (e: Event) => void), { signal: abort.signal, capture });

  let state = initialPanelState;
  const dispatch = (event: PanelEvent) => {
    state = panelState(state, event);
  };
  let panel: MountedPanel | null = null;
  let inspection: Inspection | null = null;
  let move: MoveOffer | undefined;
  let announcement = '';
  let announceTimer = 0;
  let pauseTimer = 0;
  let staleTimer = 0;
  let writing = false;
  // Why each character got in (keyboard layout, input method, paste, autofill),
  // from this field's own events, in memory only; our own writes are not counted.
  const causes = recordInputFacts(fields, { signal: abort.signal, ignore: () => writing });
  // The other box a move wrote into, per undo step.
  const moved = new WeakMap<UndoStep, HTMLInputElement>();
  const autofillMark = () => fields.some(isAutofilled);

  const draw = (value: string) => {
    const api = loader.api!;
    if (!panel) {
      if (!inspection && !state.undo.length) return; // no panel at all while clean and untouched
      loadFont(first.ownerDocument);
      panel = api.mountPanel(fields);
    }
    panel.render({
      inspection,
      announcement,
      onFix: offersFixes(value) ? guard(fix) : undefined,
      preview: previewOf(inspection),
      onUndo: state.undo.length ? guard(undo) : undefined,
      move,
    });
  };

  const update = () => {
    const value = boxes.read();
    const api = loader.api;
    if (isShown(state, value) && !api) {
      // First touch: fetch the panel bundle, then look at whatever the field holds by then.
      loader.load().then(guard(update), () => {});
      return;
    }
    if (!api || state.composing || state.waiting) return; // what is shown stays until the text settles
    const options = typingState(state, boxes.maxLength());
    dispatch({ type: 'inspected', text: value, options });
    const found = isInspectable(state, value) ? api.withCauses(api.inspect(value, kind, options), causes.facts()) : null;
    inspection = found && state.autofilled ? withAutofillCaution(found) : found;
    move = inspection ? offerMove(inspection) : undefined;
    draw(value);
    watchForStale();
    timers.clearTimeout(announceTimer);
    announceTimer = timers.setTimeout(guard(() => {
      const next = api.summary(inspection);
      if (next === announcement) return;
      announcement = next;
      draw(boxes.read());
    }), ANNOUNCE_AFTER_MS);
  };

  // Never stale: while something is shown, a value that changed under the
  // panel is inspected again (or the panel hides when it is empty).
  const checkStale = () => {
    if (writing || state.composing || state.waiting || state.inspected === null) return;
    const value = boxes.read();
    if (value === state.inspected) return;
    dispatch({ type: 'changed', value, autofill: autofillMark() });
    update();
  };
  let staleEvery = 0;
  const watchForStale = () => {
    const needed = panel !== null && (inspection !== null || state.undo.length > 0);
    const every = offersFixes(state.inspected ?? '') ? STALE_CHECK_MS : STALE_CHECK_LONG_MS;
    if (staleTimer && (!needed || every !== staleEvery)) {
      timers.clearInterval(staleTimer);
      staleTimer = 0;
    }
    if (needed && !staleTimer) {
      staleEvery = every;
      staleTimer = timers.setInterval(guard(checkStale), every);
    }
  };

  // Our own input events must not count as the person typing (they would drop Undo).
  // A group of boxes is written box by box over a few turns of the page's
  // code: `then` runs with what the boxes took, once they are written.
  const write = (value: string, then: (outcome: WriteOutcome) => void) => {
    writing = true;
    const done = (outcome: WriteOutcome) => {
      writing = false;
      quiet.seen(outcome.now);
      then(outcome);
    };
    let result: WriteOutcome | Promise<WriteOutcome>;
    try {
      result = boxes.write(value);
    } catch (error) {
      writing = false;
      throw error;
    }
    if ('then' in result) result.then(guard(done), () => void (writing = false));
    else done(result);
  };

  // "Fix all" shown with what it gives: a code is short, so this costs nothing.
  function previewOf(current: Inspection | null): string | undefined {
    const text = state.inspected;
    if (!current || current.fixable.length < 2 || text === null || !offersFixes(text)) return undefined;
    return loader.api!.applyFixes(text, kind, current.fixable, state.inspectedWith);
  }

  // A fix is computed at click time on the very text that was inspected, and
  // written only if the field still holds that text.
  function fix(kinds: readonly FindingKind[]) {
    const before = boxes.read();
    if (!isCurrent(state, before)) return checkStale();
    const value = loader.api!.applyFixes(before, kind, kinds, state.inspectedWith);
    write(value, (outcome) => {
      dispatch({ type: 'fixed', before, wrote: value, now: outcome.now, pasteDone: kinds.includes('cut-off'), partly: writeVerdict(outcome) === 'partly' });
      boxes.focus();
      update();
    });
  }

  function undo() {
    const before = boxes.read();
    const step = state.undo.at(-1);
    if (!step) return;
    if (!isCurrent(state, before)) return checkStale();
    const other = moved.get(step);
    if (step.other && other?.value !== step.other.wrote) {
      // The person typed in the other box since the move: nothing of theirs is overwritten.
      dispatch({ type: 'undo-dropped' });
      return update();
    }
    write(step.before, ({ now }) => {
      if (step.other && other) setFieldValue(other, step.other.before);
      dispatch({ type: 'undone', wrote: step.before, now });
      boxes.focus();
      update();
    });
  }

  // What the boxes would hold had a full box taken the key; null when it has room (or a selection to replace).
  function refusedText(field: HTMLInputElement, key: string): string | null {
    const limit = boxes.maxLength();
    const value = boxes.read();
    if (limit < 0 || value.length < limit || field.selectionStart !== field.selectionEnd) return null;
    if (fields.length > 1) return value + key;
    const at = field.selectionStart ?? value.length;
    return value.slice(0, at) + key + value.slice(at);
  }

  // The right box: a receipt number in the access-code box (or the other way
  // round) while the other box is on the page and empty moves there in one click.
  function offerMove(found: Inspection): MoveOffer | undefined {
    if (fields.length > 1 || !found.findings.some((f) => f.kind === WRONG_BOX[kind])) return undefined;
    const other = findOtherBox(first, kind);
    if (!other || other.value !== '') return undefined;
    return { to: OTHER_KIND[kind], onMove: guard(() => moveTo(other)) };
  }
  function moveTo(other: HTMLInputElement) {
    const before = boxes.read();
    if (!isCurrent(state, before) || other.value !== '') return checkStale();
    write('', ({ now }) => {
      setFieldValue(other, before);
      dispatch({ type: 'fixed', before, wrote: '', now, pasteDone: true, other: { before: '', wrote: other.value } });
      const step = state.undo.at(-1);
      if (step?.other) moved.set(step, other);
      other.focus();
      update();
    });
  }

  for (const field of fields) {
    on<InputEvent>(field, 'input', (e) => {
      if (writing) return;
      const value = boxes.read();
      if (isOwnWrite(field)) {
        // Another panel of ours wrote here (a move): not the person's typing, not autofill.
        dispatch({ type: 'changed', value, autofill: false });
        return update();
      }
      dispatch({ type: 'input', value, inputType: e.inputType ?? '', composing: e.isComposing ?? false, autofill: autofillMark(), trusted: e.isTrusted });
      timers.clearTimeout(pauseTimer);
      // A pasted page of text takes the inspector tens of ms per look: keys
      // typed into it wait for a pause, so no keystroke lags.
      if (state.waiting) {
        pauseTimer = timers.setTimeout(guard(() => {
          dispatch({ type: 'pause' });
          update();
        }), LONG_VALUE_PAUSE_MS);
      } else update();
    });
    on(field, 'compositionend', () => {
      dispatch({ type: 'compositionend', value: boxes.read() });
      update();
    });
    // The paste's text lands in the field after this event; the input event that follows inspects it.
    // Its text is read here only, and kept only when it fills the boxes from the start (what maxLength may cut).
    // Capture, so we hear it before a page's own paste handler writes the boxes itself.
    on<ClipboardEvent>(field, 'paste', (e) => {
      const whole = field.selectionStart === 0 && field.selectionEnd === field.value.length && boxes.read() === field.value;
      dispatch({ type: 'paste', text: whole ? (e.clipboardData?.getData('text/plain') ?? '') : '' });
    }, true);
    const onKey = (e: KeyboardEvent) => {
      const was = state.capsLock;
      const edits = e.type === 'keydown' && editsText(e);
      dispatch({ type: 'key', capsLock: e.getModifierState?.('CapsLock') ?? false, edits });
      if (edits && e.key.length === 1) {
        // A character the full box will refuse: no input event follows, so it is heard here.
        const refused = refusedText(field, e.key);
        if (refused !== null) {
          dispatch({ type: 'refused', text: refused });
          return update();
        }
      }
      if (state.capsLock !== was) update();
    };
    on(field, 'keydown', onKey, true);
    on(field, 'keyup', onKey);
    on<FocusEvent>(field, 'blur', (e) => {
      // Moving between the boxes of a split code is still typing.
      if (fields.includes(e.relatedTarget as HTMLInputElement)) return;
      const was = state;
      dispatch({ type: 'blur' });
      if (state.capsLock !== was.capsLock || state.complete !== was.complete) update();
    });
    // Done with the value (the page's own change event, not ours): an unfinished receipt number is now too short.
    on(field, 'change', () => {
      if (writing || isOwnWrite(field) || state.complete) return;
      dispatch({ type: 'change' });
      update();
    });
  }
  // A value that came with no input event while the person is in the boxes
  // (a component spreading a paste, a script): the page's value, inspected.
  const quiet = watchQuietChanges(fields, boxes.read, guard((value: string) => {
    if (state.composing) return;
    dispatch({ type: 'changed', value, autofill: autofillMark() });
    update();
  }), { signal: abort.signal, ignore: () => writing });

  const form = first.form;
  if (form) {
    on(form, 'submit', () => {
      dispatch({ type: 'submit' });
      update();
    }, true);
    // form.reset() changes the values after its event: look right after.
    on(form, 'reset', () => timers.setTimeout(guard(checkStale), 0));
  }

  // The code never goes into the browser's form history (saved entries of
  // the access-code box); the receipt box stays as the page made it.
  const autocomplete = fields.map((field) => field.getAttribute('autocomplete'));
  if (kind === 'access-code') for (const field of fields) field.setAttribute('autocomplete', 'off');

  const redraw = guard(() => {
    if (panel) update();
  });
  redraws.add(redraw);

  // A value already there (autofill, back navigation, a re-rendered field) is inspected at once.
  dispatch({ type: 'start', value: boxes.read(), autofill: autofillMark() });
  if (state.touched) update();

  return () => {
    redraws.delete(redraw);
    abort.abort();
    timers.clearTimeout(announceTimer);
    timers.clearTimeout(pauseTimer);
    timers.clearInterval(staleTimer);
    panel?.remove();
    panel = null;
    if (kind === 'access-code') {
      fields.forEach((field, i) => {
        const was = autocomplete[i];
        if (was === null || was === undefined) field.removeAttribute('autocomplete');
        else field.setAttribute('autocomplete', was);
      });
    }
  };
}
