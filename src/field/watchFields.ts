import { classifyField, type WatchedKind } from './classifyField';
import type { ChosenKind } from './chosenBoxes';
import { collectFieldFacts, wordElementsOf } from './collectFieldFacts';
import { inputOf, isNeverRead } from './inputTypes';
import { watchReplacements } from './watchReplacements';
import { watchRestores } from './watchRestores';

/** Called for each watched field found; returns how to let go of it. */
export type OnField = (field: HTMLInputElement, kind: WatchedKind) => () => void;

export interface WatchOptions {
  /**
   * What a person chose for this field ("Help with this box" as a kind,
   * "Stop helping this box" as 'none'), or null. A choice wins over the
   * finder's guess, except for password and e-mail fields, which are never helped.
   */
  chosenKind?: (field: HTMLInputElement) => ChosenKind | null;
  /** Whether an event is the browser's own (DOM tests, whose events are all script-made, pass their own). */
  trusted?: (event: Event) => boolean;
}

const isTrusted = (event: Event) => event.isTrusted === true;

export interface FieldWatch {
  /** The kinds of the fields helped now, in the order they were found. */
  helping(): WatchedKind[];
  /** Whether this field is helped now. */
  isHelped(field: HTMLInputElement): boolean;
  /** The finder's own guess for a field, leaving any choice aside. */
  guess(field: HTMLInputElement): WatchedKind | null;
  /**
   * The kind of every field on the page that would be helped when reached
   * (asked once when the popup opens; nothing is attached).
   */
  survey(): WatchedKind[];
  /** Judges a field again now (a person's choice for it changed). */
  reconsider(field: HTMLInputElement): void;
}

/** The most inputs a survey reads: a page of 20,000 answers once, in a few ms. */
const SURVEY_LIMIT = 5000;

// Attributes that can change what a field is (a framework may set them late).
const FACT_ATTRIBUTES = ['type', 'id', 'name', 'autocomplete', 'aria-label', 'aria-labelledby', 'aria-describedby', 'placeholder'];
// A label's or hint's words change with its text.
const WORDS_CHANGE: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The finder's own guess: what the field's facts say, leaving any choice aside. */
function guess(field: HTMLInputElement): WatchedKind | null {
  const decision = classifyField(collectFieldFacts(field));
  return decision && decision.kind !== 'excluded' ? decision.kind : null;
}

/**
 * Remembers, per element, the fields the finder passed over (a WeakMap, so
 * a field that leaves the page is forgotten with it). Typing in such a field
 * costs one lookup a key. The memory is dropped when one of the field's fact
 * attributes or its labels' or hints' words change, observed on those
 * elements only.
 */
function passedOverMemory() {
  const passed = new WeakMap<HTMLInputElement, true>();
  const fieldsOfWords = new WeakMap<Node, Set<HTMLInputElement>>();
  const forget = (node: Node | null) => {
    // A change inside a label reaches us as its text node: walk up to the label.
    for (let at = node; at; at = at.parentNode) {
      if (at instanceof HTMLInputElement) passed.delete(at);
      for (const field of fieldsOfWords.get(at) ?? []) passed.delete(field);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) forget(record.target);
  });
  return {
    has: (field: HTMLInputElement) => passed.has(field),
    remember(field: HTMLInputElement) {
      passed.set(field, true);
      observer.observe(field, { attributes: true, attributeFilter: FACT_ATTRIBUTES });
      for (const words of wordElementsOf(field)) {
        let fields = fieldsOfWords.get(words);
        if (!fields) fieldsOfWords.set(words, (fields = new Set()));
        fields.add(field);
        observer.observe(words, WORDS_CHANGE);
      }
    },
    forget: (field: HTMLInputElement) => passed.delete(field),
    stop: () => observer.disconnect(),
  };
}

