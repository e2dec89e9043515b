import type { FieldKind, FindingKind, Inspection } from '@/src/inspector/types';
import { singleBox, type CodeBoxes, type WriteOutcome } from '@/src/field/codeBoxes';
import { findOtherBox } from '@/src/field/findOtherBox';
import { isAutofilled } from '@/src/field/isAutofilled';
import { setFieldValue } from '@/src/field/setFieldValue';
import { watchQuietChanges } from '@/src/field/watchQuietChanges';
import { isNeverRead } from '@/src/field/inputTypes';
import type { Language } from '@/src/i18n/languages';
import { pageLanguage } from '@/src/i18n/pageLanguage';
import { recordInputFacts } from '@/src/cause/recordInputFacts';
import { withAutofillCaution } from '@/src/inspector/findingKinds';
import { guard } from '@/src/context/guard';
import type { MountedPanel } from './mountPanel';
import type { PanelAction } from './panelMessages';
import type { PanelApi, PanelLoader } from './PanelApi';
import { initialPanelState, panelState, panelView, type FixKey, type PanelEffect, type PanelEvent, type PanelState } from './panelState';

/** What helpField needs of the content script's context: timers and listeners that stop with it. */
export interface FieldContext {
  readonly signal: AbortSignal;
  setTimeout(handler: () => void, timeout?: number): number;
  setInterval(handler: () => void, timeout?: number): number;
}

export interface HelpOptions {
  /**
   * Whether an event's facts (a paste's text, what a full box refused) may
   * be believed: only the person's own (trusted) events. DOM tests, whose
   * events are all synthetic, say yes.
   */
  trusted?: (event: Event) => boolean;
}

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

// Fields being written by us right now, whichever panel hears their input
// events (a move writes into the other box): the one mark of our own writes.
const writing = new WeakSet<HTMLInputElement>();

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

// What a password-style field hides stays hidden in the panel too.
function isMasked(field: HTMLInputElement): boolean {
  if (isNeverRead(field.type)) return true;
  const security = getComputedStyle(field).getPropertyValue('-webkit-text-security').trim();
  return security !== '' && security !== 'none';
}

// What each certain fix writes, for the value just inspected (a code is short: this costs nothing).
function fixesOf(api: PanelApi, text: string, kind: FieldKind, inspection: Inspection, options: Parameters<PanelApi['inspect']>[2]): Partial<Record<FixKey, string>> {
  const { fixable } = inspection;
  if (!fixable.length) return {};
  const fixes: Partial<Record<FixKey, string>> = { all: api.applyFixes(text, kind, fixable, options) };
  for (const one of fixable) fixes[one] = api.applyFixes(text, kind, [one], options);
  return fixes;
}

/**
 * Watches one access-code or receipt-number field (or the boxes of a split
 * code): turns what happens in it into panel events, and runs the effects
 * the panel's reducer (panelState) asks for on the content script's
 * context. Holds no state of its own: the reducer's state is the panel's
 * whole model. Returns how to let go of the field. Nothing of the value is
 * kept anywhere but the field itself and the panel while shown.
 */
