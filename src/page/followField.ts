import { anchorBox } from '@/src/field/anchorBox';
import { guard } from '@/src/context/guard';
import { layerStyle } from './panelHost';
import { GAP, isOnScreen, placeMarker, placePanel, placesBeside, samplePoints, unionBox, type Side } from './placePanel';
import type { PanelMode } from './panelState';

// Layout shifts that fire no event we listen to (a banner slid in above the
// form, an animation) are caught by a cheap check at this pace while shown.
const RECHECK_MS = 250;

export interface Follower {
  /** Shows the panel beside the fields (whole, or as a marker at their edge), or hides it, and keeps it there; call after each render. */
  update(mode: PanelMode): void;
  /**
   * The panel is wanted and its fields are on screen: it shows, or will at
   * the next frame (placing waits for one, and a panel with no free place
   * beside the fields becomes the marker). Read from the layout now, so a
   * key never takes "not placed yet" for "hidden".
   */
  onScreen(): boolean;
  stop(): void;
}

/**
 * Keeps the panel's top-layer element (`host`, inside our closed root) next to the fields through scrolling (the page's and any
 * scrolling box's), resizing, zooming, the fields moving or changing size,
 * and hides it while the fields are hidden or out of view. All work is
 * batched into one animation frame, and none is done while nothing is shown.
 */
export function followField(host: HTMLElement, fields: readonly HTMLInputElement[], dir: () => 'ltr' | 'rtl', onGone: () => void, onCramped: () => void = () => {}): Follower {
  const doc = host.ownerDocument;
  // Our host in the page (the layer is inside its closed root): what elementsFromPoint gives for us.
  const ours = (host.getRootNode() as ShadowRoot).host ?? host;
  const win = doc.defaultView!;
  const abort = new AbortController();
  let wanted: PanelMode = 'hidden';
  let frame = 0;
  let recheck = 0;
  let style = '';
  let side: Side | null = null;
  // Clipped away by a scrolling box: only an IntersectionObserver sees that cheaply.
  const clipped = new Set<Element>();

  const setStyle = (next: string) => {
    if (next !== style) host.setAttribute('style', (style = next));
  };
  const popover = (open: boolean) => {
    if (!('showPopover' in host)) return;
    try {
      if (open && !host.matches(':popover-open')) host.showPopover();
      else if (!open && host.matches(':popover-open')) host.hidePopover();
    } catch {
      // Not connected, or a page's dialog refused it: the host stays in the flow's end, styled above the page.
    }
  };

  const liveFields = () => fields.filter((f) => f.isConnected);
  const viewportOf = () => ({ width: doc.documentElement.clientWidth || win.innerWidth, height: doc.documentElement.clientHeight || win.innerHeight });
  // The box a person sees of the fields, while it is on screen (not scrolled
  // or clipped away): for a see-through input over drawn slots (input-otp), the slots'.
  const fieldBox = (live: HTMLInputElement[], viewport: { width: number; height: number }) => {
    const field = unionBox(live.map(anchorBox));
    return field !== null && isOnScreen(field, viewport) && live.some((f) => !clipped.has(f)) ? field : null;
  };

  const place = guard(() => {
    frame = 0;
    const live = liveFields();
    if (!live.length) return onGone();
    const viewport = viewportOf();
    const field = wanted === 'hidden' ? null : fieldBox(live, viewport);
    if (!field) {
      side = null;
      popover(false);
      setStyle(layerStyle(null));
      return;
    }
    // Shown first where it was (or at the field) so its size can be read, then placed.
    if (side === null) setStyle(layerStyle({ top: win.scrollY + field.bottom + GAP, left: win.scrollX + Math.max(GAP, field.left) }));
    if (host.isConnected && !host.matches(':popover-open')) popover(true);
    const size = host.getBoundingClientRect();
    let at = wanted === 'marker' ? placeMarker(field, size, dir()) : placePanel(field, { width: size.width, height: size.height }, viewport, dir());
    if (wanted === 'aside') {
      // The person moved on: only a place that covers nothing of the page's own, else the marker.
      const free = placesBeside(field, size, viewport, dir()).find((p) => coversNothing({ top: p.top, left: p.left, width: size.width, height: size.height }));
      if (!free) {
        side = null;
        popover(false);
        setStyle(layerStyle(null));
        return onCramped();
      }
      at = free;
    }
    side = at.side;
    setStyle(layerStyle({ top: Math.round(win.scrollY + at.top), left: Math.round(win.scrollX + at.left) }));
  });
  // Whether a box (viewport px) lies over nothing of the page's but the
  // background: the document, its body, or a box that holds the field (the
  // form itself), at each of a few points spread over it.
  const coversNothing = (box: { top: number; left: number; width: number; height: number }) => {
    const live = liveFields();
    return samplePoints(box).every(({ x, y }) => {
      const below = doc.elementsFromPoint(x, y).find((el) => el !== ours);
      return !below || below === doc.documentElement || below === doc.body || (live.some((f) => below.contains(f)) && !live.includes(below as HTMLInputElement));
    });
  };
  // Observers call this from their own tasks: a window already gone (a frame
  // removed, a page torn down) must not throw out of our callback.
  const schedule = guard(() => {
    if (wanted !== 'hidden' && !frame && !abort.signal.aborted) frame = win.requestAnimationFrame(place);
  });

  const options = { capture: true, passive: true, signal: abort.signal };
  win.addEventListener('scroll', schedule, options); // capture: scrolling boxes too
  win.addEventListener('resize', schedule, options); // window size and zoom
  win.visualViewport?.addEventListener('resize', schedule, options);
  const resized = new win.ResizeObserver(schedule);
  for (const f of fields) resized.observe(f);
  resized.observe(host);
  if (doc.body) resized.observe(doc.body);
  const seen = new win.IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) clipped.delete(e.target);
      else clipped.add(e.target);
    }
    schedule();
  });
  for (const f of fields) seen.observe(f);

  return {
    update(mode) {
      const moved = mode !== wanted;
      wanted = mode;
      if (mode === 'hidden') {
        win.clearInterval(recheck);
        recheck = 0;
        if (frame) win.cancelAnimationFrame(frame);
        frame = 0;
        side = null;
        popover(false);
        setStyle(layerStyle(null));
        return;
      }
      if (moved) side = null;
      recheck ||= win.setInterval(schedule, RECHECK_MS);
      // Placed in the next animation frame, before it is painted: the
      // keystroke's own task reads no layout, so typing never waits for it.
      schedule();
    },
    onScreen: () => wanted !== 'hidden' && fieldBox(liveFields(), viewportOf()) !== null,
    stop() {
      abort.abort();
      resized.disconnect();
      seen.disconnect();
      win.clearInterval(recheck);
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
