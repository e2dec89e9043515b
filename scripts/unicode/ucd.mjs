// Reads the pinned Unicode data the inspector's tables are made from: the
// files beside this one, each checked against its SHA-256 (SOURCES.md says
// where they come from). Shared by the generator
// (scripts/generate-unicode-tables.mjs) and the tests that check the
// inspector against Unicode's own data.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const UNICODE_VERSION = '17.0.0';

/** SHA-256 of each pinned file; a changed file must be a deliberate update. */
export const PINNED = {
  'confusables.txt': 'ec88ecebcf89f63f813d460842b0cf8322744b40a0b2c06f88a2cea48c0351ea',
  'UnicodeData.txt': '2e1efc1dcb59c575eedf5ccae60f95229f706ee6d031835247d843c11d96470c',
  'PropList.txt': '130dcddcaadaf071008bdfce1e7743e04fdfbc910886f017d9f9ac931d8c64dd',
  'DerivedCoreProperties.txt': '3707396d16b12fafc0465a21d835ddbb6c4fa91ace28f0cd548170209119f39c',
  'Scripts.txt': '9f5e50d3abaee7d6ce09480f325c706f485ae3240912527e651954d2d6b035bf',
  'PropertyValueAliases.txt': '64e9a5f76f7a1e8b5a47d6a1f9a26522a251208f5276bdfa1559dac7cf2e827a',
};

const hex = (s) => parseInt(s, 16);

/** A pinned file's data lines, split into trimmed fields (comments dropped). */
function rows(file) {
  const bytes = readFileSync(new URL(`./${file}`, import.meta.url));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== PINNED[file]) throw new Error(`${file}: SHA-256 ${sha}, expected ${PINNED[file]} (SOURCES.md)`);
  const text = bytes.toString('utf8');
  if (file !== 'UnicodeData.txt' && !/^# (Version: |\S+-)17\.0\.0/m.test(text)) throw new Error(`${file}: not version ${UNICODE_VERSION}`);
  return text.split('\n').map((line) => line.split('#')[0].trim()).filter((line) => line !== '').map((line) => line.split(';').map((f) => f.trim()));
}

/** A '0041' or '0041..005A' field as [first, last]. */
const range = (field) => {
  const [first, last = first] = field.split('..');
  return [hex(first), hex(last)];
};

/** confusables.txt: a code point to its prototype (code points). */
export function readConfusables() {
  return new Map(rows('confusables.txt').map(([source, target]) => [hex(source), target.split(/\s+/).map(hex)]));
}

/**
 * The UCD facts the tables need. chars has every assigned code point but
 * those inside UnicodeData's First/Last ranges (CJK ideographs, Hangul
 * syllables ...), whose facts come from charAt.
 */
export function readUcd() {
  const chars = new Map();
  const blocks = [];
  let first;
  for (const [code, name, category, , , decomposition, , digit] of rows('UnicodeData.txt')) {
    const info = { name, category };
    if (decomposition) info.decomposition = decomposition;
    if (digit) info.digit = digit;
    if (name.endsWith(', First>')) first = hex(code);
    else if (name.endsWith(', Last>')) blocks.push([first, hex(code), { name: name.slice(1, -7), category }]);
    else chars.set(hex(code), info);
  }
  const charAt = (cp) => {
    const known = chars.get(cp);
    if (known !== undefined) return known;
    const block = blocks.find(([a, b]) => cp >= a && cp <= b);
    return block && { name: `${block[2].name.toUpperCase()}-${cp.toString(16).toUpperCase()}`, category: block[2].category };
  };
  const property = (file, name) => rows(file).filter(([, p]) => p === name).map(([r]) => range(r));
  const scripts = rows('Scripts.txt').map(([r, s]) => [...range(r), s]).toSorted((a, b) => a[0] - b[0]);
  const scriptCodes = new Map(rows('PropertyValueAliases.txt').filter(([p]) => p === 'sc').map(([, code, long]) => [long, code]));
  return {
    version: UNICODE_VERSION,
    chars,
    charAt,
    whiteSpace: property('PropList.txt', 'White_Space'),
    ignorable: property('DerivedCoreProperties.txt', 'Default_Ignorable_Code_Point'),
    scripts,
    scriptCodes,
  };
}

/** Every code point in [first, last] pairs. */
export function* codePointsOf(pairs) {
  for (const [first, last] of pairs) for (let cp = first; cp <= last; cp++) yield cp;
}
