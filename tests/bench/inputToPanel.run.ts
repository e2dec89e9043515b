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
  console.log('\n| 1 MB paste | input handlers | panel updated | next frame painted |\n|---|---:|---:|---:|');
  console.log(`| with the extension (uscis.gov) | ${ms(r.paste.handlers)} | ${ms(r.paste.panel)} | ${ms(r.paste.painted)} |`);
  console.log(`| without (same page, other host) | ${ms(r.baseline.handlers)} | | ${ms(r.baseline.painted)} |`);
});
