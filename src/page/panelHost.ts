// Session recorders' own "do not record" markers, as a second line behind the
// frame (whose document no page script can read anyway): rrweb, FullStory,
// PostHog, Sentry replay (classes); Hotjar, Microsoft Clarity, Datadog,
// LogRocket, FullStory (attributes).
const PRIVACY_CLASSES = ['rr-block', 'fs-exclude', 'ph-no-capture', 'sentry-block'];
const PRIVACY_ATTRIBUTES: Record<string, string> = {
  'data-hj-suppress': '',
  'data-clarity-mask': 'True',
  'data-dd-privacy': 'hidden',
  'data-private': '',
  'fs-exclude': '',
  'data-rr-block': '',
};

/**
 * The host's inline style: no box of its own in the page's flow (the panel
 * is drawn by the top-layer element inside its closed root, which escapes
 * the host's clipping; while hidden, the clipping keeps it out of the page's
 * scrollable area). Inline
 * `!important` beats every page style sheet, and `all: initial` stops
 * inherited styles; a page that rewrites it gets it back on the next change.
 */
export const HOST_STYLE =
  'all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: hidden !important; visibility: visible !important; opacity: 1 !important; transform: none !important; contain: none !important;';

/** Our panel hosts from any copy of this script: a plain div with every marker, empty in the light DOM. */
export const isOurHost = (el: Element) =>
  el.localName === 'div' && el.childNodes.length === 0 && PRIVACY_CLASSES.every((c) => el.classList.contains(c)) && el.getAttribute('data-dd-privacy') === 'hidden';

/**
 * The panel's host: a plain `div` (a built-in element: no page can define
 * it, so its constructor and `attachInternals` are never the page's) at the
 * end of the document, outside the page's flow.
 */
export function createHost(doc: Document): HTMLElement {
  const host = doc.createElement('div');
  host.className = PRIVACY_CLASSES.join(' ');
  for (const [name, value] of Object.entries(PRIVACY_ATTRIBUTES)) host.setAttribute(name, value);
  host.setAttribute('style', HOST_STYLE);
  return host;
}

/**
 * The top-layer element's style, inside our root: absolute in the top layer
 * is relative to the document, so the page's own scrolling carries the panel
 * along with the field without a frame of lag.
 */
export function layerStyle(place: { top: number; left: number } | null): string {
  const base = 'all: initial; position: absolute; margin: 0; padding: 0; border: 0; inset: auto; background: transparent; overflow: visible; width: max-content; height: max-content;';
  // Hidden: laid out (the frame keeps measuring what it draws) but invisible, clipped by the host, and never hit.
  if (!place) return `${base} display: block; visibility: hidden; top: 0; left: 0;`;
  return `${base} display: block; visibility: visible; top: ${place.top}px; left: ${place.left}px;`;
}

/** The frame: no border, transparent where the panel does not draw, sized by the panel's own size. */
export function frameStyle(size = { width: 0, height: 0 }): string {
  return `all: initial; display: block; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal; width: ${size.width}px; height: ${size.height}px;`;
}
