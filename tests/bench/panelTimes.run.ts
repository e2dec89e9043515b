import { loadavg } from 'node:os';
import { it } from 'vitest';
import { cold, scrollCost, warm, type Spread } from './panelTimes';

const load = () => loadavg().map((n) => n.toFixed(1)).join(', ');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const row = (what: string, s: Spread) => `| ${what} (${s.n}) | ${ms(s.median)} | ${ms(s.p95)} |`;

// A benchmark: it prints figures and never fails on time. Every figure is
// printed in one table at the end, with the machine's load average, and
// cold against warm from the same run.
it('panel host: cold and warm, with 6x CPU throttling', async () => {
  const start = load();
  const lines: string[] = [];
  for (const rate of [1, 6]) {
    const suffix = rate > 1 ? `, CPU ÷${rate}` : '';
    const c = await cold(rate > 1 ? 8 : 12, rate);
    const w = await warm(rate > 1 ? 60 : 150, rate);
    lines.push(
      row(`cold: first key to panel in the DOM${suffix}`, c.dom),
      row(`cold: first key to panel painted${suffix}`, c.painted),
      row(`warm: key to panel DOM updated${suffix}`, w.dom),
      row(`warm: key to panel painted${suffix}`, w.painted),
      `| cold / warm, painted${suffix} | ${(c.painted.median / w.painted.median).toFixed(2)}x | ${(c.painted.p95 / w.painted.p95).toFixed(2)}x |`,
    );
  }
  console.log('\n## Panel host (Chromium, built extension)\n');
  console.log(`load average (1, 5, 15 min) at start: ${start}; at end: ${load()}\n`);
  console.log('| measure (runs) | median | 95th percentile |\n|---|---:|---:|');
  for (const line of lines) console.log(line);
});

it('panel host: main thread while scrolling a long page with the panel open', async () => {
  const runs = await scrollCost();
  console.log('\n| run | main thread over 5 s of scrolling, with / without | extra | frames, with / without |\n|---|---:|---:|---:|');
  runs.forEach((r, i) => {
    const extra = ((r.with - r.without) / r.without) * 100;
    console.log(`| ${i + 1} | ${ms(r.with)} / ${ms(r.without)} | ${extra >= 0 ? '+' : ''}${extra.toFixed(1)} % | ${r.frames[0]} / ${r.frames[1]} |`);
  });
});
