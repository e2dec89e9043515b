// Benchmarks the popup's link check (src/site/siteVerdict.ts, bundled by
// esbuild as it ships) on long pastes, and prints a markdown table. Once a
// 16 KB address took 410 ms and each doubling 3.5x more; now anything over
// 8,000 characters is "not a link we can check" at once, and names are
// matched in linear time below that. Prints figures; never fails on time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const result = await build({
  entryPoints: [new URL('../src/site/siteVerdict.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
});
const dir = mkdtempSync(join(tmpdir(), 'ach-link-check-'));
const file = join(dir, 'siteVerdict.mjs');
writeFileSync(file, result.outputFiles[0].contents);
const { siteVerdict } = await import(pathToFileURL(file).href).finally(() => rmSync(dir, { recursive: true, force: true }));

const KB = 1024;
// [shape, text of `size` characters]
const SHAPES = [
  ['many labels (a.a.a…)', (size) => `https://${'a.'.repeat(size / 2)}com/`], // the shape that grew as the square
  ['hyphens (a-a-a…)', (size) => `https://${'a-'.repeat(size / 2)}x.com/`],
  ['user info (u.u.u…@)', (size) => `https://${'u.'.repeat(size / 2)}@example.com/`],
  ['official host, long path', (size) => `https://my.uscis.gov/${'a'.repeat(size)}`],
];
// Under the cap (linear: 2,000, 4,000, 8,000 characters, the longest read), then 16 KB, 256 KB and 1 MB.
const SIZES = [2000, 4000, 8000, 16 * KB, 256 * KB, 1024 * KB];
const RUNS = 15;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`\n## The link check on long texts (Node ${process.version}, median of ${RUNS} runs)\n`);
console.log(`| shape | ${SIZES.map((size) => (size % KB ? `${size} chars` : `${size / KB} KB`)).join(' | ')} |`);
console.log(`|---|${SIZES.map(() => '---:').join('|')}|`);
for (const [shape, make] of SHAPES) {
  const cells = SIZES.map((size) => {
    const text = make(size).slice(0, size);
    const times = [];
    let kind = '';
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      kind = siteVerdict(text).kind;
      times.push(performance.now() - start);
    }
    return `${median(times).toFixed(3)} ms (${kind})`;
  });
  console.log(`| ${shape} | ${cells.join(' | ')} |`);
}
