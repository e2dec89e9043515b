// Benchmarks the inspector as it ships (esbuild bundle, minified) against npm
// packages that do part of the same job, and prints a markdown table plus the
// bundle's gzip size. Usage: npm run bench:inspector
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import anyAscii from 'any-ascii';
import { shippedInspector } from './shippedInspector.mjs';

const require = createRequire(import.meta.url);
const confusables = require('confusables');
const unicodeConfusables = require('unicode-confusables');

const { module, code } = await shippedInspector();
const { inspect, applyFixes } = module;
const gzipBytes = gzipSync(code, { level: 9 }).length;

// A paste from an e-mail or a scan: prose with no-break and zero-width
// spaces, a Cyrillic letter, a full-width digit, repeated to 1 MiB.
const paragraph =
  'Your USCIS Online Access Code is\u00a0K7XH4MW9PT3R. Enter it exactly as printed;\u200b the code ' +
  'expires in 90 days. Receipt number: IOE0912345678. Не O, a 0: \uff13 digits. ';
let paste = '';
while (paste.length < 1024 * 1024) paste += paragraph;
paste = paste.slice(0, 1024 * 1024);

const inputs = [
  ['clean 12-character code', 'K7XH4MW9PT3R'],
  ['code with three problems', ' K7\u0425H4MW9PT3R\u200b'], // leading space, Cyrillic Х, zero-width space
  ['1 MB paste', paste],
];
const contenders = [
  // What a panel does: inspect, then (a click on "Fix all") apply every certain fix.
  ['inspector', (t) => {
    const { fixable } = inspect(t, 'access-code');
    return fixable.length > 0 ? applyFixes(t, 'access-code', fixable) : t;
  }],
  ['confusables `remove`', (t) => confusables.remove(t)],
  ['unicode-confusables `rectifyConfusion`', (t) => unicodeConfusables.rectifyConfusion(t)],
  ['any-ascii', (t) => anyAscii(t)],
];

// Runs fn until at least `ms` have passed (after a warm-up) and returns calls per second.
function opsPerSecond(fn, text, ms) {
  for (let k = 0; k < 3; k++) fn(text);
  let calls = 0;
  let batch = 1;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let k = 0; k < batch; k++) fn(text);
    calls += batch;
    batch = Math.min(batch * 2, 1 << 16);
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

const format = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const header = ['input', ...contenders.map(([name]) => `${name} (ops/s)`)];
const rows = [header, header.map(() => '---')];
for (const [label, text] of inputs) {
  const ms = text.length > 1000 ? 2000 : 500;
  const speeds = contenders.map(([, fn]) => opsPerSecond(fn, text, ms));
  const ours = speeds[0];
  rows.push([
    label,
    format(ours),
    ...speeds.slice(1).map((s) => `${format(s)} (inspector ×${(ours / s).toFixed(1)})`),
  ]);
}
console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
const ms1 = 1000 / opsPerSecond((t) => inspect(t, 'access-code'), paste, 1000);
console.log(`\n1 MB paste: ${ms1.toFixed(1)} ms per inspection`);
console.log(`inspector bundle: ${code.length} bytes minified, ${gzipBytes} bytes gzip`);
