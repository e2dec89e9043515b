// A million random inputs through the inspector as it ships (esbuild bundle,
// minified), with a fixed seed so runs compare. Prints figures; it never
// passes or fails. Counted along the way, for a person to look at:
// exceptions, slow inputs, and suggestions that still have problems when
// inspected again (a certain fix should leave nothing certain to fix).
// Usage: npm run bench (or node scripts/bench-fuzz.mjs [count]).
import { shippedInspector } from './shippedInspector.mjs';

const COUNT = Number(process.argv[2] ?? 1_000_000);

const { inspect, applyFixes } = (await shippedInspector()).module;

// xorshift32: a small seeded generator, so the million inputs are the same each run.
let seed = 0x2026_1125;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x1_0000_0000;
};
const pick = (list) => list[Math.floor(random() * list.length)];

// What people paste, weighted toward the characters the inspector knows.
const POOLS = [
  'ABCDEFGHJKMNPQRTUVWXY34679', // plain code characters
  '0O1Il5S2Z8Bo', // lookalikes
  ' \u00a0\u2007\u202f\t\u3000', // spaces
  '\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u2066', // invisible and bidi controls
  '\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0430\u043e\u0391\u0392\u039f\u03bf', // Cyrillic and Greek lookalikes
  '\uff10\uff11\uff13\uff21\uff22\uff0d', // full-width
  '\u0660\u0661\u06f3\u0966\u09e7\u{1d7d1}', // other digits
  '-\u2010\u2013\u2014*./\'"\u2019', // punctuation
  'éñüç漢字\u{1f600}', // other non-ASCII
];
function randomChar() {
  const r = random();
  if (r < 0.03) return String.fromCharCode(0xd800 + Math.floor(random() * 0x800)); // a lone surrogate
  if (r < 0.08) return String.fromCodePoint(Math.floor(random() * 0x110000)); // any code point
  return pick([...pick(POOLS)]);
}
function randomInput() {
  const r = random();
  if (r < 0.1) return `${pick(['IOE', 'EAC', 'WAC', 'I0E', 'eac'])}${Math.floor(random() * 1e10).toString().padStart(10, '0')}`; // receipt-like
  const length = r < 0.95 ? Math.floor(random() * 20) : Math.floor(random() * 400);
  let s = '';
  for (let i = 0; i < length; i++) s += randomChar();
  return s;
}

const times = new Float64Array(COUNT);
let exceptions = 0;
let unsettled = 0;
let slow = 0;
const examples = { exception: [], unsettled: [] };
const started = performance.now();
for (let i = 0; i < COUNT; i++) {
  const text = randomInput();
  const kind = random() < 0.8 ? 'access-code' : 'receipt-number';
  const t0 = performance.now();
  try {
    const { fixable } = inspect(text, kind, { capsLock: random() < 0.05 });
    const suggestion = fixable.length > 0 ? applyFixes(text, kind, fixable) : undefined;
    times[i] = performance.now() - t0;
    if (suggestion !== undefined && inspect(suggestion, kind).fixable.length > 0) {
      unsettled++;
      if (examples.unsettled.length < 3) examples.unsettled.push({ kind, text });
    }
  } catch (error) {
    times[i] = performance.now() - t0;
    exceptions++;
    if (examples.exception.length < 3) examples.exception.push({ kind, text, error: String(error) });
  }
  if (times[i] > 1) slow++;
}
const wall = (performance.now() - started) / 1000;
times.sort();
const at = (p) => times[Math.min(COUNT - 1, Math.floor(COUNT * p))];
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;

console.log(`\n## Inspector fuzz: ${COUNT.toLocaleString('en-US')} random inputs (seeded)\n`);
console.log('| measure | value |\n|---|---:|');
console.log(`| wall time (with re-inspection of suggestions) | ${wall.toFixed(1)} s |`);
console.log(`| per input: median / 99th percentile / max | ${us(at(0.5))} / ${us(at(0.99))} / ${us(times[COUNT - 1])} |`);
console.log(`| inputs over 1 ms | ${slow} |`);
console.log(`| exceptions | ${exceptions} |`);
console.log(`| suggestions that a second look would change again | ${unsettled} |`);
for (const [what, list] of Object.entries(examples)) {
  for (const e of list) console.log(`example ${what}: ${JSON.stringify(e)}`);
}
