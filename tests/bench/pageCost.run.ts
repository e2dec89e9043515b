import { it } from 'vitest';
import { longForm, pageCost, popupTimes } from './pageCost';
import { percentile } from './stats';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

// A benchmark: it prints figures and never fails on time.
it('page cost', async () => {
  const runs = await pageCost();
  console.log('\n## Page cost (Chromium; busy page adding and removing 1,000 nodes a second)\n');
  console.log('| run | script to idle +1 s, with / without | main thread over 10 s, with / without (extra) | JS heap untouched, with / without | JS heap after typing a code |');
  console.log('|---|---:|---:|---:|---:|');
  runs.forEach(({ withExtension: w, without: o }, i) => {
    const extra = ((w.churnTaskMs - o.churnTaskMs) / o.churnTaskMs) * 100;
    console.log(
      `| ${i + 1} | ${ms(w.startScriptMs)} / ${ms(o.startScriptMs)} (+${ms(w.startScriptMs - o.startScriptMs)}) | ${ms(w.churnTaskMs)} / ${ms(o.churnTaskMs)} (${extra >= 0 ? '+' : ''}${extra.toFixed(1)}%) | ${kb(w.heapIdle)} / ${kb(o.heapIdle)} (+${kb(w.heapIdle - o.heapIdle)}) | ${kb(w.heapTyped)} (+${kb(w.heapTyped - o.heapTyped)}) |`,
    );
  });
});

it('popup first render', async () => {
  const times = await popupTimes();
  console.log('\n## Popup (Chromium, opened as a page, 5 opens)\n');
  console.log('| measure | median | worst |\n|---|---:|---:|');
  const fcp = times.map((t) => t.fcp);
  const checklist = times.map((t) => t.checklist);
  console.log(`| first contentful paint | ${ms(percentile(fcp, 50))} | ${ms(Math.max(...fcp))} |`);
  console.log(`| checklist in the DOM | ${ms(percentile(checklist, 50))} | ${ms(Math.max(...checklist))} |`);
});

it('long forms', async () => {
  const rows = await longForm();
  console.log('\n## Long forms (Chromium): script and task time to load + 1 s\n');
  console.log('| inputs on the page | script, with / without (extra) | all main-thread tasks, with / without (extra) |\n|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${ms(r.withScript!)} / ${ms(r.withoutScript!)} (+${ms(r.withScript! - r.withoutScript!)}) | ${ms(r.withTask!)} / ${ms(r.withoutTask!)} (+${ms(r.withTask! - r.withoutTask!)}) |`,
    );
  }
});
