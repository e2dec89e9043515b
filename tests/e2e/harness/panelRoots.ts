// How the tests reach the panel: it is an extension page in a frame, inside
// a closed shadow root on a plain div at the end of the page's document (see
// docs/TESTING.md). The browser's automation protocol reaches both: the
// frame's document (a browsing context of its own) and, in the page, the
// frame element behind the closed root (for its box on screen).
// Chromium: Playwright lists the frame among page.frames() and gives its
// element (frameElement, through the DevTools protocol). Firefox: WebDriver
// BiDi lists the frame in browsingContext.getTree, serialises a host's
// closed root (`includeShadowTree: 'all'`), and a frame element's
// contentWindow comes back as that frame's browsing context id.

/** The panel frame's address: our extension page, whatever its (dynamic) extension host. */
export const isPanelFrameUrl = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/panel-frame\.html/.test(url);

/** Where a panel is on the page, read from its frame element. */
export interface PanelOwner {
  /** The frame is on screen. */
  shown: boolean;
  /** The frame's box, in viewport coordinates of the top document. */
  box: { top: number; left: number; bottom: number; right: number; width: number; height: number } | null;
  /** How far the frame is from the field's box (px); a large number when it does not belong to it. */
  distance: number;
}

/**
 * Runs in the page, with a panel's frame element: whether it is shown, its
 * box (top-document coordinates), and how near it is to the field (` >>> `
 * crosses a page's open shadow root or a same-origin iframe, counted from
 * the top document).
 */
export function readOwner(frame: HTMLIFrameElement, fieldSelector: string | null): PanelOwner {
  let start: Document = document;
  try {
    start = window.top!.document;
  } catch {
    // a cross-origin parent: this frame's document
  }
  let scope: ParentNode | null = start;
  let field: Element | null = null;
  for (const part of (fieldSelector ?? '').split(' >>> ')) {
    field = part ? (scope?.querySelector(part) ?? null) : null;
    scope = field ? ((field as HTMLIFrameElement).contentDocument ?? field.shadowRoot) : null;
  }
  const layer = frame.parentElement!;
  const shown = frame.getClientRects().length > 0 && getComputedStyle(layer).visibility === 'visible' && layer.matches(':popover-open') && frame.offsetWidth > 0;
  const r = shown ? frame.getBoundingClientRect() : null;
  let distance = 1e9;
  if (field && field.ownerDocument === frame.ownerDocument) {
    distance = 1e6;
    const f = field.getBoundingClientRect();
    if (r) {
      const dx = Math.max(0, r.left - f.right, f.left - r.right);
      const dy = Math.max(0, r.top - f.bottom, f.top - r.bottom);
      // A marker sits inside the field's box: distance 0.
      distance = dx + dy + Math.abs(r.left - f.left) / 1000;
    }
  }
  let dx = 0;
  let dy = 0;
  // A panel inside a same-origin iframe: add the frames' offsets.
  for (let w: Window = window; w !== w.parent && w.frameElement; w = w.parent) {
    const f = w.frameElement.getBoundingClientRect();
    dx += f.left + w.frameElement.clientLeft;
    dy += f.top + w.frameElement.clientTop;
  }
  return {
    shown,
    box: r && { top: r.top + dy, left: r.left + dx, bottom: r.bottom + dy, right: r.right + dx, width: r.width, height: r.height },
    distance,
  };
}

/**
 * Runs in the page: our panel hosts (a plain div with the recorders'
 * privacy markers and no open shadow root), in this document and, when
 * `frames` is set, in same-origin iframes too.
 */
export function findHosts(frames: boolean): Element[] {
  const found: Element[] = [];
  const visit = (doc: Document) => {
    for (const el of Array.from(doc.querySelectorAll('div.rr-block[data-dd-privacy="hidden"]'))) {
      if (!el.shadowRoot) found.push(el);
    }
    if (!frames) return;
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      try {
        if (frame.contentDocument) visit(frame.contentDocument);
      } catch {
        // cross-origin: not ours to read
      }
    }
  };
  visit(document);
  return found;
}

/**
 * A function's source to run in a panel's frame with `this` = its document:
 * it gets the argument as JSON and answers JSON, the same over both protocols.
 */
export const onPanel = (source: string) => `async function (json) { return JSON.stringify((await (${source}).call(document, JSON.parse(json))) ?? null); }`;
