import { browser } from 'wxt/browser';
import { guard } from '@/src/context/guard';
import { createHost, frameStyle, isOurHost, layerStyle } from './panelHost';
import { isFromFrame, PORT_MESSAGE, type FromFrame, type ToFrame } from './panelMessages';

/**
 * The panel's frame and its host, apart from any one field: made when a
 * watched field gets focus (so the first key finds it loaded) and kept for
 * the next panel of the page when a field goes (a page that re-renders its
 * field does not wait for a new frame).
 */
export interface FrameHost {
  readonly host: HTMLElement;
  /** The top-layer element inside the host's closed root. */
  readonly layer: HTMLElement;
  frame(): HTMLIFrameElement;
  /** The panel's last measured size (0 while nothing is drawn). */
  size: { width: number; height: number };
  /** Sends to the frame once its port is there (the latest view is sent again on connect). */
  post(message: ToFrame): void;
  /** Who hears the frame now (one panel at a time). */
  listen(onMessage: ((message: FromFrame) => void) | null, onConnect?: () => void): void;
  /** The page removed our host: back into `container`, with a fresh frame (a moved frame reloads anyway). */
  restore(into: Element): void;
  dispose(): void;
}

// The hosts this copy of the content script made.
const ours = new WeakSet<Element>();
// One ready frame per document, for the next panel.
const spares = new WeakMap<Document, FrameHost>();
// How many frames each document has in use.
const inUse = new WeakMap<Document, number>();
const count = (doc: Document, by: number) => inUse.set(doc, Math.max(0, (inUse.get(doc) ?? 0) + by));

const secret = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

// A panel left by an earlier copy of this content script (Firefox unloads the
// old copy when the extension is reloaded or updated, leaving its panel).
function removeStalePanels(container: Element): void {
  for (const el of Array.from(container.children)) if (!ours.has(el) && isOurHost(el)) el.remove();
}

function createFrameHost(doc: Document, container: Element): FrameHost {
  const win = doc.defaultView!;
  const host = createHost(doc);
  const shadow = host.attachShadow({ mode: 'closed' });
  // The top-layer element, inside our root: the page's sheets never match it.
  const layer = doc.createElement('div');
  if ('showPopover' in layer) layer.setAttribute('popover', 'manual');
  layer.setAttribute('style', layerStyle(null));
  shadow.append(layer);
  ours.add(host);
  container.append(host);
  removeStalePanels(container);

  const abort = new AbortController();
  let port: MessagePort | null = null;
  let frame: HTMLIFrameElement;
  let handler: ((message: FromFrame) => void) | null = null;
  let connected: (() => void) | undefined;

  const onMessage = guard((e: MessageEvent) => {
    if (!isFromFrame(e.data)) return;
    if (e.data.type === 'size') fh.size = { width: e.data.width, height: e.data.height };
    handler?.(e.data);
  });

  // A fresh frame and port; again whenever the frame's document changes under
  // us (moved or removed by the page, or navigated: a page can navigate a
  // child frame it cannot read, and that document gets no port).
  const makeFrame = () => {
    port?.close();
    port = null;
    fh.size = { width: 0, height: 0 };
    const key = secret();
    // oxlint-disable-next-line react/iframe-missing-sandbox -- the sandbox is set on the next lines
    frame = doc.createElement('iframe');
    // Our own page: it may run its script and keep its extension origin (its
    // words and the language setting), and nothing else: no popups, forms or
    // navigating the page.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.setAttribute('style', frameStyle());
    frame.setAttribute('title', '');
    frame.tabIndex = -1;
    let loads = 0;
    frame.addEventListener('load', guard(() => {
      if (loads++) return void win.setTimeout(guard(() => !abort.signal.aborted && frame.isConnected && makeFrame()), 0);
      const channel = new MessageChannel();
      channel.port1.addEventListener('message', onMessage);
      channel.port1.start();
      port = channel.port1;
      frame.contentWindow?.postMessage({ type: PORT_MESSAGE, secret: key }, new URL(browser.runtime.getURL('/')).origin, [channel.port2]);
      connected?.();
    }), { signal: abort.signal });
    frame.src = `${browser.runtime.getURL('/panel-frame.html')}#${key}`;
    layer.replaceChildren(frame);
  };

  const fh: FrameHost = {
    host,
    layer,
    frame: () => frame,
    size: { width: 0, height: 0 },
    post: (message) => port?.postMessage(message),
    listen(onMessageNow, onConnect) {
      handler = onMessageNow;
      connected = onConnect;
    },
    restore(into) {
      if (host.isConnected || abort.signal.aborted) return;
      into.append(host);
      makeFrame();
    },
    dispose() {
      abort.abort();
      port?.close();
      host.remove();
    },
  };
  makeFrame();
  return fh;
}

/** A frame for a panel in `container`: the page's spare when it is there and in place, else a new one. */
export function takeFrameHost(doc: Document, container: Element): FrameHost {
  const spare = spares.get(doc);
  spares.delete(doc);
  count(doc, 1);
  if (spare && spare.host.parentElement === container) return spare;
  spare?.dispose();
  return createFrameHost(doc, container);
}

/**
 * Makes a frame ready for the page's first panel (a watched field got
 * focus), after the focus's own task; none when the page has one already,
 * ready or in use (a frame whose field goes is kept for the next panel).
 */
export function prepareFrameHost(doc: Document): void {
  doc.defaultView?.setTimeout(guard(() => {
    if (spares.has(doc) || (inUse.get(doc) ?? 0) > 0) return;
    const fh = createFrameHost(doc, doc.documentElement);
    fh.listen(null);
    spares.set(doc, fh);
  }), 0);
}

/** Keeps a panel's frame, hidden, for the page's next panel (one spare per page). */
export function spareFrameHost(fh: FrameHost): void {
  const doc = fh.host.ownerDocument;
  count(doc, -1);
  fh.listen(null);
  fh.post({ type: 'clear' });
  try {
    if (fh.layer.matches(':popover-open')) fh.layer.hidePopover();
  } catch {
    // Not shown: nothing to hide.
  }
  fh.layer.setAttribute('style', layerStyle(null));
  if (!fh.host.isConnected) return fh.dispose();
  // The frame just used is loaded: it is kept rather than an older spare.
  const older = spares.get(doc);
  if (older && older !== fh) older.dispose();
  spares.set(doc, fh);
}

/** The content script is going (an update or reload): the spare frame goes too. */
export function forgetFrameHosts(doc: Document): void {
  spares.get(doc)?.dispose();
  spares.delete(doc);
}
