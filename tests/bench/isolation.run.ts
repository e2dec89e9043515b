import { it } from 'vitest';
import { isolation } from './isolation';

const ms = (n: number) => `${n.toFixed(1)} ms`;

// A benchmark: it prints figures and never fails on time.
it('isolation: closed shadow root or extension-page iframe', async () => {
  const rows = await isolation();
  console.log('\n## Isolation: first key to panel painted, and what the page reads\n');
  console.log('| browser | isolation | median | 95th percentile | what a page script reads of it |\n|---|---|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.browser} | ${r.mode === 'shadow' ? 'closed shadow root' : 'extension-page iframe'} | ${ms(r.median)} | ${ms(r.p95)} | ${r.reads.join('; ') || 'nothing (host element only)'} |`);
});
