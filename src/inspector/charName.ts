import { classify } from './classify.ts';
import { digits } from './digits.ts';
import { homoglyphScript } from './homoglyphScript.ts';
import { namedCharacters } from './namedCharacters.ts';
import type { CharName } from './types.ts';

const named = new Map(namedCharacters.map(([cp, id]) => [cp, id]));

function digitScript(cp: number): string {
  for (const [first, last, , script] of digits) if (cp >= first && cp <= last) return script;
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
  if (cls === 'other-digit') return { key: 'script-digit', value, script: digitScript(cp) };
  if (cls === 'fullwidth' || cls === 'homoglyph') {
    const script = cls === 'fullwidth' ? 'fullwidth' : homoglyphScript(cp);
    const looksLike = classify(value.charCodeAt(0)).cls;
    if (looksLike === 'upper') return { key: 'script-capital', value, script };
    if (looksLike === 'lower') return { key: 'script-small', value, script };
    if (looksLike === 'digit') return { key: cls === 'fullwidth' ? 'script-digit' : 'script-letter', value, script };
    return { key: 'script-symbol', value, script };
  }
  return { key: 'code-point', value: 'U+' + cp.toString(16).toUpperCase().padStart(4, '0') };
}
