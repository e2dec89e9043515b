import type { Language } from '@/src/i18n/languages';
import { currentDirection } from '@/src/i18n/t';
import { followField } from './followField';
import { guard } from '@/src/context/guard';
import { spareFrameHost, takeFrameHost } from './panelFrameHost';
import { frameStyle, HOST_STYLE } from './panelHost';
import type { FromFrame, PanelAction } from './panelMessages';
import { isCovered } from './isCovered';
import { panelKeys } from './panelKeys';
import type { PanelView } from './panelState';

export type { PanelAction } from './panelMessages';

export interface MountedPanel {
  render(view: PanelView): void;
  /** Whether an element is the panel's (its host: the frame's document is not the page's). */
  contains(el: Element | null): boolean;
  remove(): void;
}

export interface PanelCallbacks {
  /** A press, key or focus change in the panel, for the reducer. */
  onAction(action: PanelAction): void;
  /** The page's language, which the panel speaks when none is picked in the popup. */
  language(): Language | undefined;
}

// Every panel's "let go of the page if your fields are gone": a field thrown
// away by its page (a re-render) must not leave its panel at the document's
// end, even before the field finder hears of it.
const detachers = new Set<() => void>();

// A field in a modal dialog: the rest of the page is inert, so the panel goes
// at the end of that dialog; anywhere else, at the very end of the document,
// after <body>, where no page selector or script looks.
function containerOf(field: HTMLInputElement): Element {
  const dialog = field.closest('dialog');
  try {
    if (dialog?.matches(':modal')) return dialog;
  } catch {
    // No :modal support: the document's end.
  }
  return field.ownerDocument.documentElement;
}

/**
 * One panel for one field, or for the boxes of a code split over several:
 * an extension page in a frame, inside a closed shadow root on a plain
 * `div` (a built-in element no page can define), shown in the top layer
 * from inside that root (page `::backdrop` and `[popover]` rules cannot
 * reach it). The frame is fed over a MessageChannel port handed over with a
 * secret only its address carries: a page that frames our page itself gets
 * no port and shows nothing. What the panel draws lives in the frame's own
 * document, with its own fonts: the page cannot read, find, restyle or
 * rewrite it.
 */
export function mountPanel(fields: readonly HTMLInputElement[], callbacks: PanelCallbacks): MountedPanel {
  for (const detachGone of detachers) detachGone();
  const field = fields[0]!;
  const doc = field.ownerDocument;
  const win = doc.defaultView!;
  const place = containerOf(fields.at(-1)!);
  const fh = takeFrameHost(doc, place);
  const { host, layer } = fh;

  const abort = new AbortController();
  let last: PanelView | null = null;
  // Aside, with no place that covers nothing of the page's: drawn as the marker (a placement fact, until the mode changes).
  let cramped = false;
  const drawn = (view: PanelView): PanelView => (view.mode === 'aside' ? { ...view, mode: cramped ? 'marker' : 'full' } : view);
  const viewportHeight = () => doc.documentElement.clientHeight || win.innerHeight;

  const maxWidth = () => Math.max(0, Math.min((doc.documentElement.clientWidth || win.innerWidth) - 8, 640));
  const send = () => {
    if (last) fh.post({ type: 'view', view: drawn(last), lang: callbacks.language()?.tag, maxWidth: maxWidth() });
  };
  // The frame is sized to what it draws, never taller than the screen (open details scroll inside it).
  const fit = () => {
    const { width, height } = fh.size;
    fh.frame().setAttribute('style', frameStyle({ width: Math.ceil(width), height: Math.min(Math.ceil(height), Math.max(0, viewportHeight() - 8)) }));
  };

  fh.listen(guard((message: FromFrame) => {
    switch (message.type) {
      case 'size':
        fit();
        return draw();
      case 'press': {
        // A press made through a page layer lying over ours does nothing.
        const box = fh.frame().getBoundingClientRect();
        if (isCovered(doc, layer, box.left + message.x, box.top + message.y)) return;
        return callbacks.onAction(message.action);
      }
      case 'key':
        return callbacks.onAction(message.action);
      case 'leave':
        return keys.leave(message.back);
      case 'escape':
        callbacks.onAction({ type: 'close' });
        return keys.focusField();
    }
  }), send);
  fit();

  const follower = followField(layer, fields, currentDirection, () => detach(), () => {
    if (cramped || last?.mode !== 'aside') return;
    cramped = true;
    send();
  });
  const connected = () => fields.some((f) => f.isConnected);
  // Our fields are gone (the page drew new ones): the frame, hidden, goes to
  // the page's next panel, which then needs no new frame.
  let owned = true;
  const detach = () => {
    if (connected() || !owned) return;
    owned = false;
    detachers.delete(detach);
    abort.abort();
    follower.stop();
    spareFrameHost(fh);
  };
  detachers.add(detach);

  const keys = panelKeys(fields, host, {
    // Whole, or aside (Shift+Tab comes back to the field before its focus is
    // heard), maybe as the marker; on screen, though perhaps not placed yet.
    isShown: () => (last?.mode === 'full' || last?.mode === 'aside') && follower.onScreen(),
    enter(at) {
      fh.frame().focus();
      fh.post({ type: 'enter', at });
    },
    close: () => callbacks.onAction({ type: 'close' }),
  }, abort.signal);

  function draw() {
    if (!last || !owned) return;
    if (!connected()) return detach();
    // The page removed or restyled our host: back as it was on the next
    // change (after the key's own task: a new frame is not made in it).
    if (!host.isConnected) win.setTimeout(guard(() => owned && fh.restore(place)), 0);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    follower.update(fh.size.width > 0 ? (last.mode === 'aside' && cramped ? 'marker' : last.mode) : 'hidden');
  }

  return {
    render(view) {
      if (!owned) return;
      if (view.mode !== 'aside') cramped = false;
      last = view;
      send();
      draw();
    },
    contains: (el) => owned && el === host,
    remove() {
      if (!owned) return;
      owned = false;
      detachers.delete(detach);
      abort.abort();
      follower.stop();
      spareFrameHost(fh);
    },
  };
}
