import { loadavg } from 'node:os';
import { it } from 'vitest';
import { LONG_FORM_INPUTS, pageImpact, STORM_INPUTS, type PageImpactRun } from './pageImpact';
import { percentile } from './stats';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const x = (n: number) => `${n.toFixed(2)}x`;
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const load = () => loadavg().map((n) => n.toFixed(1)).join(', ');

// One row per measure, one column per run: each cell is "with / without (ratio)",
// both sides measured in the same run, one after the other.
type Row = [what: string, cell: (r: PageImpactRun) => string, ratio: ((r: PageImpactRun) => number) | null, show: (n: number) => string, goal: string];
const ROWS: Row[] = [
  [
    `longest main-thread task, first key to 1.5 s after, ${LONG_FORM_INPUTS.toLocaleString('en')} inputs`,
    (r) => `${ms(r.firstKey.with.longest)} / ${ms(r.firstKey.without.longest)}`,
    (r) => r.firstKey.with.longest / r.firstKey.without.longest,
    x,
    'at most 1.2x',
  ],
  ['all main-thread tasks over that window', (r) => `${ms(r.firstKey.with.total)} / ${ms(r.firstKey.without.total)}`, (r) => r.firstKey.with.total / r.firstKey.without.total, x, ''],
  ['longest task, focus to 1 s after (frame and inspector load)', (r) => `${ms(r.firstKey.with.focusLongest)} / ${ms(r.firstKey.without.focusLongest)}`, (r) => r.firstKey.with.focusLongest / r.firstKey.without.focusLongest, x, ''],
  [
    `script, 3 s of 1,000 input events/s, each on a new input (${STORM_INPUTS.toLocaleString('en')}-input form)`,
    (r) => `${ms(r.storm.with.scriptMs)} / ${ms(r.storm.without.scriptMs)}`,
    (r) => (r.storm.with.scriptMs - r.storm.without.scriptMs) / r.storm.without.scriptMs,
    pct,
    'ours under 10 % of the page\'s',
  ],
  ['time inside dispatchEvent (all listeners), same events', (r) => `${ms(r.storm.with.dispatchMs)} / ${ms(r.storm.without.dispatchMs)}`, null, x, ''],
  [
    'script, 3 s of 1,000 input events/s, on the same 10 inputs',
    (r) => `${ms(r.stormSame.with.scriptMs)} / ${ms(r.stormSame.without.scriptMs)}`,
    (r) => (r.stormSame.with.scriptMs - r.stormSame.without.scriptMs) / r.stormSame.without.scriptMs,
    pct,
    'ours under 10 % of the page\'s',
  ],
  ['time inside dispatchEvent, same 10 inputs', (r) => `${ms(r.stormSame.with.dispatchMs)} / ${ms(r.stormSame.without.dispatchMs)}`, null, x, ''],
  [
    'page JS heap growth, loaded to first panel shown',
    (r) => `${mb(r.memory.with.after - r.memory.with.before)} / ${mb(r.memory.without.after - r.memory.without.before)}`,
    (r) => r.memory.with.after - r.memory.with.before - (r.memory.without.after - r.memory.without.before),
    mb,
    'under 1 MB (with less without)',
  ],
  ['panel frame JS heap, used (total), its own target', (r) => `${mb(r.memory.with.frame)} (${mb(r.memory.with.frameTotal)})`, (r) => r.memory.with.frame, mb, 'under 8 MB'],
];

// A benchmark: it prints figures and never fails on time.
it('page impact: longest task after the first key, script under an input storm, memory', async () => {
  const start = load();
  const runs = await pageImpact();
  console.log(`\n## The panel's cost to the page (Chromium, built extension; with / without the extension, side by side in each run)\n`);
  console.log(`load average (1, 5, 15 min) at start: ${start}; at end: ${load()}\n`);
  console.log(`| measure | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} | median of the runs' ratios | goal |`);
  console.log(`|---|${runs.map(() => '---:|').join('')}---:|---|`);
  for (const [what, cell, ratio, show, goal] of ROWS) {
    const cells = runs.map((r) => (ratio && show !== mb ? `${cell(r)} (${show(ratio(r))})` : cell(r)));
    console.log(`| ${what} | ${cells.join(' | ')} | ${ratio ? show(percentile(runs.map(ratio), 50)) : ''} | ${goal} |`);
  }
});
