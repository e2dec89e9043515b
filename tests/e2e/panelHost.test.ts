import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { afterPanelElsewhere } from './harness/barrier';
import { launch, TARGETS } from './harness/launch';
import { clickInPanel, inPanel, panelCount, panelInfo, waitForFindings, waitForPanel } from './harness/panel';
import { pageCall, type Session, type Tab } from './harness/tab';

// The panel on pages written for it (tests/fixtures/panel/): its host lives
// outside the page's flow, the panel (its own frame) is placed beside the
// field, cannot be styled, clipped or read by the page, and is used by
// keyboard as if it sat right after the field.
const APP = 'https://my.uscis.gov/account/applicant/panel';
const BARE = 'https://uscis-gov.com/account/applicant/panel'; // the same pages, where the extension does not run

interface Shape {
  page: string;
  field: string;
  /** Pasted into the field. */
  text: string;
  findings: string[];
}
const SHAPES: Shape[] = [
  // U.S. Web Design System form groups, hints and a submit button below
  { page: 'uswds', field: '#online-access-code', text: '\u00a0K7XH4MW9PT3R', findings: ['leading-space'] },
  // field and "Go" button side by side in one flex box
  { page: 'input-group', field: '#code-go', text: 'K7XH4MW9PT3R ', findings: ['trailing-space'] },
  // 56 px overflow: hidden wrapper with a floating label, in a paint-contained card
  { page: 'material', field: '#mdc-code', text: 'K7XH4MW9PT3R\u200b', findings: ['invisible'] },
  // the page's own error after the field, `input:invalid + .err`, `:nth-child`, `~`
  { page: 'page-error', field: '#oac', text: 'K7XH4MW9PT\uff13R', findings: ['fullwidth'] },
  // :not(:defined) hidden, all: unset on divs, our old host name defined, max z-index overlays, transforms
  { page: 'hostile-css', field: '#hostile-code', text: ' K7XH4MW9PT3R', findings: ['leading-space'] },
];

/** Runs in the page: every page element's box, the body's markup, the document's top-level children. */
function pageLayout() {
  const boxes = Array.from(document.body.querySelectorAll('*'), (el) => {
    const r = el.getBoundingClientRect();
    return `${el.localName}${el.id ? `#${el.id}` : ''} ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
  });
  return { boxes, body: document.body.outerHTML, top: Array.from(document.documentElement.children, (el) => el.localName) };
}

/** Runs in the page with the panel's box: is it on screen, unclipped, uncovered, and the field too? */
function visibility([p, fieldSelector]: [{ left: number; top: number; right: number; bottom: number; width: number; height: number }, string]) {
  // Our host, at the document's end: a press anywhere on the panel reaches it (retargeted from its closed root).
  const host = document.documentElement.lastElementChild!;
  const field = document.querySelector(fieldSelector)!;
  const f = field.getBoundingClientRect();
  const points: Array<[number, number]> = [
    [p.left + p.width / 2, p.top + p.height / 2],
    [p.left + 3, p.top + 3],
    [p.right - 3, p.top + 3],
    [p.left + 3, p.bottom - 3],
    [p.right - 3, p.bottom - 3],
  ];
  return {
    // every probe point of the panel hits our host (retargeted from inside its shadow root)
    panelHits: points.map(([x, y]) => document.elementFromPoint(x, y) === host),
    fieldHit: document.elementFromPoint(f.left + f.width / 2, f.top + f.height / 2) === field,
    overlaps: p.left < f.right && p.right > f.left && p.top < f.bottom && p.bottom > f.top,
    inViewport: p.left >= 0 && p.top >= 0 && p.right <= document.documentElement.clientWidth && p.bottom <= document.documentElement.clientHeight,
    size: [Math.round(p.width), Math.round(p.height)],
  };
}

/**
 * The page's layout once its own transitions (a floating label) have run:
 * no animation running, and the same boxes on two reads in a row.
 */
