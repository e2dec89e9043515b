import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timingProblems, type TimingProblemKind } from './timingInTests';

// No test asserts a wall-clock time and none sleeps for a fixed time where a
// condition can be awaited: the suite must pass on a loaded machine, and
// figures belong in `npm run bench` (tests/bench, not scanned).

const root = new URL('../../../', import.meta.url).pathname;
const THIS_FOLDER = 'tests/unit/meta/';

/**
 * Known offenders, each with its reason ({ kinds, why }). Empty: every tier
 * awaits conditions. A file listed here that has no problem any more fails
 * the test below, so the list only shrinks.
 */
const KNOWN_OFFENDERS: Record<string, { kinds: TimingProblemKind[]; why: string }> = {};

const kindsIn = (source: string) => [...new Set(timingProblems(source).map((p) => p.kind))].toSorted();

describe('the checker finds', () => {
  // [source, what it holds]
  const cases: Array<[string, TimingProblemKind[]]> = [
    // The popup's old test: a time read from performance entries, compared.
    ['const times = await page.evaluate(() => ({\n  start: performance.getEntriesByName("a")[0]?.startTime,\n}));\nconst render = times.rendered - times.start;\nexpect(render).toBeLessThan(100);', ['wall-clock-assertion']],
    // A budget named in ms on the right-hand side.
    ['if (seen.slowestKeyMs !== null) expect(seen.slowestKeyMs).toBeLessThan(KEY_BUDGET_MS);', ['wall-clock-assertion']],
    // A Date.now() delta right in the expect.
    ['const t0 = Date.now();\nawait work();\nexpect(Date.now() - t0).toBeLessThanOrEqual(500);', ['wall-clock-assertion']],
    // A name that says ms, compared.
    ['expect(elapsedMs, "typing").toBeLessThan(50);', ['wall-clock-assertion']],
    // The usual sleep helper.
    ['const pause = (tab: Tab, ms: number) => tab.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);', ['fixed-sleep']],
    // An inline sleep with braces and window.
    ['await new Promise<void>((done) => { window.setTimeout(done, 300); });', ['fixed-sleep']],
    // Playwright's fixed wait.
    ['await page.waitForTimeout(200);', ['fixed-sleep']],
    // Page code in a string that resolves on a timer after its condition.
    ['const wait = () => (read() ? setTimeout(() => resolve(read().textContent), 300) : setTimeout(wait, 20));', ['fixed-sleep']],
    // Node's timer promises.
    ["import { setTimeout as sleep } from 'node:timers/promises';", ['fixed-sleep']],
  ];
  it.each(cases)('%s', (source, kinds) => {
    expect(kindsIn(source)).toEqual(kinds);
  });
});

describe('the checker leaves alone', () => {
  const cases: string[] = [
    // Sizes and counts compared: not times.
    'expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);',
    'expect(seen.removed).toBeLessThanOrEqual(TYPED.length + 2);',
    'expect(items).toBeGreaterThan(0);',
    // A measured time printed, not asserted.
    'const start = performance.now();\nconsole.log(`took ${performance.now() - start} ms`);',
    // Awaiting a condition, with a timeout as a limit.
    "await expect.poll(() => value(tab, CODE), { timeout: 5000 }).toBe('K7XH');",
    "await page.getByText('Cleared.').waitFor({ timeout: 10_000 });",
    // A page's own timer under test, and a timer that is not a sleep.
    'await tab.evaluate(() => setTimeout(() => field.remove(), 0));',
    // A task tick: what is queued runs first; no time is waited for.
    'await new Promise((r) => setTimeout(r, 0));',
    // Fake timers move time without waiting.
    'vi.advanceTimersByTime(900);',
  ];
  it.each(cases)('%s', (source) => {
    expect(timingProblems(source)).toEqual([]);
  });

  it('names the line', () => {
    expect(timingProblems("it('x', async () => {\n  await page.waitForTimeout(100);\n});")).toEqual([
      { kind: 'fixed-sleep', line: 2, text: 'await page.waitForTimeout(100);' },
    ]);
  });
});

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|tsx|mjs|js)$/.test(file))
    .map((file) => join(dir, file))
    .filter((file) => !file.startsWith(THIS_FOLDER)); // the planted examples above
}

// Every tier's tests and their harness; tests/bench measures on purpose.
const FILES = ['tests/unit', 'tests/dom', 'tests/e2e'].flatMap(testFiles).toSorted();

describe('the tests themselves', () => {
  it('has files to scan', () => {
    expect(FILES.length).toBeGreaterThan(50);
  });

  it('assert no wall-clock time and sleep for no fixed time', () => {
    const found = FILES.flatMap((file) => {
      const allowed = KNOWN_OFFENDERS[file]?.kinds ?? [];
      return timingProblems(readFileSync(join(root, file), 'utf8'))
        .filter((p) => !allowed.includes(p.kind))
        .map((p) => `${file}:${p.line} ${p.kind}: ${p.text}`);
    });
    expect(found).toEqual([]);
  });

  it.each(Object.entries(KNOWN_OFFENDERS))('%s is still a known offender (else take it off the list)', (file, { kinds }) => {
    expect(kindsIn(readFileSync(join(root, file), 'utf8'))).toEqual(kinds.toSorted());
  });
});

it('lists only files it scans as known offenders (a renamed file leaves no stale entry)', () => {
  expect(Object.keys(KNOWN_OFFENDERS).filter((file) => !FILES.includes(file))).toEqual([]);
});
