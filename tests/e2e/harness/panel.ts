import { vi } from 'vitest';
import type { PanelOwner } from './panelRoots';
import type { Tab } from './tab';

// The panel is an extension page in a frame of its own, in a closed shadow
// root at the end of the page's document: tests read and click it through
// Tab.panels (the browser's automation protocol; see docs/TESTING.md). A
// panel belongs to the field it sits against (its box touches the field's).

export interface PanelView {
  /** data-state of the panel ('findings' | 'ok'), null while nothing is shown. */
  state: string | null;
  /** Every finding's data-finding, the collapsed details included. */
  findings: string[];
  /** Every distinct data-fix. */
  fixes: string[];
}

export interface PanelInfo extends PanelView, PanelOwner {
  /** The details are expanded. */
  expanded: boolean;
  /** Only the small marker shows (the person moved on). */
  marker: boolean;
}

/** Runs in the panel's frame, `this` = its document: what it shows. */
function readPanel(this: Document): Omit<PanelInfo, keyof PanelOwner> {
  const panel = this.querySelector('.panel');
  return {
    state: panel && !panel.hasAttribute('hidden') ? panel.getAttribute('data-state') : null,
    findings: Array.from(this.querySelectorAll('[data-finding]'), (el) => el.getAttribute('data-finding')!),
    fixes: [...new Set(Array.from(this.querySelectorAll('[data-fix]'), (el) => el.getAttribute('data-fix')!))],
    expanded: panel?.getAttribute('data-expanded') === 'true',
    marker: this.querySelector('[data-marker]') !== null,
  };
}

const ADJACENT_PX = 12;

/** Which of our panels belongs to the field: its index for Tab.panels, or -1. */
async function panelIndex(tab: Tab, fieldSelector: string): Promise<{ index: number; info: PanelInfo | null }> {
  const all = (await tab.panels<Omit<PanelInfo, keyof PanelOwner>>(fieldSelector, readPanel.toString(), null)).map(({ owner, value }): PanelInfo => {
    // A frame not on screen shows nothing, whatever its document still holds.
    return { ...value, ...owner, state: owner.shown ? value.state : null };
  });
  // A shown panel belongs to the field it touches (placed 4 px away, below,
  // above or beside, or a marker inside its box); a hidden one (closed with
  // Escape) has no box, and is the field's when it is the only panel of the
  // field's document.
  let index = -1;
  for (const [i, info] of all.entries()) if (info.distance <= ADJACENT_PX && (index < 0 || info.distance < all[index]!.distance)) index = i;
  if (index < 0) {
    const sameDocument = all.map((info, i) => [info, i] as const).filter(([info]) => info.distance < 1e9);
    if (sameDocument.length === 1 && !sameDocument[0]![0].shown) index = sameDocument[0]![1];
  }
  return { index, info: index < 0 ? null : all[index]! };
}

const EMPTY: PanelInfo = { state: null, findings: [], fixes: [], shown: false, expanded: false, marker: false, box: null, distance: 1e9 };

/** Everything about the field's panel (an empty view when it has none). */
export async function panelInfo(tab: Tab, fieldSelector: string): Promise<PanelInfo> {
  return (await panelIndex(tab, fieldSelector)).info ?? EMPTY;
}

/** What the panel of a field shows: state, finding kinds, fix kinds. */
export async function panelOf(tab: Tab, fieldSelector: string): Promise<PanelView> {
  const { state, findings, fixes } = await panelInfo(tab, fieldSelector);
  return { state, findings, fixes };
}

/** How many panels of ours the page holds (in all its frames); a frame kept ready for the next panel draws nothing and is not one. */
export const panelCount = async (tab: Tab) =>
  (await tab.panels<number>(null, 'function () { return this.getElementById("panel")?.childElementCount ? 1 : 0; }', null)).filter(({ value }) => value > 0).length;

/**
 * Runs `fn` in the field's panel's frame with its document (null when the
 * field has none). `fn` is sent as source: it can use only its arguments.
 */
export async function inPanel<R, A = null>(tab: Tab, fieldSelector: string, fn: (root: Document, arg: A) => R | Promise<R>, arg?: A): Promise<R | null> {
  const { index } = await panelIndex(tab, fieldSelector);
  if (index < 0) return null;
  const [result] = await tab.panels<R>(fieldSelector, `function (arg) { return (${fn.toString()})(this, arg); }`, arg ?? null, index);
  return result?.value ?? null;
}