/**
 * Finds the access-code and receipt-number fields the moment a person
 * reaches one: a field is judged when it gets focus or input (events that
 * cross open shadow roots), so a page pays nothing for its other inputs, for
 * rendering late, or for churning its DOM, and nothing is polled. A field
 * that renders late, is replaced or relabelled is judged when it is used;
 * one that leaves the page, turns into a password field or is relabelled
 * as a two-step field, is let go. A same-origin iframe has its own copy of
 * the content script. Everything stops when `signal` aborts (the extension
 * reloads or the page goes away).
 */
export function watchFields(doc: Document, signal: AbortSignal, onField: OnField, options: WatchOptions = {}): FieldWatch {
  const attached = new Map<HTMLInputElement, { kind: WatchedKind; release: () => void }>();
  const passedOver = passedOverMemory();

  const release = (field: HTMLInputElement) => {
    attached.get(field)?.release();
    attached.delete(field);
  };

  // Only the fields we help are observed: their own attributes, the words
  // that name them (labels, aria-labelledby and aria-describedby targets),
  // and their parent's children so a removed field lets go of its panel at once.
  const observer = new MutationObserver(() => {
    for (const field of Array.from(attached.keys())) {
      if (!field.isConnected) release(field);
      else consider(field);
    }
    observeAttached();
  });
  const observeAttached = () => {
    observer.disconnect();
    for (const field of attached.keys()) {
      observer.observe(field, { attributes: true, attributeFilter: FACT_ATTRIBUTES });
      if (field.parentNode) observer.observe(field.parentNode, { childList: true });
      for (const words of wordElementsOf(field)) observer.observe(words, WORDS_CHANGE);
    }
  };

  const kindOf = (field: HTMLInputElement): WatchedKind | null => {
    const chosen = options.chosenKind?.(field) ?? null;
    if (!chosen) return guess(field);
    return chosen === 'none' || isNeverRead(field.type) ? null : chosen;
  };

  const consider = (field: HTMLInputElement) => {
    const watched = kindOf(field);
    const current = attached.get(field);
    if (current?.kind === watched) return;
    if (current) release(field); // relabelled, retyped, or the person's choice changed
    if (!watched) {
      passedOver.remember(field);
      return;
    }
    passedOver.forget(field);
    attached.set(field, { kind: watched, release: onField(field, watched) });
    observeAttached();
    replacements.track(field, watched);
  };
  // A helped field re-rendered by the page, and values restored on Back, get their panel without a click.
  const replacements = watchReplacements(signal, (field) => release(field), (field) => consider(field));

  const onEvent = (event: Event) => {
    const field = inputOf(event);
    if (!field || attached.has(field)) return;
    // Typing in a field passed over costs a lookup; reaching it again
    // (focus) looks afresh, since a label may have been added meanwhile.
    if (event.type === 'input' && passedOver.has(field)) return;
    // A person reaches a box by focus first; an input event with no focus is
    // the browser's autofill (trusted) or a page script's (not a person: a
    // page firing them at thousands of boxes must not make us judge each).
    if (event.type === 'input' && !(options.trusted ?? isTrusted)(event)) return;
    consider(field);
  };
  // Capture, so a page that stops propagation cannot hide its fields from us,
  // and so the field's own listeners (added by onField) hear this very event.
  doc.addEventListener('focusin', onEvent, { capture: true, signal });
  doc.addEventListener('input', onEvent, { capture: true, signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    passedOver.stop();
    for (const field of Array.from(attached.keys())) release(field);
  }, { once: true });

  // A field focused before we arrived (autofocus) is judged now.
  const active = deepActiveElement(doc);
  if (active?.localName === 'input') consider(active as HTMLInputElement);
  watchRestores(doc, signal, consider);

  return {
    helping: () => Array.from(attached.values(), ({ kind }) => kind),
    isHelped: (field) => attached.has(field),
    guess,
    survey: () => Array.from(doc.querySelectorAll('input'))
      .slice(0, SURVEY_LIMIT)
      .flatMap((field) => attached.get(field)?.kind ?? kindOf(field) ?? []),
    reconsider(field) {
      if (signal.aborted) return;
      consider(field);
    },
  };
}
