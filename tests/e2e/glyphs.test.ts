import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabOf, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { firefoxIn, TARGETS_FOR } from './harness/launch';
import { clickInPanel, inPanel, panelInfo } from './harness/panel';
import { isPanelFrameUrl } from './harness/panelRoots';
import type { Tab } from './harness/tab';
import { chooseLanguage } from './harness/openSection';

// The big glyphs in a real browser: a Cyrillic О is drawn by the bundled
// Noto Sans Mono (so it never looks like Atkinson's zero beside it, and never
// like DejaVu's narrow oval), a full-width ７, which no font on a Debian
// machine with the default fonts draws, shows its code point, and the
// Cyrillic font is fetched only once such a letter is shown: by the panel's
// own frame, whose fonts are its own; the page's font set never changes.
const PAGE = 'https://my.uscis.gov/account/applicant/add-case';
const FIELD = '#accessCode';
// Cyrillic capital O at the 5th place, then a zero (a lookalike, listed too).
const CYRILLIC_O_AND_ZERO = 'K7XH\u041e0W9PT3R';
// A full-width digit seven (from a Japanese or Chinese keyboard), and an
// Armenian capital AYB, which no bundled font has but Debian's DejaVu Sans does.
const FULLWIDTH_SEVEN = 'K\uFF17XH4MW9PT3R\u0531';
const SHOTS = 'test-results/glyphs';

interface GlyphSeen {
  text: string;
  className: string;
}

/** The big glyphs of the field's panel (its frame, through the harness). */
async function glyphsIn(tab: Tab): Promise<GlyphSeen[]> {
  return (await inPanel(tab, FIELD, (root) => Array.from(root.querySelectorAll('.glyph'), (el) => ({ text: el.textContent ?? '', className: el.className })))) ?? [];
}

/** The viewport box of the first glyph whose text matches, and of the whole panel, for screenshots. */
async function boxOf(tab: Tab, text: string | null): Promise<{ x: number; y: number; width: number; height: number }> {
  const panel = (await panelInfo(tab, FIELD)).box!;
  if (text === null) return { x: panel.left, y: panel.top, width: panel.width, height: panel.height };
  const glyph = await inPanel(
    tab,
    FIELD,
    (root, t) => {
      const el = Array.from(root.querySelectorAll('.glyph')).find((g) => g.textContent === t)!;
      // A glyph low in the details may be scrolled out of the panel's box: bring it in, as a person would.
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    text,
  );
  return { ...glyph!, x: panel.left + glyph!.x, y: panel.top + glyph!.y };
}

/** Opens the panel's details (the glyphs), as a person would. */
const openDetails = (tab: Tab) => clickInPanel(tab, FIELD, '.toggle');

/** Runs in the panel's frame: the status of each glyph font face of its own document. */
function faceStatus(root: Document): Record<string, string> {
  const faces: Record<string, string> = {};
  root.fonts.forEach((face) => {
    if (face.family.replace(/"/g, '') === 'Atkinson Hyperlegible Mono') faces[face.unicodeRange.includes('U+400') ? 'cyrillic' : face.unicodeRange] = face.status;
  });
  return faces;
}
const framesFaces = async (tab: Tab) => (await inPanel(tab, FIELD, faceStatus))!;

/** Runs in the page: every face of the page's own font set (nothing of ours is ever added to it). */
const pageFaces = () => {
  const faces: string[] = [];
  document.fonts.forEach((face) => faces.push(`${face.family} ${face.unicodeRange} ${face.status}`));
  return faces;
};

async function waitForGlyph(read: () => Promise<GlyphSeen[]>, text: string): Promise<GlyphSeen[]> {
  await expect.poll(async () => (await read()).map((g) => g.text)).toContain(text);
  return read();
}

/** The fonts Chromium actually used for the first glyph whose text is `text` (a CDP session of the panel's frame). */
// Polled: a node not laid out yet (a panel still settling on a loaded machine) has no fonts.
async function fontsOfGlyph(cdp: CDPSession, text: string, className = 'glyph'): Promise<string[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const found = findText(root, className, text);
  if (!found) throw new Error(`no .${className} "${text}" in the page`);
  const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: found })) as { fonts: Array<{ familyName: string }> };
  return fonts.map((f) => f.familyName);
}

