import { classify } from './classify.ts';
import { namedCharacters } from './namedCharacters.ts';
import type { CharInfo, CharName } from './types.ts';
import { digitRuns, letterRuns } from './unicodeTables.ts';

const named = new Map(namedCharacters.map(([cp, id]) => [cp, id]));

/** The style or script of a generated row (unicodeTables.ts, sorted): 'math-bold', 'cyrillic' ... */
function styleIn(rows: ReadonlyArray<readonly [number, number, unknown, string]>, cp: number): string {
  // Binary search: hundreds of rows, and a name is worked out for every character listed.
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last, , style] = rows[mid]!;
    if (cp < first) high = mid - 1;
    else if (cp > last) low = mid + 1;
    else return style;
  }
  return 'other';
}

/** A character's name as translatable data (see CharName in types.ts). */
export function charName(cp: number): CharName {
  const { cls, ascii: value } = classify(cp);
  if (cls === 'digit') return { key: 'digit', value };
  if (cls === 'upper') return { key: 'capital', value };
  if (cls === 'lower') return { key: 'small', value };
  const id = named.get(cp);
  if (id !== undefined) return { key: 'named', id };
  if (cls === 'other-digit') return { key: 'script-digit', value, script: styleIn(digitRuns, cp) };
  if (cls === 'fullwidth' || cls === 'homoglyph') {
    const script = cls === 'fullwidth' ? 'fullwidth' : styleIn(letterRuns, cp);
    const looksLike = classify(value.charCodeAt(0)).cls;
    if (looksLike === 'upper') return { key: 'script-capital', value, script };
    if (looksLike === 'lower') return { key: 'script-small', value, script };
    if (looksLike === 'digit') return { key: cls === 'fullwidth' ? 'script-digit' : 'script-letter', value, script };
    return { key: 'script-symbol', value, script };
  }
  return { key: 'code-point', value: 'U+' + cp.toString(16).toUpperCase().padStart(4, '0') };
}

/** One character of a text as a finding lists it: where it is, its code point and name, and its fix if there is one. */
export function charInfo(
  text: string, index: number, length: number, position: number, codePoint: number, replacement?: string,
): CharInfo {
  const info: CharInfo = {
    index, length, position, codePoint, text: text.slice(index, index + length), name: charName(codePoint),
  };
  if (replacement !== undefined) info.replacement = replacement;
  return info;
}
