import { browser } from 'wxt/browser';
import type { Language } from '@/src/i18n/languages';
import { currentDirection } from '@/src/i18n/t';
import { followField } from './followField';
import { guard } from './guard';
import { createHost, frameStyle, HOST_STYLE, isOurHost } from './panelHost';
import { isFromFrame, PORT_MESSAGE, type FromFrame, type PanelAction, type ToFrame } from './panelMessages';
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

// A panel left by an earlier copy of this content script (Firefox unloads the
// old copy when the extension is reloaded or updated, leaving its panel).
function removeStalePanels(container: Element, current: Element): void {
  for (const el of Array.from(container.children)) if (el !== current && isOurHost(el)) el.remove();
}

const secret = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

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
  const host = createHost(doc);
  const shadow = host.attachShadow({ mode: 'closed' });
  // The top-layer element, inside our root: the page's sheets never match it.
  const layer = doc.createElement('div');
  if ('showPopover' in layer) layer.setAttribute('popover', 'manual');
  shadow.append(layer);
  const place = containerOf(fields.at(-1)!);
  place.append(host);
  removeStalePanels(place, host);

  const abort = new AbortController();
  let last: PanelView | null = null;
  let size = { width: 0, height: 0 };
  let port: MessagePort | null = null;
  let frame: HTMLIFrameElement;
  // Aside, with no place that covers nothing of the page's: drawn as the marker (a placement fact, until the mode changes).
  let cramped = false;
  const drawn = (view: PanelView): PanelView => (view.mode === 'aside' ? { ...view, mode: cramped ? 'marker' : 'full' } : view);

  const post = (message: ToFrame) => port?.postMessage(message);
  const maxWidth = () => Math.max(0, Math.min((doc.documentElement.clientWidth || win.innerWidth) - 8, 640));
  const send = () => {
    if (last) post({ type: 'view', view: drawn(last), lang: callbacks.language()?.tag, maxWidth: maxWidth() });
  };

  const onMessage = guard((e: MessageEvent) => {
    const message = e.data as FromFrame;
    if (!isFromFrame(message)) return;
    switch (message.type) {
      case 'size':
        // Never taller than the screen: open details scroll inside the frame.
        size = { width: Math.ceil(message.width), height: Math.min(Math.ceil(message.height), Math.max(0, (doc.documentElement.clientHeight || win.innerHeight) - 8)) };
        frame.setAttribute('style', frameStyle(size));
        return draw();
      case 'press': {
        // A press made through a page layer lying over ours does nothing.
        const box = frame.getBoundingClientRect();
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
  });

  // A fresh frame and port; again whenever the frame's document changes under us
  // (a page can navigate a child frame it cannot read: that document gets no port).
  const makeFrame = () => {
    port?.close();
    port = null;
    const key = secret();
    frame = doc.createElement('iframe');
    frame.setAttribute('style', frameStyle());
    frame.setAttribute('title', '');
    frame.tabIndex = -1;
    let loads = 0;
    frame.addEventListener('load', guard(() => {
      if (loads++) return void win.setTimeout(guard(() => !abort.signal.aborted && makeFrame()), 0);
      const channel = new MessageChannel();
      channel.port1.onmessage = onMessage;
      port = channel.port1;
      frame.contentWindow?.postMessage({ type: PORT_MESSAGE, secret: key }, new URL(browser.runtime.getURL('/')).origin, [channel.port2]);
      send();
    }), { signal: abort.signal });
    frame.src = `${browser.runtime.getURL('/panel-frame.html')}#${key}`;
    layer.replaceChildren(frame);
  };
  makeFrame();

  const follower = followField(layer, fields, currentDirection, () => detach(), () => {
    if (cramped || last?.mode !== 'aside') return;
    cramped = true;
    size = { width: 0, height: 0 };
    send();
  });
  const connected = () => fields.some((f) => f.isConnected);
  const detach = () => {
    if (connected() || !host.isConnected) return;
    host.remove();
    follower.update('hidden');
  };
  detachers.add(detach);

  const keys = panelKeys(fields, host, {
    isShown: () => last?.mode === 'full' && follower.side() !== null,
    enter(at) {
      frame.focus();
      post({ type: 'enter', at });
    },
    close: () => callbacks.onAction({ type: 'close' }),
  }, abort.signal);

  function draw() {
    if (!last) return;
    if (!connected()) return detach();
    // The page removed or restyled our host: back as it was on the next change.
    if (!host.isConnected) place.append(host);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    follower.update(size.width > 0 ? (last.mode === 'aside' && cramped ? 'marker' : last.mode) : 'hidden');
  }

  return {
    render(view) {
      if (view.mode !== 'aside') cramped = false;
      last = view;
      send();
      draw();
    },
    contains: (el) => el === host,
    remove() {
      detachers.delete(detach);
      abort.abort();
      port?.close();
      follower.stop();
      host.remove();
    },
  };
}
