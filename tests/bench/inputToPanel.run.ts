import { it } from 'vitest';
import { inputToPanel } from './inputToPanel';

const ms = (n: number) => `${n.toFixed(1)} ms`;

// A benchmark: it prints figures and never fails on time.
it('input to panel', async () => {
  const r = await inputToPanel();
  console.log('\n## Input to panel (Chromium, built extension)\n');
  console.log('| measure | median | 95th percentile |\n|---|---:|---:|');
  console.log(`| keystroke to panel DOM updated (${r.keystrokes} keys) | ${ms(r.toUpdate.median)} | ${ms(r.toUpdate.p95)} |`);
  console.log(`| keystroke to next frame after update | ${ms(r.toFrame.median)} | ${ms(r.toFrame.p95)} |`);
  console.log('\n| paste | input handlers, with / without | paste to panel updated | next frame painted, with / without |\n|---:|---:|---:|---:|');
  for (const p of r.pastes) {
    console.log(`| ${p.size >> 10} KB | ${ms(p.with.handlers)} / ${ms(p.without.handlers)} | ${ms(p.with.panel)} | ${ms(p.with.painted)} / ${ms(p.without.painted)} |`);
  }
});
