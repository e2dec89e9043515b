// `npm run bench`: every benchmark, printed as tables. Benchmarks print
// figures; they never pass or fail on time. The browser ones use the build
// (`npm run build` first).
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status) process.exit(status);
};

run('node', ['scripts/bench-inspector.mjs']);
run('node', ['scripts/bench-fuzz.mjs']); // a million random inputs through the inspector
run('node', ['scripts/bench-link-check.mjs']); // the popup's link check on 16 KB, 256 KB and 1 MB pastes
// The browser benchmarks are TypeScript beside the e2e harness, run by Vitest.
run('npx', ['vitest', 'run', '--project', 'bench', '--silent=false', '--reporter=dot', ...process.argv.slice(2)]);
