// Writes src/inspector/unicodeTables.ts from Unicode's own data, version 17.0.0
// (scripts/unicode/: confusables.txt and the UCD files, pinned). Usage:
//   node scripts/generate-unicode-tables.mjs          write the file
//   node scripts/generate-unicode-tables.mjs --check  exit 1 when the committed file differs
// tests/unit/inspector/unicodeTables.test.ts runs the same check.
//
// The rules, one place:
// - digits: every non-ASCII code point with a digit value 0-9 (UnicodeData
//   field 7: Numeric_Type Decimal or Digit), fixed to that value whatever it
//   looks like (Bengali four looks like 8 but means 4).
// - letters: every other non-ASCII code point whose NFKC form is one ASCII
//   letter or digit (math alphanumerics, Kelvin sign, circled, squared,
//   superscript, Roman numerals), else whose UTS #39 skeleton is one
//   (Cyrillic, Greek, Cherokee, IPA, Canadian syllabics ...). NFKC comes from
//   the UCD decompositions, not from String.prototype.normalize, so the tables
//   do not depend on the ICU of the Node that runs this.
// - confusables.txt folds I and 1 into l. A code is printed in capitals, so a
//   stroke whose skeleton is l becomes capital I unless it is itself a small
//   letter (Cyrillic small palochka stays l).
// - invisible: Cc, Cf, Default_Ignorable_Code_Point, and the blank-looking
//   characters of BLANK, less White_Space (those are spaces).
// - full-width ASCII U+FF01-FF5E is left out: the inspector names it apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { codePointsOf, PINNED, readConfusables, readUcd, UNICODE_VERSION } from './unicode/ucd.mjs';

const OUT = new URL('../src/inspector/unicodeTables.ts', import.meta.url);

// Draw nothing, or an empty box, yet are neither Cf nor default-ignorable.
const BLANK = [
  [0x2800, 'BRAILLE PATTERN BLANK'],
  [0xfffc, 'OBJECT REPLACEMENT CHARACTER'],
  [0x16fe4, 'KHITAN SMALL SCRIPT FILLER'],
  [0x1d159, 'MUSICAL SYMBOL NULL NOTEHEAD'],
];

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');
const isAlnum = (cps) => cps.length === 1 && /^[0-9A-Za-z]$/.test(String.fromCodePoint(cps[0]));
const isFullwidthAscii = (cp) => cp >= 0xff01 && cp <= 0xff5e;
const inRanges = (pairs) => new Set(codePointsOf(pairs));
const q = (s) => `'${s}'`;

export function generate() {
  const confusables = readConfusables();
  const ucd = readUcd();
  const { chars, charAt } = ucd;

  // Full decomposition: canonical only (NFD), or with compatibility mappings (NFKD).
  const decompose = (cp, compat) => {
    const d = charAt(cp)?.decomposition;
    if (d === undefined) return [cp];
    const tagged = d.startsWith('<');
    if (tagged && !compat) return [cp];
    return d.replace(/^<\w+>\s*/, '').split(' ').map((h) => parseInt(h, 16)).flatMap((c) => decompose(c, compat));
  };
  const nfd = (cps) => cps.flatMap((c) => decompose(c, false));
  const skeleton = (cp) => nfd(nfd([cp]).flatMap((c) => confusables.get(c) ?? [c]));

  const scriptOf = (cp) => ucd.scripts.find(([first, last]) => cp >= first && cp <= last)?.[2] ?? 'Unknown';
  const style = (cp) => styleOf(cp, charAt(cp), scriptOf(cp));

  const candidates = new Set([...chars.keys(), ...confusables.keys()]);
  const sorted = [...candidates].filter((cp) => cp >= 0x80 && !isFullwidthAscii(cp)).toSorted((a, b) => a - b);

  const digits = [];
  const letters = [];
  for (const cp of sorted) {
    const info = charAt(cp);
    if (info === undefined) continue;
    if (info.digit !== undefined && /^[0-9]$/.test(info.digit)) {
      digits.push([cp, Number(info.digit), style(cp)]);
      continue;
    }
    const nfkd = decompose(cp, true);
    let ascii;
    if (isAlnum(nfkd)) ascii = String.fromCodePoint(nfkd[0]);
    else {
      const sk = skeleton(cp);
      if (!isAlnum(sk)) continue;
      ascii = String.fromCodePoint(sk[0]);
      if (ascii === 'l' && info.category !== 'Ll') ascii = 'I';
    }
    letters.push([cp, ascii, style(cp)]);
  }

  const white = inRanges(ucd.whiteSpace);
  const invisible = new Set([...inRanges(ucd.ignorable), ...BLANK.map(([cp]) => cp)]);
  for (const [cp, info] of chars) if (info.category === 'Cc' || info.category === 'Cf') invisible.add(cp);
  for (const cp of white) invisible.delete(cp);

  const used = new Set([...digits, ...letters].map(([, , s]) => s));
  const scriptCodes = [...ucd.scriptCodes].map(([long, code]) => [scriptId(long), code]).filter(([id]) => used.has(id)).toSorted();

  return render({ digits, letters, invisible: [...invisible].toSorted((a, b) => a - b), scriptCodes, charAt });
}

/** A script id ('cyrillic', 'canadian-aboriginal') from a Scripts.txt name. */
const scriptId = (long) => long.toLowerCase().replaceAll('_', '-');

/**
 * The style or script a character's name is given: how a digit or letter
 * other than ASCII looks ("math-bold", "circled", "squared"), else its script.
 * Styles and scripts are worded by the UI (src/ui/charLabel.ts).
 */
