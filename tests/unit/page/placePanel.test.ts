import { describe, expect, it } from 'vitest';
import { isOnScreen, placePanel, unionBox, type Box, type Placement } from '@/src/page/placePanel';

// A 1280 x 800 desktop window and a 360 x 640 phone.
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 640 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placePanel', () => {
  // [what, field, panel size, viewport, dir, expected]
  const rows: Array<[string, Box, { width: number; height: number }, { width: number; height: number }, 'ltr' | 'rtl', Placement]> = [
    // room below: 4 px under the field, its start edge aligned
    ['below', box(100, 200, 300, 40), { width: 400, height: 50 }, DESKTOP, 'ltr', { side: 'below', top: 244, left: 100 }],
    // right to left: aligned with the field's right edge (400 - 250)
    ['below, rtl', box(100, 200, 300, 40), { width: 250, height: 50 }, DESKTOP, 'rtl', { side: 'below', top: 244, left: 150 }],
    // field near the bottom: above it, its bottom 4 px over the field's top (700 - 4 - 60)
    ['above', box(100, 700, 300, 40), { width: 400, height: 60 }, DESKTOP, 'ltr', { side: 'above', top: 636, left: 100 }],
    // a tall panel that fits neither below nor above a field in the middle: beside, to the right,
    // its top level with the field's but pulled up to stay on screen (800 - 500 - 4)
    ['beside', box(100, 300, 300, 40), { width: 400, height: 500 }, DESKTOP, 'ltr', { side: 'end', top: 296, left: 404 }],
    // right to left beside: to the left of the field (700 - 4 - 400)
    ['beside, rtl', box(700, 300, 300, 40), { width: 400, height: 500 }, DESKTOP, 'rtl', { side: 'end', top: 296, left: 296 }],
    // a phone, a field as wide as the screen, a tall panel: below anyway, never over the field
    ['nothing fits', box(8, 300, 344, 48), { width: 352, height: 700 }, PHONE, 'ltr', { side: 'below', top: 352, left: 4 }],
    // a field running off the right edge: the panel is pulled back inside (360 - 200 - 4)
    ['kept inside sideways', box(300, 100, 200, 40), { width: 200, height: 40 }, PHONE, 'ltr', { side: 'below', top: 144, left: 156 }],
  ];
  it.each(rows)('%s', (_what, field, panel, viewport, dir, expected) => {
    expect(placePanel(field, panel, viewport, dir)).toEqual(expected);
  });

  it('never covers the field', () => {
    for (const [, field, panel, viewport, dir] of rows) {
      const p = placePanel(field, panel, viewport, dir);
      const overlaps = p.left < field.right && p.left + panel.width > field.left && p.top < field.bottom && p.top + panel.height > field.top;
      expect(overlaps).toBe(false);
    }
  });
});

describe('unionBox', () => {
  it('spans three boxes of a split code', () => {
    expect(unionBox([box(10, 100, 60, 40), box(80, 100, 60, 40), box(150, 102, 60, 40)])).toEqual({ left: 10, top: 100, right: 210, bottom: 142 });
  });
  it('is null for no boxes', () => {
    expect(unionBox([])).toBe(null);
  });
});

describe('isOnScreen', () => {
  // [what, box, expected]
  const rows: Array<[string, Box, boolean]> = [
    ['inside', box(10, 10, 100, 40), true],
    ['scrolled above the top', box(10, -60, 100, 40), false],
    ['below the bottom', box(10, 800, 100, 40), false],
    ['partly visible at the top', box(10, -20, 100, 40), true],
    ['hidden (no size)', box(0, 0, 0, 0), false],
  ];
  it.each(rows)('%s', (_what, b, expected) => {
    expect(isOnScreen(b, DESKTOP)).toBe(expected);
  });
});