describe('glyphs, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => session?.close());

  async function openWith(code: string): Promise<{ page: Page; cdp: CDPSession; faces: string[] }> {
    const page = await session.page(PAGE);
    const faces = await page.evaluate(pageFaces);
    await page.locator(FIELD).focus();
    await page.keyboard.insertText(code);
    await expect.poll(() => page.frames().some((f) => isPanelFrameUrl(f.url()))).toBe(true);
    // The panel's frame is a document of its own (out of the page's process): its own CDP session.
    const cdp = await session.context.newCDPSession(page.frames().find((f) => isPanelFrameUrl(f.url()))!);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    return { page, cdp, faces };
  }

  it('draws a Cyrillic О in the bundled Noto Sans Mono, unlike the zero beside it, in the panel', async () => {
    const { page, cdp, faces } = await openWith(CYRILLIC_O_AND_ZERO);
    await waitForGlyph(() => glyphsIn(tabOf(page)), '\u041e');
    await openDetails(tabOf(page));
    await inPanel(tabOf(page), FIELD, (root) => root.fonts.ready.then(() => true));
    await expect.poll(() => fontsOfGlyph(cdp, '\u041e')).toEqual(['Noto Sans Mono']);
    // Atkinson's variable font names its default instance "Atkinson Hyperlegible Mono ExtraLight".
    await expect.poll(() => fontsOfGlyph(cdp, '0')).toEqual([expect.stringMatching(/^Atkinson Hyperlegible Mono/)]);
    // The two boxes look different, pixel for pixel (and a person looked at the shot).
    const o = await page.screenshot({ clip: await boxOf(tabOf(page), '\u041e') });
    const zero = await page.screenshot({ clip: await boxOf(tabOf(page), '0') });
    expect(o.equals(zero)).toBe(false);
    writeFileSync(`${SHOTS}/panel-chromium.png`, await page.screenshot({ clip: await boxOf(tabOf(page), null) }));
    // Loaded by the frame because a Cyrillic letter is shown (and not before: see the next test).
    expect((await framesFaces(tabOf(page))).cyrillic).toBe('loaded');
    // The page's own font set is as it was: what was typed shows in nothing of the page's.
    expect(await page.evaluate(pageFaces)).toEqual(faces);
    await page.close();
  });

  it('fetches no Cyrillic font for a Latin code, shows a full-width ７ as its code point and an installed font\'s Armenian letter as itself', async () => {
    const { page, faces } = await openWith(FULLWIDTH_SEVEN);
    const seen = await waitForGlyph(() => glyphsIn(tabOf(page)), 'U+FF17');
    await openDetails(tabOf(page));
    expect(seen.find((g) => g.text === 'U+FF17')!.className).toContain('glyph-code-point');
    // Drawn by an installed font: the real letter, not its code point.
    expect(seen.map((g) => g.text)).toContain('\u0531');
    expect((await framesFaces(tabOf(page))).cyrillic).toBe('unloaded');
    expect(await page.evaluate(pageFaces)).toEqual(faces);
    await page.close();
  });

  it('does the same in the popup read-back', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await page.getByLabel('Type or paste the access code').fill(CYRILLIC_O_AND_ZERO + '\uFF17');
    const readBack = page.locator('.read-back-chars');
    await readBack.locator('.glyph', { hasText: '\u041e' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => fontsOfGlyph(cdp, '\u041e')).toEqual(['Noto Sans Mono']);
    // Atkinson's variable font names its default instance "Atkinson Hyperlegible Mono ExtraLight".
    await expect.poll(() => fontsOfGlyph(cdp, '0')).toEqual([expect.stringMatching(/^Atkinson Hyperlegible Mono/)]);
    const o = await readBack.locator('.glyph', { hasText: '\u041e' }).screenshot();
    const zero = await readBack.locator('.glyph', { hasText: /^0$/ }).screenshot();
    expect(o.equals(zero)).toBe(false);
    expect(await readBack.locator('.glyph-code-point').allTextContents()).toEqual(['U+FF17']);
    writeFileSync(`${SHOTS}/read-back-chromium.png`, await readBack.screenshot());
    await page.close();
  });

  it('in Arabic, draws the Latin letters of a sentence in the code font, isolated', async () => {
    // Last in this session: the language menu's choice stays for the others.
    const popup = await session.page(`chrome-extension://${session.extensionId}/popup.html`);
    await chooseLanguage(popup, 'ar');
    const { page, cdp } = await openWith('K7XH4MW9PT3R0Il');
    await expect.poll(() => inPanel(tabOf(page), FIELD, (root) => !!root.querySelector('.panel[dir="rtl"] bdi.latin'))).toBe(true);
    await openDetails(tabOf(page));
    await inPanel(tabOf(page), FIELD, (root) => root.fonts.ready.then(() => true));
    // Every Latin letter or digit of the panel's sentences sits in a left-to-right isolate.
    const loose = await inPanel(tabOf(page), FIELD, (root) => {
      return Array.from(root.querySelectorAll('.message, .name, .position, .summary'))
        .flatMap((el) => Array.from(el.childNodes))
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => (n.textContent ?? '').replace(/\u2068[^\u2069]*\u2069/g, ''))
        .filter((text) => /[A-Za-z0-9]/.test(text));
    });
    expect(loose).toEqual([]);
    // A small l and a capital I in Atkinson Hyperlegible Mono, never in the Arabic font, where they pass for an alef.
    for (const letter of ['I', 'l']) await expect.poll(() => fontsOfGlyph(cdp, letter, 'latin')).toEqual([expect.stringMatching(/^Atkinson Hyperlegible Mono/)]);
    writeFileSync(`${SHOTS}/panel-arabic-chromium.png`, await page.screenshot({ clip: await boxOf(tabOf(page), null) }));
    await page.close();
    await popup.close();
  });
});

