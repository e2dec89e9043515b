import { buildSync } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDir } from './harness/browsers';

// Size budgets, in gzip bytes, on the built extension: a change that makes a
// bundle pass its budget fails here. Figures and how they were chosen:
// docs/PERFORMANCE.md.
const KB = 1024;
const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

// [file (a prefix for hashed chunks), budget, why this much]
const BUDGETS: Array<[string, number, string]> = [
  // Runs on every USCIS page: the field finder only (the panel loads on first touch).
  // 16 KB since the panel's reducer (+0.8 KB) and code components' box groups,
  // quiet changes and box-by-box writes (+0.7 KB) joined it (15.2 KB measured).
  ['content-scripts/uscis.js', 16 * KB, 'runs on every uscis.gov page load'],
  // Loaded once a person types in a watched field: inspector, Preact, panel, words.
  // 24 KB before the panel's host (top layer, placement, keyboard, compact line: about +2.5 KB);
  // 34 KB since WXT storage items (+3.5 KB), causes and remedies (+4 KB) and the
  // inspector's named tables (+1 KB) joined it (32.5 KB measured); 36 KB since the
  // design tokens (+0.8 KB) and the findings' icons (lucide-preact's runtime and two
  // icons, +1.8 KB) joined it (35.1 KB measured).
  ['panel.js', 36 * KB, 'first touch of a watched field'],
  // The popup's own code, and the code it shares with the checklist page.
  // 18 KB since the link checker's guarded steps, the tab's status and "Help with
  // the box", clinic mode and the checker's receipt mode (16.5 KB measured); 19 KB
  // since the redesign: section, verdict and finding icons from lucide-preact and the
  // globe (+1.3 KB here; lucide's shared runtime sits in the chunk Start over shares
  // with the checklist page, +1.4 KB) (18.2 KB measured); 25 KB since the
  // inspector's tables cover every one-character lookalike in Unicode 17's data
  // (1,640 fixed instead of 255, +4.9 KB in the checker) (24.2 KB measured).
  ['chunks/popup-', 25 * KB, 'every popup open'],
  // (Rollup names the chunk after one of its modules: localeTables, then followLanguage, now drawPage.)
  ['chunks/drawPage-', 15 * KB, 'shared by the popup, the checklist page and the settings page'],
  // Every language's table: woken only to hand one to a content script.
  // 120 KB: eleven languages' tables grew with the new messages (111 KB measured).
  ['background.js', 120 * KB, 'service worker start'],
  // One language's messages, loaded when it is picked.
  // 16 KB: the largest language (14.4 KB measured) with the new messages.
  ['chunks/messages-', 16 * KB, 'a language picked in the menu'],
];

describe.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const)('size budgets, %s', (target) => {
  const dir = buildDir(target);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|css|html)$/.test(f));

  it.each(BUDGETS)('%s stays under %i bytes gzip (%s)', (prefix, budget) => {
    const matching = files.filter((f) => f.startsWith(prefix));
    expect(matching.length, `no file ${prefix}* in the ${target} build`).toBeGreaterThan(0);
    for (const file of matching) expect(gz(readFileSync(`${dir}/${file}`)), file).toBeLessThanOrEqual(budget);
  });
});

describe('size budget, the inspector alone', () => {
  // 8 KB since the inspector was rewritten with names instead of numbers (issue 11);
  // 12 KB since its tables are generated from Unicode 17's confusables and UCD
  // (every one-ASCII lookalike fixed, every invisible removed: 11.6 KB measured).
  it('stays under 12 KB gzip minified', () => {
    const out = buildSync({ entryPoints: ['src/inspector/index.ts'], bundle: true, minify: true, format: 'esm', write: false });
    expect(gz(out.outputFiles[0]!.contents)).toBeLessThanOrEqual(12 * KB);
  });
});

// The glyph fonts (src/ui/glyphFonts.ts): woff2 is compressed already, so the
// budget is on the bytes. Atkinson loads when a panel first shows; each other
// face only when a letter it covers is drawn.
describe.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const)('font budget, %s', (target) => {
  it('each font stays under 11 KB and all of them under 30 KB', () => {
    const dir = `${buildDir(target)}/fonts`;
    const sizes = readdirSync(dir)
      .filter((f) => f.endsWith('.woff2'))
      .map((f) => readFileSync(`${dir}/${f}`).length);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(11 * KB);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30 * KB);
  });
});
