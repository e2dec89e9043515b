// Finds what makes a test depend on the machine's speed: an assertion on a
// measured time (a loaded machine fails it), and a fixed sleep (too short
// under load, wasted when quiet). Timing belongs in `npm run bench`, which
// prints figures; a test awaits a condition (expect.poll, vi.waitFor, a
// tool's waitFor). Read as text, line by line: precise enough to name the
// line, simple enough to trust; tests/unit/meta/timingInTests.test.ts shows
// what it finds and what it leaves alone.

export type TimingProblemKind =
  /** expect(...) compares a measured time: performance.now(), Date.now(), a timing entry, or a name that says ms. */
  | 'wall-clock-assertion'
  /** A promise that only a timer resolves, or a tool's fixed wait (waitForTimeout). */
  | 'fixed-sleep';

export interface TimingProblem {
  kind: TimingProblemKind;
  /** 1-based. */
  line: number;
  text: string;
}

// Where a time comes from.
const CLOCK = /\bperformance\.now\(\)|\bDate\.now\(\)|\bperformance\.getEntries\w*\(|\.startTime\b|\.duration\b|\bprocess\.hrtime\b/;
// A name that says it holds a time: fooMs, FOO_MS, ms, millis, elapsed, duration, latency.
const TIME_NAME = /^(?:ms|millis(?:econds)?|elapsed\w*|duration\w*|latency\w*|\w*(?:Ms|Millis|_MS|Elapsed|Duration|Latency))$/;
// The comparisons a time budget is written with.
const COMPARISON = /\.(?:not\.)?(?:toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual|toBeCloseTo)\(/;
// A promise resolved by a timer alone: new Promise((r) => setTimeout(r, 300)),
// or a timer calling resolve (also inside page code written as a string).
// A delay of 0 is a task tick (what is queued runs first), not a wait for time.
const TIMER_PROMISE = /new Promise\w*(?:<[^>]*>)?\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\{?\s*(?:\w+\.)*setTimeout\(\s*\1\s*,(?!\s*0\s*\))/;
const TIMER_RESOLVE = /setTimeout\(\s*(?:\(\)\s*=>\s*)?resolve\b/;
const TOOL_SLEEP = /\bwaitForTimeout\(|\.sleep\(|\bsetTimeoutPromise\b|from ['"]node:timers\/promises['"]/;

/** The text inside the parentheses that open at `open` (an index of '('), or the rest of the line. */
function inParens(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

const identifiers = (text: string) => text.match(/[A-Za-z_$][\w$]*/g) ?? [];

/** Names declared from a clock, or from another such name (`const render = times.rendered - times.start`). */
function timeNames(lines: string[]): Set<string> {
  // A declaration's initialiser, on to the line that ends the statement (at most 10 lines on).
  const statementFrom = (i: number, first: string) => {
    let text = first;
    for (let j = i + 1; j < Math.min(lines.length, i + 10) && !/;\s*(?:\/\/.*)?$/.test(lines[j - 1]!); j++) text += `\n${lines[j]}`;
    return text;
  };
  const declared = lines.flatMap((line, i) =>
    [...line.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(.*)$/g)].map((m) => ({ name: m[1]!, init: statementFrom(i, m[2]!) })),
  );
  const names = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const { name, init } of declared) {
      if (names.has(name)) continue;
      if (CLOCK.test(init) || identifiers(init).some((id) => names.has(id))) {
        names.add(name);
        grew = true;
      }
    }
  }
  return names;
}

export function timingProblems(source: string): TimingProblem[] {
  const lines = source.split('\n');
  const measured = timeNames(lines);
  const isTime = (text: string) => CLOCK.test(text) || identifiers(text).some((id) => measured.has(id) || TIME_NAME.test(id));
  const problems: TimingProblem[] = [];
  lines.forEach((text, i) => {
    const add = (kind: TimingProblemKind) => problems.push({ kind, line: i + 1, text: text.trim() });
    for (const match of text.matchAll(/\bexpect\(/g)) {
      const subject = inParens(text, match.index + 'expect'.length);
      const rest = text.slice(match.index + 'expect'.length + subject.length + 2);
      const comparison = COMPARISON.exec(rest);
      if (!comparison) continue;
      const bound = inParens(rest, comparison.index + comparison[0].length - 1);
      if (isTime(subject) || isTime(bound)) {
        add('wall-clock-assertion');
        break;
      }
    }
    if (TIMER_PROMISE.test(text) || TIMER_RESOLVE.test(text) || TOOL_SLEEP.test(text)) add('fixed-sleep');
  });
  return problems;
}