export function helpField(target: HTMLInputElement | CodeBoxes, kind: FieldKind, loader: PanelLoader, ctx: FieldContext, options: HelpOptions = {}): () => void {
  const boxes = 'read' in target ? target : singleBox(target);
  const { fields } = boxes;
  const first = fields[0]!;
  lastHelped = first;
  const doc = first.ownerDocument;
  const win = doc.defaultView!;
  const trusted = options.trusted ?? ((e: Event) => e.isTrusted);
  const abort = new AbortController();
  const signal = abort.signal;
  ctx.signal.addEventListener('abort', () => abort.abort(), { signal });
  const on = <E extends Event>(el: EventTarget, type: string, fn: (e: E) => void, capture = false) =>
    el.addEventListener(type, guard(fn as (e: Event) => void), { signal, capture });

  let state: PanelState = initialPanelState;
  let panel: MountedPanel | null = null;
  // Timers are the effects' own handles, cleared when replaced or let go.
  const timers = new Map<string, number>();
  const clearTimer = (name: string) => {
    win.clearTimeout(timers.get(name));
    win.clearInterval(timers.get(name));
    timers.delete(name);
  };
  const autofillMark = () => fields.some(isAutofilled);
  const otherBox = () => (fields.length > 1 ? null : findOtherBox(first, kind));

  const dispatch = (event: PanelEvent) => {
    if (signal.aborted) return;
    const [next, effects] = panelState(state, event);
    state = next;
    runInTurn(effects);
  };

  // Our own writes: the fields' input events meanwhile are ours (the reducer's `writing`), then the result is judged.
  // A group of boxes made by a component is written box by box over a few
  // turns of the page's code (codeBoxes.ts): ours until the last box is done.
  const writeBoxes = (value: string, other?: { box: HTMLInputElement; value: string }): WriteOutcome | Promise<WriteOutcome> => {
    const marked = other ? [...fields, other.box] : fields;
    for (const f of marked) writing.add(f);
    const unmark = () => {
      for (const f of marked) writing.delete(f);
    };
    try {
      const result = boxes.write(value);
      if (other) setFieldValue(other.box, other.value);
      if ('then' in result) return result.finally(unmark);
      unmark();
      return result;
    } catch (error) {
      unmark();
      throw error;
    }
  };

  // Presses in the panel's frame, as reducer events (the value read at press time).
  const onAction = (action: PanelAction) => {
    const value = boxes.read();
    switch (action.type) {
      case 'fix':
        return dispatch({ type: 'fix', key: action.key, value });
      case 'undo':
        return dispatch({ type: 'undo', value, other: otherBox()?.value ?? null });
      case 'move':
        return dispatch({ type: 'move', value, other: otherBox()?.value ?? null });
      default:
        return dispatch({ type: action.type });
    }
  };

  // Effects run in order; a write to a group of boxes takes a few turns of
  // the page's code, and what comes after it (putting the caret back) waits
  // for it, or the component would type into the box the caret moved to.
  function runInTurn(effects: readonly PanelEffect[]): void {
    for (const [i, effect] of effects.entries()) {
      const pending = run(effect);
      if (pending) return void pending.then(guard(() => runInTurn(effects.slice(i + 1))));
    }
  }

  function run(effect: PanelEffect): Promise<void> | void {
    switch (effect.type) {
      case 'load': {
        // The inspector, and the panel's frame made ready in the page, before the first key.
        const loaded = guard(() => {
          loader.api!.preparePanel(doc);
          dispatch({ type: 'loaded' });
        });
        // Here already (another field loaded it): at once.
        if (loader.api) loaded();
        else loader.load().then(loaded, () => {});
        return;
      }
      case 'inspect': {
        const api = loader.api!;
        const text = boxes.read();
        const inspectOptions = { ...effect.options, ...(boxes.maxLength() >= 0 ? { maxLength: boxes.maxLength() } : {}) };
        const found = api.withCauses(api.inspect(text, kind, inspectOptions), causes.facts());
        const inspection = effect.autofilled ? withAutofillCaution(found) : found;
        const wrongBox = fields.length === 1 && inspection.findings.some((f) => f.kind === WRONG_BOX[kind]);
        const other = wrongBox ? findOtherBox(first, kind) : null;
        dispatch({
          type: 'inspected',
          text,
          inspection,
          summary: api.summary(inspection),
          fixes: text.length <= 10_000 ? fixesOf(api, text, kind, inspection, inspectOptions) : {},
          move: other && other.value === '' ? OTHER_KIND[kind] : null,
        });
        return;
      }
      case 'render': {
        const api = loader.api;
        if (!api) return;
        const view = panelView(state);
        if (view.mode === 'hidden' && !panel) return; // nothing on the page while there is nothing to show
        panel ??= api.mountPanel(fields, { onAction: guard(onAction), language: helpedPageLanguage });
        panel.render(view);
        return;
      }
      case 'write': {
        const other = effect.other !== undefined ? otherBox() : null;
        const wrote = (now: string) => {
          quiet.seen(now);
          dispatch({ type: 'wrote', now, ...(other ? { other: other.value } : {}) });
        };
        const result = writeBoxes(effect.value, other && effect.other !== undefined ? { box: other, value: effect.other } : undefined);
        if (!('then' in result)) return wrote(result.now);
        return result.then(guard(({ now }: WriteOutcome) => wrote(now)), guard(() => wrote(boxes.read())));
      }
      case 'focus':
        if (effect.on === 'field') boxes.focus();
        else otherBox()?.focus();
        return;
      case 'later':
        clearTimer(effect.timer);
        timers.set(effect.timer, ctx.setTimeout(guard(() => dispatch(effect.event)), effect.ms));
        return;
      case 'watch':
        clearTimer('watch');
        if (effect.every) timers.set('watch', ctx.setInterval(guard(() => dispatch({ type: 'check', value: boxes.read(), autofill: autofillMark() })), effect.every));
        return;
    }
  }

  // Why each character got in (keyboard layout, input method, paste, autofill),
  // from this field's own events, in memory only; our own writes are not counted.
  // A value that came with no input event while the person is in the boxes
  // (a component spreading a paste, a script): the page's value, looked at again.
  const quiet = watchQuietChanges(fields, boxes.read, guard((value: string) => dispatch({ type: 'check', value, autofill: autofillMark() })), {
    signal,
    ignore: () => state.writing !== null,
  });
  const causes = recordInputFacts(fields, { signal, ignore: () => state.writing !== null, trusted });

  // What the boxes would hold had a full box taken the key; null when it has room (or a selection to replace).
  function refusedText(field: HTMLInputElement, key: string): string | null {
    const limit = boxes.maxLength();
    const value = boxes.read();
    if (limit < 0 || value.length < limit || field.selectionStart !== field.selectionEnd) return null;
    if (fields.length > 1) return value + key;
    const at = field.selectionStart ?? value.length;
    return value.slice(0, at) + key + value.slice(at);
  }

  for (const field of fields) {
    on<InputEvent>(field, 'input', (e) => {
      dispatch({
        type: 'input',
        value: boxes.read(),
        inputType: e.inputType ?? '',
        composing: e.isComposing ?? false,
        autofill: autofillMark(),
        trusted: e.isTrusted,
        ours: writing.has(field),
      });
    });
    on(field, 'compositionend', () => dispatch({ type: 'compositionend', value: boxes.read() }));
    // The paste's text lands in the field after this event; the input event that follows inspects it.
    // Its text is read here only, from the person's own paste, and kept only when it fills the boxes
    // from the start (what maxLength may cut). Capture, so we hear it before a page's own paste handler.
    on<ClipboardEvent>(field, 'paste', (e) => {
      const whole = field.selectionStart === 0 && field.selectionEnd === field.value.length && boxes.read() === field.value;
      dispatch({ type: 'paste', text: whole && trusted(e) ? (e.clipboardData?.getData('text/plain') ?? '') : '' });
    }, true);
    const onKey = (e: KeyboardEvent) => {
      const edits = e.type === 'keydown' && editsText(e);
      // A character the full box will refuse: no input event follows, so it is heard here (the person's key only).
      const refused = edits && e.key.length === 1 && trusted(e) ? refusedText(field, e.key) : null;
      dispatch({ type: 'key', capsLock: e.getModifierState?.('CapsLock') ?? false, edits });
      if (refused !== null) dispatch({ type: 'refused', text: refused });
    };
    on(field, 'keydown', onKey, true);
    on(field, 'keyup', onKey);
    on<FocusEvent>(field, 'blur', (e) => {
      // Moving between the boxes of a split code is still typing.
      if (!fields.includes(e.relatedTarget as HTMLInputElement)) dispatch({ type: 'blur' });
    });
    // Done with the value (the page's own change event, not ours).
    on(field, 'change', () => {
      if (!writing.has(field)) dispatch({ type: 'change' });
    });
    on(field, 'pointerover', () => dispatch({ type: 'hover' }));
  }
  // Where the focus is: in the boxes or the panel, or elsewhere on the page.
  const inside = () => {
    const active = doc.activeElement;
    return fields.some((f) => f === active || f.getRootNode() === active?.shadowRoot) || (panel?.contains(active) ?? false);
  };
  for (const type of ['focusin', 'focusout'] as const) {
    // focusout comes before the new element has focus: look once it has.
    on(doc, type, () => ctx.setTimeout(guard(() => {
      if (state.focused !== inside()) dispatch({ type: 'focus', inside: inside() });
    }), 0), true);
  }
  const form = first.form;
  if (form) {
    on(form, 'submit', () => dispatch({ type: 'submit' }), true);
    // form.reset() changes the values after its event: look right after.
    on(form, 'reset', () => ctx.setTimeout(guard(() => dispatch({ type: 'check', value: boxes.read(), autofill: autofillMark() })), 0));
  }

  // The code never goes into the browser's form history (saved entries of
  // the access-code box); the receipt box stays as the page made it.
  const autocomplete = fields.map((field) => field.getAttribute('autocomplete'));
  if (kind === 'access-code') for (const field of fields) field.setAttribute('autocomplete', 'off');

  const redraw = guard(() => dispatch({ type: 'redraw' }));
  redraws.add(redraw);

  // A value already there (autofill, back navigation, a re-rendered field) is inspected at once.
  dispatch({ type: 'start', value: boxes.read(), autofill: autofillMark(), focused: inside(), masked: fields.some(isMasked) });

  const release = () => {
    redraws.delete(redraw);
    abort.abort();
    for (const name of Array.from(timers.keys())) clearTimer(name);
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
  signal.addEventListener('abort', () => panel?.remove());
  // The content script is cut off (an update or reload): nothing of ours stays in the page.
  ctx.signal.addEventListener('abort', guard(() => loader.api?.forgetPanels(doc)));
  return release;
}
