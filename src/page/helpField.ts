import type { FieldKind, FindingKind, Inspection, InspectOptions } from '@/src/inspector/types';
import { setFieldValue } from '@/src/field/setFieldValue';
import { guard } from './guard';
import { loadFont } from './loadFont';
import type { MountedPanel } from './mountPanel';
import type { PanelLoader } from './PanelApi';

// Screen readers hear one summary once typing has settled, not one per key.
const ANNOUNCE_AFTER_MS = 900;
// Keys typed into a value longer than this (no code is) are inspected after
// a pause in typing; the paste that made it long is inspected at once.
const LONG_VALUE = 10_000;
const LONG_VALUE_PAUSE_MS = 150;

// Every field being helped, so a change of language redraws them all.
const redraws = new Set<() => void>();

/** Redraws every panel, e.g. in a newly picked language. */
export function redrawPanels(): void {
  for (const redraw of redraws) redraw();
}

/**
 * Watches one access-code or receipt-number field: inspects what is typed,
 * pasted or composed, shows the panel under it, applies a fix only on a
 * click, and offers Undo. Returns how to let go of the field. Nothing of the
 * value is kept anywhere but the field itself and the panel while shown.
 */
export function helpField(field: HTMLInputElement, kind: FieldKind, loader: PanelLoader): () => void {
  const abort = new AbortController();
  const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
    field.addEventListener(type, guard(fn), { signal: abort.signal });
  const timers = field.ownerDocument.defaultView!;

  let panel: MountedPanel | null = null;
  let touched = false;
  let capsLock = false;
  let undoValue: string | null = null;
  let applying = false;
  let announcement = '';
  let announceTimer = 0;
  let inspection: Inspection | null = null;
  // What that inspection looked at, so a fix clicked later applies to the same text.
  let inspected = { value: '', options: {} as InspectOptions };
  // False while the person is typing (no red "too short" yet); true again on blur or change.
  let complete = true;
  // The text of the last paste into an empty or wholly selected box, kept in
  // memory only until the person types again: it says what maxLength cut off.
  let pasted: string | undefined;
  let undoPasted: string | undefined;
  let longValueTimer = 0;
  let lastLength = field.value.length;

  const draw = () => {
    if (!panel) {
      if (!inspection && undoValue === null) return; // no panel at all while clean and untouched
      loadFont(field.ownerDocument);
      panel = loader.api!.mountPanel([field]);
    }
    panel.render({
      inspection,
      announcement,
      // Fixes mend a code; a page of pasted text (no code is that long) gets
      // the findings only, and no whole-page rewrite is ever computed for it.
      onFix: field.value.length > LONG_VALUE ? undefined : guard(fix),
      preview: previewOf(inspection),
      onUndo: undoValue === null ? undefined : guard(undo),
    });
  };

  const update = () => {
    const value = field.value;
    const wanted = (touched && value !== '') || capsLock;
    const api = loader.api;
    if (wanted && !api) {
      // First touch: fetch the panel bundle, then look at whatever the field holds by then.
      loader.load().then(guard(update), () => {});
      return;
    }
    const options: InspectOptions = { capsLock, complete, maxLength: field.maxLength, pasted };
    inspection = wanted && api ? api.inspect(value, kind, options) : null;
    inspected = { value, options };
    if (!api) return;
    draw();
    timers.clearTimeout(announceTimer);
    announceTimer = timers.setTimeout(guard(() => {
      const next = api.summary(inspection);
      if (next === announcement) return;
      announcement = next;
      draw();
    }), ANNOUNCE_AFTER_MS);
  };

  // "Fix all" shown with what it gives: a code is short, so this costs nothing.
  function previewOf(current: Inspection | null): string | undefined {
    if (!current || current.fixable.length < 2 || inspected.value.length > LONG_VALUE) return undefined;
    return loader.api!.applyFixes(inspected.value, kind, current.fixable, inspected.options);
  }
  // The new value is computed now, on the text that was inspected.
  function fix(kinds: readonly FindingKind[]) {
    const value = loader.api!.applyFixes(inspected.value, kind, kinds, inspected.options);
    undoValue = field.value;
    undoPasted = pasted;
    if (kinds.includes('cut-off')) pasted = undefined; // pasted again, cleaned: nothing is cut any more
    write(value);
  }
  function undo() {
    const previous = undoValue;
    undoValue = null;
    pasted = undoPasted;
    if (previous !== null) write(previous);
  }
  // Our own input event must not count as the person typing (it would drop Undo).
  function write(value: string) {
    applying = true;
    lastLength = value.length;
    try {
      setFieldValue(field, value);
    } finally {
      applying = false;
    }
    field.focus();
    update();
  }

  on('input', (e) => {
    if (applying || (e as InputEvent).isComposing) return;
    touched = true;
    undoValue = null;
    complete = false;
    // Typing after a paste: what the box cut no longer describes the field.
    if ((e as InputEvent).inputType !== 'insertFromPaste') pasted = undefined;
    timers.clearTimeout(longValueTimer);
    // A pasted page of text takes the inspector tens of ms per look: the
    // paste is looked at once, but keys typed into it wait for a pause, so
    // no keystroke lags.
    const wasLong = lastLength > LONG_VALUE;
    lastLength = field.value.length;
    if (wasLong && lastLength > LONG_VALUE) longValueTimer = timers.setTimeout(guard(update), LONG_VALUE_PAUSE_MS);
    else update();
  });
  on('compositionend', () => {
    touched = true;
    update();
  });
  // The paste's text lands in the field after this event; the input event that follows inspects it.
  // Its text is read here only, and kept only when it fills the box from the start.
  on('paste', (e) => {
    touched = true;
    const whole = field.selectionStart === 0 && field.selectionEnd === field.value.length;
    pasted = whole ? e.clipboardData?.getData('text/plain') || undefined : undefined;
  });
  const readCapsLock = (e: KeyboardEvent) => {
    const isOn = e.getModifierState?.('CapsLock') ?? false;
    if (isOn === capsLock) return;
    capsLock = isOn;
    update();
  };
  on('keydown', readCapsLock);
  on('keyup', readCapsLock);
  on('blur', () => {
    complete = true; // done typing: an unfinished receipt number is now too short
    capsLock = false; // Caps Lock only matters while typing here
    if (touched || panel) update();
  });
  on('change', () => {
    if (complete) return;
    complete = true;
    update();
  });

  const redraw = guard(() => {
    if (panel) update();
  });
  redraws.add(redraw);

  // A value already there (autofill, back navigation, a re-rendered field) is inspected at once.
  if (field.value !== '') {
    touched = true;
    update();
  }

  return () => {
    redraws.delete(redraw);
    abort.abort();
    timers.clearTimeout(announceTimer);
    timers.clearTimeout(longValueTimer);
    panel?.remove();
    panel = null;
  };
}
