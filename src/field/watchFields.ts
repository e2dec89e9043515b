import { classifyField, type WatchedKind } from './classifyField';
import { collectFieldFacts, labelIndex, type LabelIndex } from './collectFieldFacts';

/** Called for each watched field found; returns how to let go of it. */
export type OnField = (field: HTMLInputElement, kind: WatchedKind) => () => void;

// Attributes that can change what a field is (a framework may set them late).
const FACT_ATTRIBUTES = ['type', 'id', 'name', 'autocomplete', 'aria-label', 'aria-labelledby', 'placeholder'];

/**
 * Finds the access-code and receipt-number fields in `doc` and its open
 * shadow roots, now and whenever the page adds, replaces or relabels them,
 * with one MutationObserver and no polling. Everything stops when `signal`
 * aborts (the extension reloads or the page goes away).
 */
export function watchFields(doc: Document, signal: AbortSignal, onField: OnField): void {
  const attached = new Map<HTMLInputElement, () => void>();
  const observedRoots = new WeakSet<Node>();

  const release = (field: HTMLInputElement) => {
    attached.get(field)?.();
    attached.delete(field);
  };

  const consider = (field: HTMLInputElement, labels?: LabelIndex) => {
    const decision = classifyField(collectFieldFacts(field, labels));
    const watched = decision && decision.kind !== 'excluded' ? decision.kind : null;
    if (attached.has(field)) {
      if (watched) return;
      release(field); // relabelled or retyped into something we must not touch
    }
    if (watched) attached.set(field, onField(field, watched));
  };

  // Every input, label and open shadow root inside `node` (itself included).
  const scan = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'input') consider(el as HTMLInputElement);
      else if (el.localName === 'label') considerLabel(el as HTMLLabelElement);
      if (el.shadowRoot) observeRoot(el.shadowRoot);
      if (!el.firstElementChild) return;
    } else if (node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      return;
    }
    const parent = node as ParentNode;
    const inputs = new Set(Array.from(parent.querySelectorAll('input')));
    // Many fields at once (a page load, a big form added): read every label in
    // one pass instead of once per field (see labelIndex).
    const labels = inputs.size > 1 ? labelIndex(node.getRootNode() as Document | ShadowRoot) : undefined;
    for (const input of inputs) consider(input, labels);
    for (const label of Array.from(parent.querySelectorAll('label'))) {
      if (!inputs.has(label.control as HTMLInputElement)) considerLabel(label);
    }
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if (el.shadowRoot) observeRoot(el.shadowRoot);
    }
  };

  // A label that arrives after its field can name it.
  const considerLabel = (label: HTMLLabelElement) => {
    const control = label.control;
    if (control?.localName === 'input' && !attached.has(control as HTMLInputElement)) consider(control as HTMLInputElement);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if ((record.target as Element).localName === 'input') consider(record.target as HTMLInputElement);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) scan(node);
    }
    // A replaced or removed field lets go of its panel and listeners.
    for (const field of Array.from(attached.keys())) if (!field.isConnected) release(field);
  });

  function observeRoot(root: Document | ShadowRoot) {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: FACT_ATTRIBUTES });
    scan(root);
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const field of Array.from(attached.keys())) release(field);
  }, { once: true });

  observeRoot(doc);
}
