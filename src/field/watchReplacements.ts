import { classifyField, type WatchedKind } from './classifyField';
import { collectFieldFacts } from './collectFieldFacts';

// A field that went away is looked for again this long (a framework that
// re-renders after a submit waits for the server's answer first).
const LOOK_FOR_MS = 30_000;
// Without an id or a name, a replacement is the one box of its kind among
// at most this many inputs where the old one was.
const MAX_INPUTS = 50;

interface Tracked {
  kind: WatchedKind;
  /** The field's parents up to its root, nearest first, as they were when we started helping. */
  ancestors: Node[];
}

/** Where a helped field was, to recognise the field that replaces it. */
interface Slot {
  kind: WatchedKind;
  id: string;
  name: string;
  /** The nearest of its former parents still on the page: where the new field will appear. */
  scope: ParentNode;
  until: number;
}

export interface Replacements {
  /** Starts watching a helped field for being replaced. */
  track(field: HTMLInputElement, kind: WatchedKind): void;
}

const ancestorsOf = (field: Node): Node[] => {
  const chain: Node[] = [];
  for (let node = field.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) chain.push(node);
  return chain;
};

const isInput = (el: Element | null | undefined): el is HTMLInputElement => el?.localName === 'input';

/**
 * Notices when a field we were helping is taken off the page (a framework
 * re-rendering it, e.g. the "code is invalid" page after a submit), tells
 * `onLost`, and hands the field that takes its place (same id or name, or
 * the one box of its kind where it was) to `onFound`, so the new field gets
 * its panel without a click. Only the helped fields' own parents are
 * observed, and only while a replacement is awaited the one parent it will
 * appear in: other inputs and the page's other DOM changes are never read.
 */
export function watchReplacements(
  signal: AbortSignal,
  onLost: (field: HTMLInputElement) => void,
  onFound: (field: HTMLInputElement) => void,
): Replacements {
  const tracked = new Map<HTMLInputElement, Tracked>();
  let slots: Slot[] = [];
  let expiry: ReturnType<typeof setTimeout> | undefined;

  const find = (slot: Slot): HTMLInputElement | null => {
    const root = (slot.scope as Node).getRootNode() as Document | ShadowRoot;
    const byId = slot.id ? root.getElementById?.(slot.id) : null;
    if (isInput(byId)) return byId;
    if (slot.name) {
      const byName = slot.scope.querySelector(`input[name="${CSS.escape(slot.name)}"]`);
      return isInput(byName) ? byName : null;
    }
    const inputs = slot.scope.querySelectorAll('input');
    if (inputs.length > MAX_INPUTS) return null;
    const same = Array.from(inputs).filter((input) => classifyField(collectFieldFacts(input))?.kind === slot.kind);
    return same.length === 1 ? same[0]! : null;
  };

  const observer = new MutationObserver(() => check());
  const observe = () => {
    observer.disconnect();
    for (const { ancestors } of tracked.values()) for (const node of ancestors) observer.observe(node, { childList: true });
    for (const slot of slots) observer.observe(slot.scope as Node, { childList: true, subtree: true });
  };

  const check = () => {
    if (signal.aborted) return;
    for (const [field, { kind, ancestors }] of Array.from(tracked)) {
      if (field.isConnected) continue;
      tracked.delete(field);
      onLost(field);
      const scope = ancestors.find((node) => node.isConnected) as ParentNode | undefined;
      if (scope) slots.push({ kind, id: field.id, name: field.getAttribute('name') ?? '', scope, until: Date.now() + LOOK_FOR_MS });
    }
    const now = Date.now();
    const waiting: Slot[] = [];
    const found: HTMLInputElement[] = [];
    for (const slot of slots) {
      if (slot.until < now) continue;
      const field = find(slot);
      if (field && field.isConnected && !tracked.has(field) && classifyField(collectFieldFacts(field))?.kind === slot.kind) found.push(field);
      else waiting.push(slot);
    }
    slots = waiting;
    clearTimeout(expiry);
    if (slots.length) expiry = setTimeout(check, LOOK_FOR_MS);
    for (const field of found) onFound(field);
    observe();
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(expiry);
    tracked.clear();
    slots = [];
  }, { once: true });

  return {
    track(field, kind) {
      if (signal.aborted) return;
      tracked.set(field, { kind, ancestors: ancestorsOf(field) });
      observe();
    },
  };
}
