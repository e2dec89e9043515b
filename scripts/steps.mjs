// What `npm test` and `npm run check:release` share: run a step, count it,
// and end with the table of steps and a line `N passed, N failed` (CI counts
// that line; a Vitest tier is counted test by test from its JSON report).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale } from './buildIfStale.mjs';

function run(label, command, args, env = {}) {
  const begun = Date.now();
  console.log(`\n== ${label}: ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: status === 0, seconds: (Date.now() - begun) / 1000 };
}

export function steps() {
  // TEST_REPORTS=dir keeps each tier's JSON report (seconds per file and per test) there.
  const kept = process.env.TEST_REPORTS;
  if (kept) mkdirSync(kept, { recursive: true });
  const tmp = kept ?? mkdtempSync(join(tmpdir(), 'ach-test-'));
  const rows = [];
  const started = Date.now();

  return {
    /** A step that is one check (passes or fails as a whole). */
    step(label, command, args, env) {
      const { ok, seconds } = run(label, command, args, env);
      rows.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
      return ok;
    },
    /**
     * A step started now that runs beside the next ones (on the other core);
     * returns a function that waits for it and counts it. Its output is
     * shown then, in one piece.
     */
    begin(label, command, args) {
      const begun = Date.now();
      console.log(`\n== ${label}: ${command} ${args.join(' ')} (beside the next steps; its output comes when it is done)`);
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const status = new Promise((resolve) => child.on('close', resolve));
      return async () => {
        const ok = (await status) === 0;
        const seconds = (Date.now() - begun) / 1000;
        console.log(`\n== ${label}: ${ok ? 'passed' : 'failed'}\n${output}`);
        rows.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
        return ok;
      };
    },
    /** A build, reused when `npm run build` just before stamped an output current for the sources. */
    buildStep(label, build) {
      const begun = Date.now();
      console.log(`\n== ${label}`);
      const { ok, rebuilt } = buildIfStale(build);
      rows.push({ label: `${label}${rebuilt ? '' : ' (reused: current for the sources)'}`, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - begun) / 1000 });
      return ok;
    },
    /** Vitest tiers run together (one start-up), counted test by test from their JSON report. */
    tier(...projects) {
      const name = projects.join(' and ');
      const out = join(tmp, `${projects.join('-')}.json`);
      const { ok, seconds } = run(`${name} tests`, 'npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
      let passed = 0, failed = 0;
      try {
        const report = JSON.parse(readFileSync(out, 'utf8'));
        passed = report.numPassedTests;
        // A file that failed to load has no failed test but a failed suite.
        failed = report.numFailedTests || report.numFailedTestSuites;
      } catch {
        failed = 1; // no report: the tier did not run
      }
      if (!ok && failed === 0) failed = 1; // e.g. an unhandled error after every test passed
      rows.push({ label: `${name} tests`, passed, failed, seconds });
    },
    /** A step that could not run, counted as failed. */
    skipped(label) {
      rows.push({ label, passed: 0, failed: 1, seconds: 0 });
    },
    /** Prints the table and the closing line; exits 1 on any failure. */
    finish() {
      if (!kept) rmSync(tmp, { recursive: true, force: true });
      const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 });
      console.log('\n| step | passed | failed | seconds |\n|---|---:|---:|---:|');
      for (const r of rows) console.log(`| ${r.label} | ${r.passed} | ${r.failed} | ${r.seconds.toFixed(1)} |`);
      console.log(`\nwall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      console.log(`${total.passed} passed, ${total.failed} failed`);
      process.exit(total.failed ? 1 : 0);
    },
  };
}
