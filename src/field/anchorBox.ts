/** A box in viewport coordinates (CSS px), as getBoundingClientRect gives it. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// How far up a see-through input's drawing is looked for (input-otp: the
// input sits in a wrapper beside the slots, inside the component's container).
const MAX_LEVELS = 3;

const isClear = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0(\.0+)?\)$/.test(color.replace(/\s+/g, ' '));

/**
 * Whether the field is an input a person does not see, laid over what the
 * page draws for it: its text is transparent (input-otp's default), or the
 * whole input is.
 */
function isSeeThrough(field: HTMLInputElement): boolean {
  const style = field.ownerDocument.defaultView?.getComputedStyle(field);
  if (!style) return false;
  return style.opacity === '0' || (isClear(style.color) && isClear(style.getPropertyValue('caret-color') || style.color));
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const hasArea = (r: Rect) => r.right > r.left && r.bottom > r.top;

/**
 * The box a person sees for a field, for the panel to sit against: the
 * field's own, or, for a see-through input laid over slots the page draws
 * (a code component such as input-otp), the union of the drawn elements
 * beneath it: the siblings of the input or of one of its nearest wrappers
 * that overlap its box. Read at placement time (an animation frame), never
 * while typing.
 */
export function anchorBox(field: HTMLInputElement): Rect {
  const own = field.getBoundingClientRect();
  if (!isSeeThrough(field)) return own;
  let at: Element = field;
  for (let level = 0; level < MAX_LEVELS && at.parentElement; level++, at = at.parentElement) {
    const drawn = Array.from(at.parentElement.children, (el) => (el === at ? null : el.getBoundingClientRect()))
      .filter((r): r is DOMRect => r !== null && hasArea(r) && overlaps(r, own));
    if (drawn.length) {
      return {
        top: Math.min(...drawn.map((r) => r.top)),
        left: Math.min(...drawn.map((r) => r.left)),
        bottom: Math.max(...drawn.map((r) => r.bottom)),
        right: Math.max(...drawn.map((r) => r.right)),
      };
    }
  }
  return own;
}
