import { browser } from 'wxt/browser';
import type { WatchedKind } from './classifyField';

/** What a person said about one box: help it as this kind, or never help it ('none'). */
export type ChosenKind = WatchedKind | 'none';

/** One box a person chose, found again by its selector: no value, no text of the page. */
export interface ChosenBox {
  selector: string;
  kind: ChosenKind;
}

// Per page address (host and path, no query or fragment): the boxes a
// person chose there with "Help with this box". Kept in storage.local so the
// choice outlives a reload; "Stop helping this box" removes it. Plain
// storage.local rather than WXT's storage items: those add 3 KB to the
// content script every uscis.gov page loads, for one key.
const KEY = 'chosenBoxes';
const chosenItem = {
  async getValue(): Promise<Record<string, ChosenBox[]>> {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, ChosenBox[]>) : {};
  },
  setValue: (value: Record<string, ChosenBox[]>) => browser.storage.local.set({ [KEY]: value }),
};

/** The key a page's choices are kept under: `my.uscis.gov/account/applicant/add-case`. */
export const pageKey = (location: Pick<Location, 'host' | 'pathname'>) => `${location.host}${location.pathname}`;

const cssId = (id: string) => CSS.escape(id);

/**
 * A selector that finds this box again after a reload: its id when the id
 * is unique, else its name when unique, else its place under the nearest
 * ancestor with an id (or the document). Only a box in the document itself
 * (not in a shadow root) can be found again; null otherwise.
 */
export function selectorFor(field: Element): string | null {
  const doc = field.ownerDocument;
  if (field.getRootNode() !== doc) return null;
  const unique = (selector: string, el: Element = field) => doc.querySelectorAll(selector).length === 1 && doc.querySelector(selector) === el;
  if (field.id && unique(`#${cssId(field.id)}`)) return `#${cssId(field.id)}`;
  const name = field.getAttribute('name');
  const byName = name ? `${field.localName}[name="${CSS.escape(name)}"]` : '';
  if (byName && unique(byName)) return byName;
  const steps: string[] = [];
  let at: Element | null = field;
  while (at && at !== doc.documentElement) {
    if (at !== field && at.id && unique(`#${cssId(at.id)}`, at)) {
      steps.unshift(`#${cssId(at.id)}`);
      break;
    }
    const parent: Element | null = at.parentElement;
    const index = parent ? Array.prototype.indexOf.call(parent.children, at) + 1 : 1;
    steps.unshift(`${at.localName}:nth-child(${index})`);
    at = parent;
  }
  const selector = steps.join(' > ');
  return unique(selector) ? selector : null;
}

/**
 * The choices for one page, kept in memory for the finder to consult at
 * each judgement (a lookup, no storage access) and written through to
 * storage.local when a person chooses or stops.
 */
export function chosenBoxes(doc: Document, key: string) {
  let boxes: ChosenBox[] = [];
  // Boxes no selector finds again (inside a shadow root): chosen for this visit only.
  const unsaved = new WeakMap<Element, ChosenKind>();
  // A saved selector the page's markup no longer parses the same way finds nothing.
  const find = (selector: string) => {
    try {
      return doc.querySelector(selector);
    } catch {
      return null;
    }
  };
  const write = async (next: ChosenBox[]) => {
    boxes = next;
    const all = await chosenItem.getValue();
    if (next.length) all[key] = next;
    else delete all[key];
    await chosenItem.setValue(all);
  };
  const matching = (field: Element) => boxes.find((box) => find(box.selector) === field);
  return {
    /** The person's choice for this field, or null when they made none. */
    kindOf: (field: Element): ChosenKind | null => unsaved.get(field) ?? matching(field)?.kind ?? null,
    /** Reads the choices saved for this page; resolves with the boxes they point at now. */
    async load(): Promise<Element[]> {
      boxes = (await chosenItem.getValue())[key] ?? [];
      return boxes.flatMap((box) => find(box.selector) ?? []);
    },
    /** Remembers a choice; false when it holds for this visit only (the box is inside a shadow root). */
    async choose(field: Element, kind: ChosenKind): Promise<boolean> {
      const selector = selectorFor(field);
      if (!selector) {
        unsaved.set(field, kind);
        return false;
      }
      await write([...boxes.filter((box) => box.selector !== selector && find(box.selector) !== field), { selector, kind }]);
      return true;
    },
    /** Forgets the choice for this box. */
    async forget(field: Element): Promise<void> {
      unsaved.delete(field);
      await write(boxes.filter((box) => box !== matching(field)));
    },
  };
}

export type ChosenBoxes = ReturnType<typeof chosenBoxes>;
