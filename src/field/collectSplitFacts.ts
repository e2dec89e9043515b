import { nearbyText } from './collectFieldFacts';
import { ONE_CHARACTER, type GroupTie, type SplitBoxFacts, type SplitCodeFacts } from './splitCode';

const MAX_TEXT = 120;
// More inputs than this around a box: no split code (splitCode takes at most 16 boxes of one character).
const MAX_INPUTS = 16;
// A box's container is looked for this many levels up (each box in its own wrapper).
const MAX_LEVELS = 3;

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
const byId = (field: Element, id: string) => ((field.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null);
const labelledBy = (field: Element) => (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);

/** A box's own name: aria-label, then its labels, then its aria-labelledby targets. */
function boxLabel(input: HTMLInputElement): string {
  const aria = input.getAttribute('aria-label');
  if (aria) return aria.slice(0, MAX_TEXT);
  const labels = Array.from(input.labels ?? [], textOf).filter(Boolean);
  if (labels.length) return labels.join(' ');
  return labelledBy(input).map((id) => textOf(byId(input, id))).join(' ');
}

/** The nearest ancestor (a few levels up) holding more than one input. */
function nearestGroupOf(field: Element): Element | null {
  let at = field.parentElement;
  for (let level = 0; at && level < MAX_LEVELS; level++, at = at.parentElement) {
    if (at.querySelectorAll('input').length > 1) return at;
  }
  return null;
}

/** The element that ties the boxes into a group, how, and the group's name. */
function groupOf(field: HTMLInputElement): { container: Element; tie: GroupTie; groupName: string } | null {
  const fieldset = field.closest('fieldset');
  const group = field.closest('[role="group"]');
  if (group && (!fieldset || fieldset.contains(group))) {
    const name = group.getAttribute('aria-label') || labelledBy(group).map((id) => textOf(byId(group, id))).join(' ');
    return { container: group, tie: 'group-role', groupName: name.slice(0, MAX_TEXT) };
  }
  if (fieldset) return { container: fieldset, tie: 'legend', groupName: textOf(fieldset.querySelector(':scope > legend')) };
  const wrapping = field.closest('label');
  if (wrapping && wrapping.querySelectorAll('input').length > 1) return { container: wrapping, tie: 'shared-label', groupName: textOf(wrapping) };
  const container = nearestGroupOf(field);
  if (!container) return null;
  // The same first aria-labelledby target on every box is a label they share.
  const shared = labelledBy(field)[0];
  const inputs = Array.from(container.querySelectorAll('input'));
  if (shared && inputs.every((input) => labelledBy(input)[0] === shared)) {
    return { container, tie: 'shared-label', groupName: textOf(byId(field, shared)) };
  }
  return { container, tie: 'none', groupName: '' };
}

/**
 * A short box: a maxlength of 1 to 6, or (a code component's box, which may
 * have none) an aria-label numbering one character. Other fields cost one
 * or two attribute reads.
 */
function isShortBox(field: HTMLInputElement): boolean {
  if (field.maxLength >= 1) return field.maxLength <= 6;
  return ONE_CHARACTER.test(field.getAttribute('aria-label') ?? '');
}

/**
 * Facts about the boxes around a short box, for splitCode: the group that
 * ties them, its name, the text just before it, and each box's type,
 * maxlength and label. Reads attributes and label text only, never a value.
 * Null at once for a field that is no short box.
 */
export function collectSplitFacts(field: HTMLInputElement): { facts: SplitCodeFacts; fields: HTMLInputElement[] } | null {
  if (!isShortBox(field)) return null;
  const group = groupOf(field);
  if (!group) return null;
  const fields = Array.from(group.container.querySelectorAll('input'));
  if (fields.length > MAX_INPUTS || !fields.includes(field)) return null;
  const boxes: SplitBoxFacts[] = fields.map((input) => ({
    type: (input.getAttribute('type') ?? 'text').toLowerCase(),
    maxLength: input.maxLength,
    label: boxLabel(input),
  }));
  return { facts: { tie: group.tie, groupName: group.groupName, boxes, nearbyText: nearbyText(group.container) }, fields };
}
