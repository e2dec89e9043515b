import type { Tab } from './tab';

// The panel lives outside the page's flow, in a closed shadow root at the end
// of the document: tests read and click it through Tab.inPanels (the
// browser's automation protocol; see docs/TESTING.md). A panel belongs to
// the field it sits against (its box touches the field's).

export interface PanelView {
  /** data-state of the panel ('findings' | 'ok'), null while nothing is shown. */
  state: string | null;
  /** Every finding's data-finding, the collapsed details included. */
  findings: string[];
  /** Every distinct data-fix. */
  fixes: string[];
}

export interface PanelInfo extends PanelView {
  /** The host is on screen. */
  shown: boolean;
  /** The details are expanded. */
  expanded: boolean;
  /** The host's box, in viewport coordinates of its own document. */
  box: { top: number; left: number; bottom: number; right: number; width: number; height: number } | null;
  /** How far the host is from the field's box (px); a large number when it does not belong to it. */
  distance: number;
}

/**
 * Runs in the page, `this` = a panel's shadow root: what it shows, and how
 * near it is to the field (` >>> ` crosses a page's open shadow root or a
 * same-origin iframe, counted from the top document).
 */
function readRoot(this: ShadowRoot, fieldSelector: string): PanelInfo {
  let start: Document = document;
  try {
    start = window.top!.document;
  } catch {
    // a cross-origin parent: this frame's document
  }
  let scope: ParentNode | null = start;
  let field: Element | null = null;
  for (const part of fieldSelector.split(' >>> ')) {
    field = scope?.querySelector(part) ?? null;
    scope = field ? ((field as HTMLIFrameElement).contentDocument ?? field.shadowRoot) : null;
  }
  const host = this.host as HTMLElement;
  const panel = this.querySelector('.panel');
  const shown = host.getClientRects().length > 0 && getComputedStyle(host).display !== 'none';
  const r = shown ? host.getBoundingClientRect() : null;
  let distance = 1e9;
  if (field && field.ownerDocument === host.ownerDocument) {
    distance = 1e6;
    const f = field.getBoundingClientRect();
    if (r) {
      const dx = Math.max(0, r.left - f.right, f.left - r.right);
      const dy = Math.max(0, r.top - f.bottom, f.top - r.bottom);
      distance = dx + dy + Math.abs(r.left - f.left) / 1000;
    }
  }
  return {
    state: shown && panel && !panel.hasAttribute('hidden') ? panel.getAttribute('data-state') : null,
    findings: Array.from(this.querySelectorAll('[data-finding]'), (el) => el.getAttribute('data-finding')!),
    fixes: [...new Set(Array.from(this.querySelectorAll('[data-fix]'), (el) => el.getAttribute('data-fix')!))],
    shown,
    expanded: panel?.getAttribute('data-expanded') === 'true',
    box: r && { top: r.top, left: r.left, bottom: r.bottom, right: r.right, width: r.width, height: r.height },
    distance,
  };
}

const ADJACENT_PX = 12;

/** Which of our panels belongs to the field: its index for inPanels, or -1. */
async function panelIndex(tab: Tab, fieldSelector: string): Promise<{ index: number; info: PanelInfo | null }> {
  const all = await tab.inPanels<PanelInfo>(readRoot.toString(), fieldSelector);
  // A shown panel belongs to the field it touches (placed 4 px away, below,
  // above or beside); a hidden one (closed with Escape) has no box, and is
  // the field's when it is the only panel of the field's document.
  let index = -1;
  for (const [i, info] of all.entries()) if (info.distance <= ADJACENT_PX && (index < 0 || info.distance < all[index]!.distance)) index = i;
  if (index < 0) {
    const sameDocument = all.map((info, i) => [info, i] as const).filter(([info]) => info.distance < 1e9);
    if (sameDocument.length === 1 && !sameDocument[0]![0].shown) index = sameDocument[0]![1];
  }
  return { index, info: index < 0 ? null : all[index]! };
}

const EMPTY: PanelInfo = { state: null, findings: [], fixes: [], shown: false, expanded: false, box: null, distance: 1e9 };

