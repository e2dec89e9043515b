import { anchorBox } from '@/src/field/anchorBox';
import { guard } from './guard';
import { hostStyle } from './panelHost';
import { GAP, isOnScreen, placePanel, unionBox, type Side } from './placePanel';

// Layout shifts that fire no event we listen to (a banner slid in above the
// form, an animation) are caught by a cheap check at this pace while shown.
const RECHECK_MS = 250;

export interface Follower {
  /** Shows the host beside the fields (or hides it) and keeps it there; call after each render. */
  update(show: boolean): void;
  /** Which side the panel is on; null while hidden. */
  side(): Side | null;
  stop(): void;
}

/**
 * Keeps the host next to the fields through scrolling (the page's and any
 * scrolling box's), resizing, zooming, the fields moving or changing size,
 * and hides it while the fields are hidden or out of view. All work is
 * batched into one animation frame, and none is done while nothing is shown.
 */
export function followField(host: HTMLElement, fields: readonly HTMLInputElement[], dir: () => 'ltr' | 'rtl', onGone: () => void): Follower {
  const doc = host.ownerDocument;
  const win = doc.defaultView!;
  const abort = new AbortController();
  let wanted = false;
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

  const place = guard(() => {
    frame = 0;
    const live = fields.filter((f) => f.isConnected);
    if (!live.length) return onGone();
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: doc.documentElement.clientHeight || win.innerHeight };
    // The box a person sees: for a see-through input over drawn slots (input-otp), the slots'.
    const field = unionBox(live.map(anchorBox));
    const visible = wanted && field !== null && isOnScreen(field, viewport) && live.some((f) => !clipped.has(f));
    if (!visible) {
      side = null;
      popover(false);
      setStyle(hostStyle(null));
      return;
    }
    const maxWidth = Math.max(0, Math.min(viewport.width - 2 * GAP, 640));
    // Never taller than the screen: open details scroll inside the panel.
    const maxHeight = Math.max(0, viewport.height - 2 * GAP);
    // Shown first where it was (or at the field) so its size can be read, then placed.
    if (side === null) setStyle(hostStyle({ top: win.scrollY + field.bottom + GAP, left: win.scrollX + Math.max(GAP, field.left), maxWidth, maxHeight }));
    if (host.parentNode && !host.matches(':popover-open')) popover(true);
    const size = host.getBoundingClientRect();
    const at = placePanel(field, { width: size.width, height: size.height }, viewport, dir());
    side = at.side;
    setStyle(hostStyle({ top: Math.round(win.scrollY + at.top), left: Math.round(win.scrollX + at.left), maxWidth, maxHeight }));
  });
  // Observers call this from their own tasks: a window already gone (a frame
  // removed, a page torn down) must not throw out of our callback.
  const schedule = guard(() => {
    if (wanted && !frame && !abort.signal.aborted) frame = win.requestAnimationFrame(place);
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
    update(show) {
      wanted = show;
      if (!show) {
        win.clearInterval(recheck);
        recheck = 0;
        if (frame) win.cancelAnimationFrame(frame);
        frame = 0;
        side = null;
        popover(false);
        setStyle(hostStyle(null));
        return;
      }
      recheck ||= win.setInterval(schedule, RECHECK_MS);
      // Placed in the next animation frame, before it is painted: the
      // keystroke's own task reads no layout, so typing never waits for it.
      schedule();
    },
    side: () => side,
    stop() {
      abort.abort();
      resized.disconnect();
      seen.disconnect();
      win.clearInterval(recheck);
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
