import { classifyField, type WatchedKind } from './classifyField';
import { collectFieldFacts } from './collectFieldFacts';
import { watchReplacements } from './watchReplacements';
import { watchRestores } from './watchRestores';

/** Called for each watched field found; returns how to let go of it. */
export type OnField = (field: HTMLInputElement, kind: WatchedKind) => () => void;

// Attributes that can change what a field is (a framework may set them late).
const FACT_ATTRIBUTES = ['type', 'id', 'name', 'autocomplete', 'aria-label', 'aria-labelledby', 'placeholder'];

/** The input an event really happened in, also inside open shadow roots. */
function inputOf(event: Event): HTMLInputElement | null {
  const target = event.composedPath()[0] as Element | undefined;
  return target?.localName === 'input' ? (target as HTMLInputElement) : null;
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Finds the access-code and receipt-number fields the moment a person
 * reaches one: a field is judged when it gets focus or input (events that
 * cross open shadow roots), so a page pays nothing for its other inputs, for
 * rendering late, or for churning its DOM, and nothing is polled. A field
 * that renders late, is replaced or relabelled is judged when it is used;
 * one that leaves the page, or turns into a password field, is let go. A
 * same-origin iframe has its own copy of the content script. Everything
 * stops when `signal` aborts (the extension reloads or the page goes away).
 */
export function watchFields(doc: Document, signal: AbortSignal, onField: OnField): void {
  const attached = new Map<HTMLInputElement, () => void>();

  const release = (field: HTMLInputElement) => {
    attached.get(field)?.();
    attached.delete(field);
  };

  // Only the fields we help are observed: their own attributes, and their
  // parent's children so a removed field lets go of its panel at once.
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
    }
  };

  const consider = (field: HTMLInputElement) => {
    const decision = classifyField(collectFieldFacts(field));
    const watched = decision && decision.kind !== 'excluded' ? decision.kind : null;
    if (attached.has(field)) {
      if (!watched) release(field); // relabelled or retyped into something we must not touch
      return;
    }
    if (!watched) return;
    attached.set(field, onField(field, watched));
    observeAttached();
    replacements.track(field, watched);
  };
  // A helped field re-rendered by the page, and values restored on Back, get their panel without a click.
  const replacements = watchReplacements(signal, (field) => release(field), (field) => consider(field));

  const onEvent = (event: Event) => {
    const field = inputOf(event);
    if (field && !attached.has(field)) consider(field);
  };
  // Capture, so a page that stops propagation cannot hide its fields from us,
  // and so the field's own listeners (added by onField) hear this very event.
  doc.addEventListener('focusin', onEvent, { capture: true, signal });
  doc.addEventListener('input', onEvent, { capture: true, signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const field of Array.from(attached.keys())) release(field);
  }, { once: true });

  // A field focused before we arrived (autofocus) is judged now.
  const active = deepActiveElement(doc);
  if (active?.localName === 'input') consider(active as HTMLInputElement);
  watchRestores(doc, signal, consider);
}
