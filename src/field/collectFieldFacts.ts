import type { FieldFacts } from './FieldFacts';

const MAX_TEXT = 120;

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').trim().slice(0, MAX_TEXT);

// Text of the elements just before the field, for forms that put a <div> or
// <span> where a label belongs. Only the nearest two siblings, walking up one
// level when the field is alone in a wrapper, so a page's unrelated text is
// never taken for a label.
function nearbyText(field: Element): string {
  let anchor: Element | null = field;
  for (let depth = 0; depth < 2 && anchor; depth++) {
    const parts: string[] = [];
    let sibling = anchor.previousElementSibling;
    for (let i = 0; i < 2 && sibling; i++, sibling = sibling.previousElementSibling) {
      if (sibling.matches('input, select, textarea, button')) break;
      parts.unshift(textOf(sibling));
    }
    const text = parts.join(' ').trim();
    if (text) return text.slice(0, MAX_TEXT);
    anchor = anchor.parentElement;
  }
  return '';
}

function labelledBy(field: Element): string[] {
  const ids = (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const root = field.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => textOf(root.getElementById?.(id)));
}

/**
 * Gathers the facts classifyField needs. Reads attributes and label text
 * only, never the field's value. Password and e-mail fields are told apart by
 * type alone, so none of their labels or neighbours is even looked at.
 */
export function collectFieldFacts(field: HTMLInputElement | HTMLTextAreaElement): FieldFacts {
  const tag = field.localName;
  const type = tag === 'input' ? (field.getAttribute('type') ?? 'text').toLowerCase() : 'textarea';
  const base: FieldFacts = {
    tag,
    type,
    autocomplete: field.getAttribute('autocomplete') ?? '',
    id: field.id,
    name: field.getAttribute('name') ?? '',
    labels: [],
    ariaLabel: '',
    placeholder: '',
    nearbyText: '',
  };
  if (type === 'password' || type === 'email') return base;
  return {
    ...base,
    labels: [...Array.from(field.labels ?? [], textOf), ...labelledBy(field)].filter(Boolean),
    ariaLabel: field.getAttribute('aria-label') ?? '',
    placeholder: field.getAttribute('placeholder') ?? '',
    nearbyText: nearbyText(field),
  };
}
