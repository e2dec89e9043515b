import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDir, CHROMIUM, CHROMIUM_HINT, requireFile } from './harness/browsers';
import { chromiumArgs } from './harness/chromium';
import { isPanelFrameUrl } from './harness/panelRoots';
import { reply } from './harness/sites';

// A phone: 360 px wide, touch only (Playwright's isMobile + hasTouch, which
// Chromium supports in a persistent context). Firefox for Android runs the
// MV2 build; no test browser here runs it, and Chromium is the nearest phone
// we have. The panel must show and its fix work with a tap; the popup must
// fit 360 px without sideways scrolling.
const PHONE = { width: 360, height: 740 };
const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const CODE = '#accessCode';

interface DomNode { backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode }

/** Every node (closed shadow roots included) with attribute `name` (= `value` when given), in document order. */
function findNodes(node: DomNode, name: string, value?: string, found: DomNode[] = []): DomNode[] {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] === name && (value === undefined || attributes[i + 1] === value)) found.push(node);
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) findNodes(child, name, value, found);
  return found;
}

/**
 * Waits for a node of the panel (on screen, with a box, when `shown`), over
 * the DevTools protocol: it sees the panel however it is isolated from the page.
 */
async function waitForNode(cdp: CDPSession, name: string, value?: string, shown = false, timeout = 5000): Promise<DomNode> {
  return vi.waitFor(
    async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      for (const node of findNodes(root, name, value)) {
        if (!shown) return node;
        const box = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }).catch(() => null);
        if (box) return node;
      }
      throw new Error(`no [${name}${value ? `="${value}"` : ''}] on the page`);
    },
    { timeout, interval: 50 },
  );
}

/** The panel's frame (an extension page, out of the page's process): its own DevTools session, and where it is on the page. */
async function panelSession(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; offset: () => Promise<{ x: number; y: number }> }> {
  await expect.poll(() => page.frames().some((f) => isPanelFrameUrl(f.url()))).toBe(true);
  const frame = page.frames().find((f) => isPanelFrameUrl(f.url()))!;
  const cdp = await context.newCDPSession(frame);
  const offset = async () => {
    const box = await (await frame.frameElement()).boundingBox();
    return { x: box?.x ?? 0, y: box?.y ?? 0 };
  };
  return { cdp, offset };
}

/** Taps the middle of a node, scrolled into view first as a thumb would; `at` is where its frame is on the page. */
async function tapNode(page: Page, cdp: CDPSession, node: DomNode, at = { x: 0, y: 0 }): Promise<void> {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { border: number[]; width: number; height: number } };
  const [x, y] = [model.border[0]! + at.x, model.border[1]! + at.y];
  expect(model.width).toBeGreaterThan(0);
  // On the phone's screen, not past its edge.
  expect(x!).toBeGreaterThanOrEqual(0);
  expect(x! + model.width).toBeLessThanOrEqual(PHONE.width);
  // Big enough for a finger (WCAG 2.2 target size minimum: 24 by 24 CSS px).
  expect(Math.min(model.width, model.height)).toBeGreaterThanOrEqual(24);
  await page.touchscreen.tap(x! + model.width / 2, y! + model.height / 2);
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a 360 px touch phone, Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let extensionId: string;

  beforeAll(async () => {
    const extension = buildDir('chrome-mv3');
    profile = mkdtempSync(join(tmpdir(), 'ach-phone-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: requireFile(CHROMIUM, 'Chromium', CHROMIUM_HINT),
      headless: true,
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      args: chromiumArgs(extension),
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!/^https?:/.test(url)) return route.continue();
      const r = reply(url);
      // USCIS's pages are responsive: they lay out at the phone's width (the fixture, written for desktop tests, says nothing).
      if (r.contentType.startsWith('text/html')) r.body = r.body.replace('<head>', '<head><meta name="viewport" content="width=device-width, initial-scale=1">');
      return route.fulfill({ status: r.status, contentType: r.contentType, headers: r.headers, body: r.body });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is a touch screen with no mouse, as the page sees it', async () => {
    const page = await context.newPage();
    await page.goto(ADD_CASE);
    expect(await page.evaluate(() => ({ touch: navigator.maxTouchPoints > 0, coarse: matchMedia('(pointer: coarse)').matches, width: innerWidth }))).toEqual({
      touch: true,
      coarse: true,
      width: PHONE.width,
    });
    await page.close();
  });

  it('shows the access-code panel beside the box, and its fix works with a tap', async () => {
    const page = await context.newPage();
    await page.goto(ADD_CASE);
    await page.locator(CODE).tap();
    // The panel's frame is made when the box gets focus.
    const { cdp, offset } = await panelSession(context, page);
    // Pasted from an e-mail: a no-break space, and a Cyrillic O (U+041E) as the 4th character.
    await page.keyboard.insertText('\u00a0K7X\u041eH4MW9PT3R');
    // Both problems found (the second may be in the folded details).
    await waitForNode(cdp, 'data-finding', 'leading-space');
    await waitForNode(cdp, 'data-finding', 'homoglyph');
    const fixAll = await waitForNode(cdp, 'data-fix', 'all', true);
    await tapNode(page, cdp, fixAll, await offset());
    await expect.poll(() => page.inputValue(CODE)).toBe('K7XOH4MW9PT3R');
    // The panel makes the page no wider than the phone.
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('opens the popup at 360 px with no sideways scroll, the unofficial notice on screen, and a tick by tap', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // Nothing sticks out past the right edge either (an overflow hidden by the page would not scroll).
    const widest = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('body *'), (el) => el.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByText('Unofficial helper, not affiliated with USCIS.').isVisible()).toBe(true);
    // The checklist is its own section of the popup: a tap on its tab, then on a tick.
    await page.locator('#tab-checklist').tap();
    await page.locator('#tab-checklist[aria-selected="true"]').waitFor();
    const box = page.getByLabel('Was the code already used?');
    await box.tap();
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.close();
  });
});
