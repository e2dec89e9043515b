// The page's elements that can lie over ours: ours is in the top layer, so
// only the page's own top-layer elements (popovers, modal dialogs, a
// fullscreen element) shown after it can. Each selector alone: a browser
// that lacks one still checks the others.
const TOP_LAYER = [':popover-open', ':modal', ':fullscreen'];

const contains = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * Whether a press at (x, y) (viewport px) may have gone through something of
 * the page lying over our panel (`ours`, our top-layer element): a page
 * popover or modal dialog whose box holds the point, even a transparent one
 * that lets presses through (`pointer-events: none`, which
 * elementFromPoint skips). Such a press does nothing: the person cannot see
 * the button it reached. The frame itself also ignores presses while
 * Chromium's IntersectionObserver v2 says it is not fully visible.
 */
export function isCovered(doc: Document, ours: Element, x: number, y: number): boolean {
  for (const selector of TOP_LAYER) {
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const el of found) if (el !== ours && !el.contains(ours) && contains(el.getBoundingClientRect(), x, y)) return true;
  }
  return false;
}
