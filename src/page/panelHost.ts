// Session recorders' own "do not record" markers, as a second line behind the
// closed shadow root (which none of them can read anyway): rrweb, FullStory,
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

// A name no page can know in advance: a page that defines (or styles) an
// element by our old fixed name, or `:not(:defined)`, cannot reach this one.
// Custom-element-shaped, so it may carry a shadow root; new per page load.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `x-${Array.from(bytes, (b) => LETTERS[b % 26]).join('')}`;
}
export const HOST_NAME = randomName();
/** Our hosts from any copy of this script (a copy left by an extension update has another random name). */
export const isOurHost = (el: Element) => /^x-[a-z]{10}$/.test(el.localName) && el.classList.contains('rr-block') && el.getAttribute('data-dd-privacy') === 'hidden';

/**
 * The host's inline style. Inline `!important` beats every page style sheet
 * (`* { all: unset }`, `:not(:defined) { display: none }`, `[popover]` rules),
 * `all: initial` stops inherited styles, and the top layer (a manual popover)
 * beats z-index, overflow and transformed ancestors. Absolute in the top layer
 * is relative to the document, so the page's own scrolling carries the panel
 * along with the field without a frame of lag.
 */
export function hostStyle(place: { top: number; left: number; maxWidth: number; maxHeight: number } | null): string {
  const base = 'all: initial !important; position: absolute !important; z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; inset: auto !important; background: transparent !important; width: max-content !important; height: auto !important; min-width: 0 !important; opacity: 1 !important; visibility: visible !important; transform: none !important; pointer-events: auto !important; contain: layout style !important;';
  if (!place) return `${base} display: none !important;`;
  return `${base} display: block !important; top: ${place.top}px !important; left: ${place.left}px !important; max-width: ${place.maxWidth}px !important; max-height: ${place.maxHeight}px !important; overflow: auto !important; overscroll-behavior: contain !important;`;
}

/** The panel's host: an element of ours at the end of the document, outside the page's flow. */
export function createHost(doc: Document): HTMLElement {
  const host = doc.createElement(HOST_NAME);
  host.className = PRIVACY_CLASSES.join(' ');
  for (const [name, value] of Object.entries(PRIVACY_ATTRIBUTES)) host.setAttribute(name, value);
  host.setAttribute('style', hostStyle(null));
  // Manual: no light dismiss, and it never closes the page's own popovers.
  if ('showPopover' in host) host.setAttribute('popover', 'manual');
  return host;
}
