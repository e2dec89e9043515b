import { it } from 'vitest';
import { percentile } from './stats';
import { typingCost } from './typingCost';

const ms = (n: number) => `${n.toFixed(2)} ms`;

// A benchmark: it prints figures and never fails on time.
it('typing in a box we do not help, next to a 3 MB article', async () => {
  const runs = await typingCost();
  console.log('\n## Typing in an unhelped box after a 3 MB article (Chromium, per key)\n');
  console.log('| run | keys | main thread, with / without (ratio) | script, with / without |');
  console.log('|---|---:|---:|---:|');
  runs.forEach(({ withExtension: w, without: o }, i) => {
    console.log(`| ${i + 1} | ${w.keys} | ${ms(w.taskPerKeyMs)} / ${ms(o.taskPerKeyMs)} (${(w.taskPerKeyMs / o.taskPerKeyMs).toFixed(2)}x) | ${ms(w.scriptPerKeyMs)} / ${ms(o.scriptPerKeyMs)} |`);
  });
  const ratios = runs.map(({ withExtension: w, without: o }) => w.taskPerKeyMs / o.taskPerKeyMs);
  console.log(`\nmedian ratio: ${percentile(ratios, 50).toFixed(2)}x (goal: at most 1.2x)`);
});
