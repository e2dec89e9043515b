/** A box in viewport coordinates (CSS px), as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Side = 'below' | 'above' | 'end' | 'start';

export interface Placement {
  side: Side;
  /** Viewport coordinates of the panel's top-left corner. */
  top: number;
  left: number;
}

/** Space kept between the field and the panel, and between the panel and the viewport's edge. */
export const GAP = 4;

/** The union of several boxes (a code split over boxes); null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (!boxes.length) return null;
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    left: Math.min(...boxes.map((b) => b.left)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    right: Math.max(...boxes.map((b) => b.right)),
  };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Where the panel goes beside a field so that it never covers it: below when
 * it fits, else above, else beside (the end side first, as text reads), and
 * when nothing fits, below anyway (its first line stays next to the field and
 * the page scrolls to the rest). Aligned with the field's start edge and kept
 * inside the viewport sideways.
 */
export function placePanel(field: Box, panel: { width: number; height: number }, viewport: { width: number; height: number }, dir: 'ltr' | 'rtl'): Placement {
  const alignedLeft = clamp(dir === 'rtl' ? field.right - panel.width : field.left, GAP, Math.max(GAP, viewport.width - panel.width - GAP));
  if (viewport.height - field.bottom - GAP >= panel.height) return { side: 'below', top: field.bottom + GAP, left: alignedLeft };
  if (field.top - GAP >= panel.height) return { side: 'above', top: field.top - GAP - panel.height, left: alignedLeft };
  const besideTop = clamp(field.top, GAP, Math.max(GAP, viewport.height - panel.height - GAP));
  const roomRight = viewport.width - field.right - GAP;
  const roomLeft = field.left - GAP;
  for (const side of ['end', 'start'] as const) {
    // 'end' is the right in left-to-right text, the left in right-to-left.
    const right = (side === 'end') === (dir === 'ltr');
    if (right && roomRight >= panel.width) return { side, top: besideTop, left: field.right + GAP };
    if (!right && roomLeft >= panel.width) return { side, top: besideTop, left: field.left - GAP - panel.width };
  }
  return { side: 'below', top: field.bottom + GAP, left: alignedLeft };
}

/** Whether any part of the box is inside the viewport. */
export function isOnScreen(box: Box, viewport: { width: number; height: number }): boolean {
  return box.bottom > 0 && box.right > 0 && box.top < viewport.height && box.left < viewport.width && box.bottom > box.top && box.right > box.left;
}