// How long a helper below waits for the panel. A poll returns as soon as its
// condition holds, so this only bounds a failure; a loaded machine may take
// seconds to start a frame and answer through it.
const PANEL_TIMEOUT = 20_000;
const POLL = { interval: 50 };

/** Waits until the panel's finding kinds are exactly `kinds` (sorted). */
export async function waitForFindings(tab: Tab, fieldSelector: string, kinds: string[], timeout = PANEL_TIMEOUT): Promise<PanelView> {
  const want = kinds.toSorted().join(',');
  return vi.waitFor(
    async () => {
      const view = await panelOf(tab, fieldSelector);
      if (view.findings.toSorted().join(',') !== want) {
        throw new Error(`panel under ${fieldSelector} shows [${view.findings.join(', ')}], expected [${kinds.join(', ')}]`);
      }
      return view;
    },
    { ...POLL, timeout },
  );
}

/** Waits until the field has a panel on screen. */
export async function waitForPanel(tab: Tab, fieldSelector: string, timeout = PANEL_TIMEOUT): Promise<PanelInfo> {
  return vi.waitFor(
    async () => {
      const info = await panelInfo(tab, fieldSelector);
      if (!info.shown) throw new Error(`no panel shown for ${fieldSelector}`);
      return info;
    },
    { ...POLL, timeout },
  );
}

/**
 * Runs in the panel's frame: the centre (frame px) of the first element
 * matching `selector` in the panel that has a box; when the only match is
 * in the collapsed details, the Details button's centre and `expand: true`.
 */
function locate(root: Document, selector: string): { x: number; y: number; expand: boolean } | null {
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
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  // Not yet inside the frame's box (the frame is sized to the panel a moment after it grows): not there to press yet.
  if (x > innerWidth || y > innerHeight) return null;
  return { x, y, expand };
}

/**
 * Clicks, with a real mouse, the first shown element matching `selector`
 * inside the field's panel (e.g. `[data-fix="all"]`, `[data-undo]`); one
 * only in the collapsed details is reached by opening them first, as a
 * person would. Waits up to `timeout` for it.
 */
export async function clickInPanel(tab: Tab, fieldSelector: string, selector: string, timeout = PANEL_TIMEOUT): Promise<void> {
  // A try finds the point to press, or scrolls the page, or finds nothing yet
  // (and is tried again). The point is read twice, two animation frames apart:
  // a panel still moving to its new place (it grew or shrank a moment ago) is
  // waited for, as a person would.
  const point = async () => {
    const { index, info } = await panelIndex(tab, fieldSelector);
    const [found] = index < 0 ? [] : await tab.panels<ReturnType<typeof locate>>(fieldSelector, `function (arg) { return (${locate.toString()})(this, arg); }`, selector, index);
    const inFrame = found?.value;
    if (!inFrame || !info?.box || !found.owner.box) throw new Error(`nothing matches ${selector} in the panel of ${fieldSelector}`);
    // The frame's point on the page: its box's corner plus the point inside it.
    const x = found.owner.box.left + inFrame.x;
    const y = found.owner.box.top + inFrame.y;
    // Below the page's screen (open details below a field low on a small
    // screen): the page scrolls it into view first, as a person would.
    const below = await tab.evaluate((py) => py - innerHeight + 8, y);
    if (below > 0) {
      await tab.evaluate((by) => scrollBy(0, by), below);
      throw new Error(`${selector} in the panel of ${fieldSelector} was below the screen`);
    }
    return { x, y, expand: inFrame.expand };
  };
  // The panel is placed again in the page's next animation frame after a
  // change (followField batches its work there): two frames between the reads.
  const twoFrames = () => tab.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const at = await vi.waitFor(
    async () => {
      const first = await point();
      await twoFrames();
      const second = await point();
      if (first.x !== second.x || first.y !== second.y) throw new Error(`the panel of ${fieldSelector} is still moving`);
      return second;
    },
    { ...POLL, timeout },
  );
  await tab.clickAt(at.x, at.y);
  if (!at.expand) return;
  // The press opened the details; they open a moment later (the press goes to
  // the content script and the view comes back), then the target is pressed.
  await vi.waitFor(
    async () => {
      if (!(await panelInfo(tab, fieldSelector)).expanded) throw new Error(`the details of the panel of ${fieldSelector} did not open`);
    },
    { ...POLL, timeout },
  );
  await clickInPanel(tab, fieldSelector, selector, timeout);
}