// Once in Firefox: the panel's frame loads its fonts from its own extension
// page, so no manifest entry (web_accessible_resources) is involved and the
// mv2 and mv3 builds draw alike; smoke.test.ts shows the frame in each build.
describe.each(firefoxIn(TARGETS_FOR.page))('glyphs, %s', (target) => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(target);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => session?.close());

  async function puppeteerPage(): Promise<PuppeteerPage> {
    const pages = await session.puppeteer.pages();
    return pages.find((p) => p.url().startsWith(PAGE))!;
  }

  it('draws a Cyrillic О in the bundled font and a full-width ７ as its code point, in the panel', async () => {
    const tab = await session.open(PAGE);
    const faces = await tab.evaluate(pageFaces);
    await tab.paste(FIELD, CYRILLIC_O_AND_ZERO + '\uFF17');
    const seen = await waitForGlyph(() => glyphsIn(tab), '\u041e');
    await openDetails(tab);
    expect(seen.map((g) => g.text)).toContain('U+FF17');
    expect(seen.map((g) => g.text)).toContain('0');
    await inPanel(tab, FIELD, (root) => root.fonts.ready.then(() => true));
    expect((await framesFaces(tab)).cyrillic).toBe('loaded');
    expect(await tab.evaluate(pageFaces)).toEqual(faces);
    const page = await puppeteerPage();
    const o = Buffer.from(await page.screenshot({ clip: await boxOf(tab, '\u041e') }));
    const zero = Buffer.from(await page.screenshot({ clip: await boxOf(tab, '0') }));
    expect(o.equals(zero)).toBe(false);
    writeFileSync(`${SHOTS}/panel-${target}.png`, Buffer.from(await page.screenshot({ clip: await boxOf(tab, null) })));
    await tab.close();
  });
});

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** The node id of the text inside the first element of class `className` whose text is `text` (through every shadow root). */
function findText(node: CdpNode, className: string, text: string): number | undefined {
  const attrs = node.attributes ?? [];
  const cls = attrs[attrs.indexOf('class') + 1] ?? '';
  if (attrs.includes('class') && cls.split(' ').includes(className)) {
    const child = node.children?.find((c) => c.nodeType === 3 && c.nodeValue === text);
    if (child) return child.nodeId;
  }
  for (const next of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findText(next, className, text);
    if (found) return found;
  }
  return undefined;
}
