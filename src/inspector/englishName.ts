import type { CharName } from './types.ts';

// English wording for CharName; the other locales word the same keys in
// their message files. Ids and script ids read as English once hyphens become
// spaces, except the ones below.
const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const scripts: Readonly<Record<string, string>> = {
  'arabic-indic': 'Arabic-Indic',
  fullwidth: 'full-width',
  'math-bold': 'mathematical bold',
  'math-double-struck': 'mathematical double-struck',
  'math-monospace': 'mathematical monospace',
  'math-sans-serif': 'mathematical sans-serif',
  'math-sans-serif-bold': 'mathematical sans-serif bold',
  'negative-circled': 'negative circled',
  'math-styled': 'math-style',
  'roman-numeral': 'Roman numeral',
  squared: 'boxed',
};
const lowercaseScripts = new Set(['circled', 'outlined', 'segmented', 'subscript', 'superscript', 'symbol']);
const ids: Readonly<Record<string, string>> = {
  'byte-order-mark': 'byte order mark (zero-width no-break space)',
  'hyphen-minus': 'hyphen-minus',
  'narrow-no-break-space': 'narrow no-break space',
  'no-break-space': 'no-break space',
  'non-breaking-hyphen': 'non-breaking hyphen',
  'three-per-em-space': 'three-per-em space',
  'four-per-em-space': 'four-per-em space',
  'six-per-em-space': 'six-per-em space',
  'zero-width-joiner': 'zero-width joiner',
  'zero-width-non-joiner': 'zero-width non-joiner',
  'zero-width-space': 'zero-width space',
  'left-to-right-mark': 'left-to-right mark',
  'right-to-left-mark': 'right-to-left mark',
  'left-to-right-embedding': 'left-to-right embedding',
  'right-to-left-embedding': 'right-to-left embedding',
  'left-to-right-override': 'left-to-right override',
  'right-to-left-override': 'right-to-left override',
  'left-to-right-isolate': 'left-to-right isolate',
  'right-to-left-isolate': 'right-to-left isolate',
};

function scriptName(script: string): string {
  const known = scripts[script];
  if (known !== undefined) return known;
  if (lowercaseScripts.has(script)) return script;
  return script.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** "digit zero", "capital letter O", "Cyrillic capital O", "no-break space", "U+1F600". */
export function englishName(name: CharName): string {
  switch (name.key) {
    case 'digit':
      return `digit ${words[Number(name.value)] ?? name.value}`;
    case 'capital':
      return `capital letter ${name.value}`;
    case 'small':
      return `small letter ${name.value}`;
    case 'script-capital':
      return `${scriptName(name.script)} capital ${name.value}`;
    case 'script-small':
      return `${scriptName(name.script)} small ${name.value}`;
    case 'script-letter':
      return `${scriptName(name.script)} letter like ${name.value}`;
    case 'script-digit':
      return `${scriptName(name.script)} digit ${words[Number(name.value)] ?? name.value}`;
    case 'script-symbol':
      return `${scriptName(name.script)} ${name.value}`;
    case 'named':
      return ids[name.id] ?? name.id.replaceAll('-', ' ');
    case 'code-point':
      return name.value;
  }
}