/** Everything about the field's panel (an empty view when it has none). */
export async function panelInfo(tab: Tab, fieldSelector: string): Promise<PanelInfo> {
  return (await panelIndex(tab, fieldSelector)).info ?? EMPTY;
}

/** What the panel of a field shows: state, finding kinds, fix kinds. */
export async function panelOf(tab: Tab, fieldSelector: string): Promise<PanelView> {
  const { state, findings, fixes } = await panelInfo(tab, fieldSelector);
  return { state, findings, fixes };
}

/** How many panels of ours the page holds (in all its same-origin frames). */
export const panelCount = async (tab: Tab) => (await tab.inPanels<number>('function () { return 1; }', null)).length;

/**
 * Runs `fn` in the page with the field's panel's shadow root (null when the
 * field has none). `fn` is sent as source: it can use only its arguments.
 */
export async function inPanel<R, A = null>(tab: Tab, fieldSelector: string, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R | null> {
  const { index } = await panelIndex(tab, fieldSelector);
  if (index < 0) return null;
  const [result] = await tab.inPanels<R>(`function (arg) { return (${fn.toString()})(this, arg); }`, arg ?? null, index);
  return result ?? null;
}

/** Waits until the panel's finding kinds are exactly `kinds` (sorted). */
export async function waitForFindings(tab: Tab, fieldSelector: string, kinds: string[], timeout = 5000): Promise<PanelView> {
  const want = kinds.toSorted().join(',');
  const until = Date.now() + timeout;
  let view = await panelOf(tab, fieldSelector);
  while (view.findings.toSorted().join(',') !== want && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    view = await panelOf(tab, fieldSelector);
  }
  if (view.findings.toSorted().join(',') !== want) {
    throw new Error(`panel under ${fieldSelector} shows [${view.findings.join(', ')}], expected [${kinds.join(', ')}]`);
  }
  return view;
}

/** Waits until the field has a panel on screen. */
export async function waitForPanel(tab: Tab, fieldSelector: string, timeout = 5000): Promise<PanelInfo> {
  const until = Date.now() + timeout;
  let info = await panelInfo(tab, fieldSelector);
  while (!info.shown && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    info = await panelInfo(tab, fieldSelector);
  }
  if (!info.shown) throw new Error(`no panel shown for ${fieldSelector}`);
  return info;
}

/**
 * Runs in the page: the centre (top-document viewport px) of the first
 * element matching `selector` in the panel that has a box; when the only
 * match is in the collapsed details, the Details button's centre and
 * `expand: true`.
 */
function locate(root: ShadowRoot, selector: string): { x: number; y: number; expand: boolean } | null {
  const matches = Array.from(root.querySelectorAll<HTMLElement>(selector));
  let target = matches.find((el) => el.getClientRects().length > 0);
  let expand = false;
  if (!target && matches.some((el) => el.closest('.details'))) {
    target = root.querySelector<HTMLElement>('.toggle[aria-expanded="false"]') ?? undefined;
    expand = true;
  }
  if (!target) return null;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' }); // as a person scrolls to it
  const r = target.getBoundingClientRect();
  let x = r.left + r.width / 2;
  let y = r.top + r.height / 2;
  // A panel inside a same-origin iframe: add the frames' offsets.
  for (let w: Window = window; w !== w.parent && w.frameElement; w = w.parent) {
    const f = w.frameElement.getBoundingClientRect();
    x += f.left + w.frameElement.clientLeft;
    y += f.top + w.frameElement.clientTop;
  }
  return { x, y, expand };
}

/**
 * Clicks, with a real mouse, the first shown element matching `selector`
 * inside the field's panel (e.g. `[data-fix="all"]`, `[data-undo]`); one
 * only in the collapsed details is reached by opening them first, as a
 * person would. Waits up to `timeout` for it.
 */
export async function clickInPanel(tab: Tab, fieldSelector: string, selector: string, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const at = await inPanel(tab, fieldSelector, locate, selector);
    if (at) {
      await tab.clickAt(at.x, at.y);
      if (!at.expand) return;
    } else if (Date.now() > until) {
      throw new Error(`nothing matches ${selector} in the panel of ${fieldSelector}`);
    } else {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
