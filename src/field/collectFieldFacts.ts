import { fieldFacts, type FieldFacts } from './FieldFacts';
import { isNeverRead } from './inputTypes';

/**
 * The most text read from any one element: a label or hint is a few words,
 * and a field next to a 3 MB article must not pay for reading the article
 * on every keystroke.
 */
export const MAX_TEXT = 300;

/**
 * The first `max` characters of an element's text, reading text nodes one by
 * one and stopping there (textContent would build the whole string first).
 */
export function cappedText(node: Node | null | undefined, max = MAX_TEXT): string {
  if (!node) return '';
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? '').trim().slice(0, max);
  const walker = (node.ownerDocument ?? document).createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = '';
  while (text.length < max && walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
  return text.trim().slice(0, max);
}

const textOf = (node: Node | null | undefined) => cappedText(node);

/**
 * Text of the elements just before the field (or a group of boxes), for
 * forms that put a <div> or <span> where a label belongs. Only the nearest
 * two siblings, walking up one level when nothing precedes the element in
 * its wrapper, so a page's unrelated text is never taken for a label. Another
 * control just before it ends the search: the text before a row of boxes
 * names the row (judged by splitCode), not its second box.
 */
export function nearbyText(field: Element): string {
  let anchor: Element | null = field;
  for (let depth = 0; depth < 2 && anchor; depth++) {
    const parts: string[] = [];
    let sibling = anchor.previousElementSibling;
    for (let i = 0; i < 2 && sibling; i++, sibling = sibling.previousElementSibling) {
      if (sibling.matches('input, select, textarea, button')) {
        if (!parts.join('').trim()) return '';
        break;
      }
      parts.unshift(textOf(sibling));
    }
    const text = parts.join(' ').trim();
    if (text) return text.slice(0, MAX_TEXT);
    anchor = anchor.parentElement;
  }
  return '';
}

/** The elements an ARIA id-list attribute points at, in the field's own tree. */
function targetsOf(field: Element, attribute: 'aria-labelledby' | 'aria-describedby'): Element[] {
  const ids = (field.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  const root = field.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => root.getElementById?.(id)).filter((el): el is HTMLElement => el != null);
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

const typeOf = (field: TextField) =>
  field.localName === 'input' ? (field.getAttribute('type') ?? 'text').toLowerCase() : 'textarea';

/**
 * The elements whose words name or describe the field: its labels and its
 * aria-labelledby and aria-describedby targets. The watcher observes these
 * (and only these) for a field it helps or has passed over.
 */
export function wordElementsOf(field: TextField): Element[] {
  if (isNeverRead(typeOf(field))) return [];
  return [...Array.from(field.labels ?? []), ...targetsOf(field, 'aria-labelledby'), ...targetsOf(field, 'aria-describedby')];
}

/**
 * Gathers the facts classifyField needs. Reads attributes and label text
 * only, never the field's value, and at most MAX_TEXT characters of any
 * element. Password and e-mail fields are told apart by type alone, so none
 * of their labels or neighbours is even looked at.
 */
export function collectFieldFacts(field: TextField): FieldFacts {
  const tag = field.localName;
  const type = typeOf(field);
  const base = fieldFacts({ tag, type, autocomplete: field.getAttribute('autocomplete') ?? '', id: field.id, name: field.getAttribute('name') ?? '' });
  if (isNeverRead(type)) return base;
  return {
    ...base,
    labels: [...Array.from(field.labels ?? [], textOf), ...targetsOf(field, 'aria-labelledby').map(textOf)].filter(Boolean),
    ariaLabel: (field.getAttribute('aria-label') ?? '').slice(0, MAX_TEXT),
    placeholder: (field.getAttribute('placeholder') ?? '').slice(0, MAX_TEXT),
    nearbyText: nearbyText(field),
    descriptions: targetsOf(field, 'aria-describedby').map(textOf).filter(Boolean),
    inSearch: field.closest('[role="search" i], search') !== null,
  };
}