function styleOf(cp, info, script) {
  const { name, category } = info;
  const tag = /^<(\w+)>/.exec(info.decomposition ?? '')?.[1];
  if (tag === 'font') {
    const math = /^MATHEMATICAL (BOLD|DOUBLE-STRUCK|SANS-SERIF BOLD|SANS-SERIF|MONOSPACE) (CAPITAL|SMALL|DIGIT)/.exec(name);
    if (math) return 'math-' + math[1].toLowerCase().replace(' ', '-');
    if (name.startsWith('OUTLINED')) return 'outlined';
    if (name.startsWith('SEGMENTED')) return 'segmented';
    return 'math-styled';
  }
  if (tag === 'wide') return 'fullwidth';
  if (tag === 'super') return 'superscript';
  if (tag === 'sub') return 'subscript';
  if (/NEGATIVE CIRCLED/.test(name)) return 'negative-circled';
  if (tag === 'circle' || /CIRCLED/.test(name)) return 'circled';
  if (tag === 'square' || /SQUARED/.test(name)) return 'squared';
  if (name.startsWith('ROMAN NUMERAL') || name.startsWith('SMALL ROMAN NUMERAL')) return 'roman-numeral';
  if (name.startsWith('EXTENDED ARABIC-INDIC DIGIT')) return 'persian';
  if (name.startsWith('ARABIC-INDIC DIGIT')) return 'arabic-indic';
  // Signs and symbols (Kelvin sign, logical or, box drawings): no script of their own.
  if (script === 'Common' || script === 'Inherited' || !/^[LN]/.test(category) || (tag === undefined && info.decomposition)) return 'symbol';
  return scriptId(script);
}

/** Rows of consecutive code points whose values go up by one, with one style. */
function runs(rows, next) {
  const out = [];
  for (const [cp, value, style] of rows) {
    const last = out.at(-1);
    if (last && last.last === cp - 1 && last.style === style && next(last.lastValue) === value) {
      last.last = cp;
      last.lastValue = value;
    } else out.push({ first: cp, last: cp, value, lastValue: value, style });
  }
  return out;
}

function ranges(cps) {
  const out = [];
  for (const cp of cps) {
    const last = out.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

function render({ digits, letters, invisible, scriptCodes, charAt }) {
  const nameOf = (cp) => charAt(cp)?.name ?? 'unassigned';
  const shown = (cp) => (/^[LNS]/.test(charAt(cp)?.category ?? '') ? ` (${String.fromCodePoint(cp)})` : '');
  const glyphs = (first, last) => (shown(first) && shown(last) ? ` (${String.fromCodePoint(first)}..${String.fromCodePoint(last)})` : '');
  const span = (first, last) => (first === last ? `U+${hex(first)}${shown(first)} ${nameOf(first)}` : `U+${hex(first)}..${hex(last)}${glyphs(first, last)} ${nameOf(first)}..${nameOf(last)}`);
  const digitRuns = runs(digits, (v) => v + 1);
  const letterRuns = runs(letters, (v) => String.fromCharCode(v.charCodeAt(0) + 1));
  const invisibleRanges = ranges(invisible);
  const lines = [
    '// GENERATED by scripts/generate-unicode-tables.mjs: do not edit, run it again.',
    `// Sources: Unicode ${UNICODE_VERSION}, pinned in scripts/unicode/ (SOURCES.md): confusables.txt`,
    `// (UTS #39, SHA-256 ${PINNED['confusables.txt']}) and the UCD files`,
    '// UnicodeData, PropList, DerivedCoreProperties, Scripts, PropertyValueAliases. The rules are in the script.',
    '',
    '/** Digits other than ASCII 0-9, by value: first..last are value, value + 1, ... */',
    'export const digitRuns: ReadonlyArray<readonly [first: number, last: number, value: number, style: string]> = [',
    ...digitRuns.map((r) => `  [0x${hex(r.first)}, 0x${hex(r.last)}, ${r.value}, ${q(r.style)}], // ${span(r.first, r.last)}`),
    '];',
    '',
    '/** Letters and signs that stand for one ASCII letter or digit: first..last are ascii, the next ASCII character, ... */',
    'export const letterRuns: ReadonlyArray<readonly [first: number, last: number, ascii: string, style: string]> = [',
    ...letterRuns.map((r) => `  [0x${hex(r.first)}, 0x${hex(r.last)}, ${q(r.value)}, ${q(r.style)}], // ${span(r.first, r.last)}`),
    '];',
    '',
    '/** Invisible and blank-looking code points (Cc, Cf, Default_Ignorable_Code_Point, blanks), less White_Space; first..last. */',
    'export const invisibleRanges: ReadonlyArray<readonly [first: number, last: number]> = [',
    ...invisibleRanges.map(([first, last]) => `  [0x${hex(first)}, 0x${hex(last)}], // ${span(first, last)}`),
    '];',
    '',
    '/** The ISO 15924 code of each script id above, so the browser can name it in any language (Intl.DisplayNames). */',
    'export const scriptCodes: Readonly<Record<string, string>> = {',
    ...scriptCodes.map(([id, code]) => `  ${/^[a-z]+$/.test(id) ? id : q(id)}: ${q(code)},`),
    '};',
    '',
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'unicodeTables.ts is current' : 'unicodeTables.ts differs: run node scripts/generate-unicode-tables.mjs');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT.pathname}`);
}
