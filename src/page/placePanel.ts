/** A box in viewport coordinates (CSS px), as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Side = 'below' | 'above' | 'end' | 'start' | 'inside';

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

/**
 * The marker's place once the person has moved on: inside the field's own
 * box, at its end edge, centred on its height, so it covers nothing of the
 * page's but the field's own padding.
 */
export function placeMarker(field: Box, marker: { width: number; height: number }, dir: 'ltr' | 'rtl'): Placement {
  const top = field.top + Math.max(0, (field.bottom - field.top - marker.height) / 2);
  const left = dir === 'rtl' ? field.left + 2 : field.right - marker.width - 2;
  return { side: 'inside', top, left };
}

/**
 * Every place beside the field where the panel fits on screen, in the order
 * placePanel prefers them: below, above, then beside (the end side first).
 */
export function placesBeside(field: Box, panel: { width: number; height: number }, viewport: { width: number; height: number }, dir: 'ltr' | 'rtl'): Placement[] {
  const alignedLeft = clamp(dir === 'rtl' ? field.right - panel.width : field.left, GAP, Math.max(GAP, viewport.width - panel.width - GAP));
  const places: Placement[] = [];
  if (viewport.height - field.bottom - GAP >= panel.height) places.push({ side: 'below', top: field.bottom + GAP, left: alignedLeft });
  if (field.top - GAP >= panel.height) places.push({ side: 'above', top: field.top - GAP - panel.height, left: alignedLeft });
  const besideTop = clamp(field.top, GAP, Math.max(GAP, viewport.height - panel.height - GAP));
  for (const side of ['end', 'start'] as const) {
    const right = (side === 'end') === (dir === 'ltr');
    if (right && viewport.width - field.right - GAP >= panel.width) places.push({ side, top: besideTop, left: field.right + GAP });
    if (!right && field.left - GAP >= panel.width) places.push({ side, top: besideTop, left: field.left - GAP - panel.width });
  }
  return places;
}

/** Points spread over a box (at most `step` px apart, edges included), for a cheap look at what lies there. */
export function samplePoints(box: { top: number; left: number; width: number; height: number }, step = 16): Array<{ x: number; y: number }> {
  const points: Array<{ x: number; y: number }> = [];
  const columns = Math.max(1, Math.ceil(box.width / step));
  const rows = Math.max(1, Math.ceil(box.height / step));
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= columns; c++) points.push({ x: box.left + Math.min(box.width - 1, (c * box.width) / columns), y: box.top + Math.min(box.height - 1, (r * box.height) / rows) });
  }
  return points;
}
