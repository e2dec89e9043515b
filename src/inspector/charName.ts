import { classify } from './classify.ts';
import { DIGIT, FULLWIDTH, HOMOGLYPH, LOWER, OTHER_DIGIT, UPPER } from './charClass.ts';
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
  const packed = classify(cp);
  const cls = packed >> 7;
  const value = String.fromCharCode(packed & 127);
  if (cls === DIGIT) return { key: 'digit', value };
  if (cls === UPPER) return { key: 'capital', value };
  if (cls === LOWER) return { key: 'small', value };
  const id = named.get(cp);
  if (id !== undefined) return { key: 'named', id };
  if (cls === OTHER_DIGIT) return { key: 'script-digit', value, script: digitScript(cp) };
  if (cls === FULLWIDTH || cls === HOMOGLYPH) {
    const script = cls === FULLWIDTH ? 'fullwidth' : homoglyphScript(cp);
    const sub = classify(value.charCodeAt(0)) >> 7;
    if (sub === UPPER) return { key: 'script-capital', value, script };
    if (sub === LOWER) return { key: 'script-small', value, script };
    if (sub === DIGIT) return { key: cls === FULLWIDTH ? 'script-digit' : 'script-letter', value, script };
    return { key: 'script-symbol', value, script };
  }
  return { key: 'code-point', value: 'U+' + cp.toString(16).toUpperCase().padStart(4, '0') };
}
