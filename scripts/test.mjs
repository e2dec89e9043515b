// The one test command: type check, lint, unit and DOM tiers, build (all three
// targets and zips, only when the sources changed since the last build),
// addons-linter, the Firefox package rebuilt from the sources zip as an
// addons.mozilla.org reviewer would, then the end-to-end tier against the build.
// Ends with a line `N passed, N failed` summing every tier.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale, storeBuild } from './buildIfStale.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'ach-test-'));
const rows = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n== ${label}: ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: status === 0, seconds: (Date.now() - started) / 1000 };
}

// A step that is one check (passes or fails as a whole).
function step(label, command, args, env) {
  const { ok, seconds } = run(label, command, args, env);
  rows.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

// `npm run build` just before `npm test` stamped its output: reused, not rebuilt.
function buildStep(label, build) {
  const begun = Date.now();
  console.log(`\n== ${label}`);
  const { ok, rebuilt } = buildIfStale(build);
  rows.push({ label: `${label}${rebuilt ? '' : ' (reused: current for the sources)'}`, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - begun) / 1000 });
  return ok;
}
// A Vitest tier, counted test by test from its JSON report.
function tier(project) {
  const out = join(tmp, `${project}.json`);
  const { ok, seconds } = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let passed = 0, failed = 0;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
  } catch {
    failed = 1; // no report: the tier did not run
  }
  if (!ok && failed === 0) failed = 1; // e.g. a file that failed to load
  rows.push({ label: `${project} tests`, passed, failed, seconds });
}

const started = Date.now();
step('type check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['oxlint', '--deny-warnings', 'entrypoints', 'src', 'tests', 'scripts']);
tier('unit');
tier('dom');
const built = buildStep('build (chrome-mv3, firefox-mv2, firefox-mv3 + zips)', storeBuild);
if (built) {
  step('addons-linter', 'node', ['scripts/lint-addons.mjs']);
  // addons.mozilla.org's rule: the sources zip rebuilds the listed package with no differences.
  step('AMO: sources zip -> npm ci -> build-for-amo, same files', 'node', ['scripts/rebuild-from-sources.mjs']);
  // For the clinic e2e only: the same code, clinic mode's optional permissions
  // (browsingData, history) granted at install (no test can click a permission
  // prompt), in .output/granted/; also reused when current for the sources.
  const granted = { ACH_GRANT_BROWSING_DATA: '1' };
  for (const [target, args] of [['chrome-mv3', []], ['firefox-mv2', ['-b', 'firefox']], ['firefox-mv3', ['-b', 'firefox', '--mv3']]]) {
    buildStep(`build with browsingData and history granted, ${target} (e2e only)`, {
      stamp: `.output/granted/${target}.sha256`,
      outputs: [`.output/granted/${target}/manifest.json`],
      command: 'npx',
      args: ['wxt', 'build', ...args],
      env: granted,
    });
  }
  tier('e2e');
} else {
  rows.push({ label: 'e2e tests (not run: the build failed)', passed: 0, failed: 1, seconds: 0 });
}
rmSync(tmp, { recursive: true, force: true });

const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 });
console.log('\n| step | passed | failed | seconds |\n|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${r.passed} | ${r.failed} | ${r.seconds.toFixed(1)} |`);
console.log(`\nwall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