async function settledLayout(tab: Tab): Promise<ReturnType<typeof pageLayout>> {
  let last = '';
  return vi.waitFor(
    async () => {
      const running = await tab.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
      const layout = await tab.evaluate(pageLayout);
      const now = JSON.stringify(layout);
      const same = now === last;
      last = now;
      if (running > 0 || !same) throw new Error('the page is still moving');
      return layout;
    },
    { timeout: 20_000, interval: 50 },
  );
}
/** What the panel's live region says. */
const announced = (tab: Tab, field: string) => inPanel(tab, field, (root) => root.querySelector('[role="status"]')?.textContent ?? '');
const activeId = (tab: Tab) => tab.evaluate(() => document.activeElement?.id ?? null);
/** What has focus inside the panel: its data-fix, or its class. */
const focusInPanel = (tab: Tab, field: string) =>
  inPanel(tab, field, (root) => {
    const el = root.activeElement;
    return el ? (el.getAttribute('data-fix') ? `fix:${el.getAttribute('data-fix')}` : el.className) : null;
  });

describe.each(TARGETS)('panel host, %s', (target) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  it.each(SHAPES)('$page: every page element keeps its box, nothing of ours in the page, the panel shows whole', async ({ page, field, text, findings }) => {
    const bare = await session.open(`${BARE}/${page}`);
    await bare.paste(field, text);
    const before = await settledLayout(bare);
    await bare.close();

    const tab = await session.open(`${APP}/${page}`);
    await tab.paste(field, text);
    await waitForFindings(tab, field, findings);
    await waitForPanel(tab, field);
    const after = await settledLayout(tab);
    expect(after.boxes).toEqual(before.boxes);
    expect(after.body).toBe(before.body); // the page's tree exactly as it built it
    expect(after.top).toEqual([...before.top, after.top.at(-1)]); // one host of ours, at the very end
    expect(after.top.at(-1)).toBe('div'); // a built-in element: no page can define it
    expect(await panelCount(tab)).toBe(1);
    const { box } = await panelInfo(tab, field);
    const seen = await tab.evaluate(visibility, [box!, field] as Parameters<typeof visibility>[0]);
    expect(seen).toMatchObject({ panelHits: [true, true, true, true, true], fieldHit: true, overlaps: false, inViewport: true });
    expect(seen!.size[1]).toBeGreaterThan(20); // not a sliver
    await tab.close();
  });

  it('follows the field when the page scrolls and hides when it leaves the screen', async () => {
    const tab = await session.open(`${APP}/uswds`);
    await tab.setViewport(800, 700);
    await tab.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { style: 'height: 2000px' })));
    await tab.paste('#online-access-code', ' K7XH4MW9PT3R');
    await waitForPanel(tab, '#online-access-code');
    const gap = async () => {
      const info = await panelInfo(tab, '#online-access-code');
      const f = await tab.evaluate(() => document.querySelector('#online-access-code')!.getBoundingClientRect().bottom);
      return info.box ? Math.round(info.box.top - f) : null;
    };
    expect(await gap()).toBe(4);
    await tab.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(gap).toBe(4);
    await tab.evaluate(() => window.scrollBy(0, 1000)); // the field is off screen
    await expect.poll(async () => (await panelInfo(tab, '#online-access-code')).shown).toBe(false);
    await tab.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await panelInfo(tab, '#online-access-code')).shown).toBe(true);
    // the field moves (a banner slides in above it): the panel moves with it
    await tab.evaluate(() => document.querySelector('main')!.prepend(Object.assign(document.createElement('p'), { style: 'height: 90px', textContent: 'Notice' })));
    await expect.poll(gap).toBe(4);
    await tab.close();
  });

  it('page-error: the page\'s own error script and its `+` selector still work', async () => {
    const tab = await session.open(`${APP}/page-error`);
    await tab.type('#oac', 'k7x ');
    await waitForFindings(tab, '#oac', ['trailing-space', 'lowercase', 'inner-space'].filter((k) => k !== 'inner-space'));
    const page = await tab.evaluate(() => ({
      wroteInto: [...new Set((window as unknown as { pageError: { wroteInto: string[] } }).pageError.wroteInto)],
      message: document.querySelector('#oac-err')!.textContent,
      shown: getComputedStyle(document.querySelector('#oac-err')!).display,
      hint: getComputedStyle(document.querySelector('#oac-hint')!).color,
      italic: getComputedStyle(document.querySelector('#steps li:nth-child(2)')!).fontStyle,
    }));
    expect(page).toEqual({ wroteInto: ['oac-err'], message: 'The code is 12 capital letters and digits.', shown: 'block', hint: 'rgb(85, 85, 85)', italic: 'italic' });
    await tab.close();
  });

  it('compact: at 360 px and 200 % zoom the first line and its button are within one screen of the field', async () => {
    const tab = await session.open(`${APP}/uswds`);
    await tab.setViewport(180, 320); // 360 x 640 at 200 %: 180 x 320 CSS px
    await tab.paste('#online-access-code', '\u00a0K7X\u041eH4 MW9PT3R\u200b\u200b ');
    await waitForFindings(tab, '#online-access-code', ['leading-space', 'trailing-space', 'inner-space', 'invisible', 'homoglyph']);
    const field = await tab.evaluate(() => document.querySelector('#online-access-code')!.getBoundingClientRect().top);
    const panel = (await panelInfo(tab, '#online-access-code')).box!;
    const line = await inPanel(tab, '#online-access-code', (root) => {
      const button = root.querySelector('.line .fix')!;
      return { kind: button.getAttribute('data-fix'), bottom: button.getBoundingClientRect().bottom };
    });
    const fit = { kind: line!.kind, reach: panel.top + line!.bottom - field, right: panel.right, height: panel.height };
    expect(fit.kind).toBe('all');
    expect(fit.reach).toBeLessThanOrEqual(320);
    expect(fit.right).toBeLessThanOrEqual(180);
    // the details stay in the DOM, hidden, with every hook
    expect((await panelInfo(tab, '#online-access-code')).expanded).toBe(false);
    await clickInPanel(tab, '#online-access-code', '[data-fix="invisible"]'); // opens the details first, as a person would
    await expect.poll(() => tab.evaluate(() => (document.querySelector('#online-access-code') as HTMLInputElement).value)).toBe('\u00a0K7X\u041eH4 MW9PT3R ');
    await tab.close();
  });

  it('keyboard: Tab from the field into the panel and on to the page\'s next control, Shift+Tab back', async () => {
    const tab = await session.open(`${APP}/input-group`);
    await tab.type('#code-go', 'K7XH4MW9PT3R ');
    await waitForFindings(tab, '#code-go', ['trailing-space']);
    // Tab steps into the panel a person sees: once it is on screen.
    await waitForPanel(tab, '#code-go');
    await tab.press('Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('fix:trailing-space');
    await tab.press('Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('toggle');
    await tab.press('Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('close');
    await tab.press('Tab');
    await expect.poll(() => activeId(tab)).toBe('go'); // the page's own next control
    await expect.poll(() => inPanel(tab, '#code-go', (root) => root.hasFocus())).toBe(false);
    await tab.press('Shift+Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('close');
    await tab.press('Shift+Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('toggle');
    await tab.press('Shift+Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('fix:trailing-space');
    await tab.press('Shift+Tab');
    await expect.poll(() => activeId(tab)).toBe('code-go');
    // The panel's frame has let go of the keyboard too (another process: a moment later).
    await expect.poll(() => inPanel(tab, '#code-go', (root) => root.hasFocus())).toBe(false);
    // A fix by keyboard gives the field its focus back.
    await tab.press('Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).toBe('fix:trailing-space');
    await tab.press('Enter');
    await expect.poll(() => tab.evaluate(() => (document.querySelector('#code-go') as HTMLInputElement).value)).toBe('K7XH4MW9PT3R');
    await expect.poll(() => activeId(tab)).toBe('code-go');
    await tab.close();
  });

  it('Escape in the field or the panel, and the close button, hide it until the next input', async () => {
    const tab = await session.open(`${APP}/input-group`);
    await tab.type('#code-go', ' K7');
    await waitForPanel(tab, '#code-go');
    await tab.press('Escape');
    await expect.poll(async () => (await panelInfo(tab, '#code-go')).shown).toBe(false);
    expect((await panelInfo(tab, '#code-go')).findings).toContain('leading-space'); // hooks still there
    await tab.keyboard('X');
    await waitForPanel(tab, '#code-go');
    await tab.press('Tab');
    await expect.poll(() => focusInPanel(tab, '#code-go')).not.toBe(null);
    await tab.press('Escape');
    await expect.poll(async () => (await panelInfo(tab, '#code-go')).shown).toBe(false);
    await expect.poll(() => activeId(tab)).toBe('code-go');
    await tab.keyboard('H');
    await waitForPanel(tab, '#code-go');
    await clickInPanel(tab, '#code-go', '.close');
    await expect.poll(async () => (await panelInfo(tab, '#code-go')).shown).toBe(false);
    await tab.close();
  });

  it('"looks fine" steps aside when the person moves on, so it never sits over the next field', async () => {
    const tab = await session.open(`${APP}/uswds`);
    await tab.type('#online-access-code', 'K7XH4MW9PT3R');
    await expect.poll(async () => (await panelInfo(tab, '#online-access-code')).state).toBe('ok');
    await tab.focus('#receipt-number');
    await expect.poll(async () => (await panelInfo(tab, '#online-access-code')).shown).toBe(false);
    await tab.focus('#online-access-code');
    await expect.poll(async () => (await panelInfo(tab, '#online-access-code')).shown).toBe(true);
    // A panel with a problem stays while the person looks elsewhere.
    await tab.keyboard(' ');
    await waitForFindings(tab, '#online-access-code', ['trailing-space']);
    await tab.focus('#receipt-number');
    await afterPanelElsewhere(session); // by then this page has heard the focus move
    expect((await panelInfo(tab, '#online-access-code')).shown).toBe(true);
    await tab.close();
  });

  it('a field styled with dots: the panel names positions but never draws the characters', async () => {
    const tab = await session.open(`${APP}/masked`);
    await tab.paste('#masked-code', 'K7X\u041eH4MW9PT3R ');
    await waitForFindings(tab, '#masked-code', ['trailing-space', 'homoglyph']);
    await clickInPanel(tab, '#masked-code', '.toggle');
    const shown = await inPanel(tab, '#masked-code', (root) => ({
      text: (root.querySelector('.panel') as HTMLElement).innerText,
      glyphs: Array.from(root.querySelectorAll('.glyph')).filter((g) => g.getClientRects().length > 0).length,
      positions: root.querySelectorAll('.position').length,
    }));
    expect(shown!.glyphs).toBe(0);
    expect(shown!.positions).toBeGreaterThan(0);
    for (const piece of ['K7X', 'H4MW', 'PT3R', '\u041e']) expect(shown!.text).not.toContain(piece);
    await tab.close();
  });

  // What the page can read of the panel (the same browser).
  describe('what the page can read of the panel', () => {
    // A code no fixture or message holds; a Cyrillic Х (U+0425) for its 10th character.
    const CODE = 'W7QJ4RK3VXN9';
    const TYPED = `\u00a0${CODE.slice(0, 9)}\u0425${CODE.slice(10)}`;
    const pieces = [...new Set([CODE, TYPED.trim()].flatMap((c) => Array.from({ length: c.length - 2 }, (_, i) => c.slice(i, i + 3))))];
    // Characters the panel draws (the no-break space, the Cyrillic letter and
    // what it becomes) that appear nowhere else on the page: window.find must not see them.
    const drawn = ['\u0425', '\u00a0'];

    it('a page-world script and rrweb (maskAllInputs) record no piece of the code from anything of ours', async () => {
      const bare = await session.open(`${BARE}/recorded`);
      await bare.paste('#accessCode', TYPED);
      const baseline = { reads: await bare.evaluate(pageReads, pieces), find: await bare.evaluate(findChars, drawn) };
      await bare.close();
      const tab = await session.open(`${APP}/recorded`);
      await tab.paste('#accessCode', TYPED);
      await waitForFindings(tab, '#accessCode', ['leading-space', 'homoglyph']);
      await clickInPanel(tab, '#accessCode', '.toggle'); // the details: every character, the "Fix all" preview
      await expect.poll(() => announced(tab, '#accessCode')).toBeTruthy(); // the live region's summary too
      expect({ reads: await tab.evaluate(pageReads, pieces), find: await tab.evaluate(findChars, drawn) }).toEqual(baseline);
      const recording = await tab.evaluate(() => JSON.stringify((window as unknown as { recorded: unknown[] }).recorded));
      expect(recording.length).toBeGreaterThan(1000); // it did record the page
      expect(pieces.filter((p) => recording.includes(p))).toEqual([]);
      // Fix all, then Undo: still nothing.
      await clickInPanel(tab, '#accessCode', '[data-fix="all"]');
      await clickInPanel(tab, '#accessCode', '[data-undo]');
      await waitForFindings(tab, '#accessCode', ['leading-space', 'homoglyph']);
      await expect.poll(() => tab.evalSource(pageCall((deep, s) => (deep(s) as HTMLInputElement).value, '#accessCode'))).toBe(TYPED);
      const after = await tab.evaluate(() => JSON.stringify((window as unknown as { recorded: unknown[] }).recorded));
      expect(pieces.filter((p) => after.includes(p))).toEqual([]);
      expect(await tab.evalSource(pageCall((deep, s) => (deep(s) as HTMLInputElement).value, '#accessCode'))).toBe(TYPED);
      await tab.close();
    });
  });
});

/**
 * Runs in the page's own world: every way a page script has to read what is
 * on the page, and which pieces of the code each one shows (the field itself
 * shows some to window.find: the same page without the extension is the baseline).
 */
function pageReads(pieces: string[]) {
  const reads: Record<string, string> = {};
  const host = Array.from(document.documentElement.children).at(-1) as HTMLElement;
  reads.outerHTML = document.documentElement.outerHTML;
  reads.textContent = document.documentElement.textContent ?? '';
  reads.innerText = document.documentElement.innerText;
  reads.hostShadowRoot = String(host.shadowRoot);
  reads.hostInner = host.innerHTML + host.textContent + host.innerText;
  const selection = getSelection()!;
  selection.selectAllChildren(document.documentElement);
  reads.selection = selection.toString();
  const range = document.createRange();
  range.selectNodeContents(document.documentElement);
  reads.range = range.toString();
  selection.removeAllRanges();
  // window.find searches what is rendered: a page could probe for pieces of a code.
  const find = (window as unknown as { find?: (s: string) => boolean }).find;
  reads.find = find ? pieces.filter((p) => find.call(window, p)).join(',') : '';
  getSelection()!.removeAllRanges();
  return Object.entries(reads)
    .map(([how, text]) => [how, pieces.filter((p) => text.includes(p))] as const)
    .filter(([, found]) => found.length)
    .map(([how, found]) => `${how}: ${found.join(' ')}`);
}
/** Runs in the page: which characters window.find sees. */
const findChars = (chars: string[]) => chars.filter((c) => (window as unknown as { find(s: string): boolean }).find(c));

