// `npm run bench`: every benchmark, printed as tables. Benchmarks print
// figures; they never pass or fail on time. The browser ones need a build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status) process.exit(status);
};

if (!process.argv.includes('--browser-only')) run('node', ['scripts/bench-inspector.mjs']);

// The browser benchmarks are TypeScript beside the e2e harness: bundle, then run.
// Written inside node_modules so its imports (playwright-core ...) resolve.
const dir = 'node_modules/.cache/ach-bench';
mkdirSync(dir, { recursive: true });
const out = `${dir}/bench.mjs`;
await build({
  entryPoints: ['tests/bench/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  // The harness finds fixtures and builds relative to its own file.
  define: { 'import.meta.url': JSON.stringify(new URL('../tests/e2e/harness/x.ts', import.meta.url).href) },
  logLevel: 'warning',
});
try {
  run('node', [out]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
