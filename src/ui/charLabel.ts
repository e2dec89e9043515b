import type { CharName } from '@/src/inspector/types';
import { scriptCodes } from '@/src/inspector/unicodeTables';
import { displayName } from '@/src/i18n/displayNames';
import { currentLanguage, t, type MessageKey } from '@/src/i18n/t';
import { PLAIN_NAMES } from './plainNames';

// Styles of digits and letters, worded in the locale files. Checked before
// the script codes, so Persian and Arabic-Indic digits get their own words.
export const STYLE_KEYS: Record<string, MessageKey> = {
  fullwidth: 'style_fullwidth',
  'math-bold': 'style_math_bold',
  'math-double-struck': 'style_math_double_struck',
  'math-monospace': 'style_math_monospace',
  'math-sans-serif': 'style_math_sans_serif',
  'math-sans-serif-bold': 'style_math_sans_serif_bold',
  circled: 'style_circled',
  'negative-circled': 'style_negative_circled',
  superscript: 'style_superscript',
  subscript: 'style_subscript',
  outlined: 'style_outlined',
  segmented: 'style_segmented',
  persian: 'style_persian',
  'arabic-indic': 'style_arabic_indic',
  'math-styled': 'style_math_styled',
  squared: 'style_squared',
  'roman-numeral': 'style_roman_numeral',
  symbol: 'style_symbol',
  other: 'style_other',
};

// Scripts whose names the browser already knows in every language
// (Intl.DisplayNames with ISO 15924 codes), so only styles need our words.
// The generated tables carry the code of every script they name
// (scriptCodes); these are the ids the inspector used before them.
export const ISO_15924: Record<string, string> = {
  adlam: 'Adlm', ahom: 'Ahom', 'arabic-indic': 'Arab', armenian: 'Armn', balinese: 'Bali', bengali: 'Beng',
  bhaiksuki: 'Bhks', brahmi: 'Brah', chakma: 'Cakm', cham: 'Cham', cherokee: 'Cher', coptic: 'Copt',
  cyrillic: 'Cyrl', devanagari: 'Deva', 'dives-akuru': 'Diak', garay: 'Gara', greek: 'Grek', gujarati: 'Gujr',
  'gunjala-gondi': 'Gong', gurmukhi: 'Guru', 'gurung-khema': 'Gukh', 'hanifi-rohingya': 'Rohg', javanese: 'Java',
  kannada: 'Knda', kawi: 'Kawi', 'kayah-li': 'Kali', khmer: 'Khmr', khudawadi: 'Sind', 'kirat-rai': 'Krai',
  lao: 'Laoo', latin: 'Latn', lepcha: 'Lepc', limbu: 'Limb', lisu: 'Lisu', malayalam: 'Mlym', 'masaram-gondi': 'Gonm',
  'meetei-mayek': 'Mtei', modi: 'Modi', mongolian: 'Mong', mro: 'Mroo', myanmar: 'Mymr', 'myanmar-pao': 'Mymr',
  'myanmar-shan': 'Mymr', 'myanmar-eastern-pwo-karen': 'Mymr', 'myanmar-tai-laing': 'Mymr', 'nag-mundari': 'Nagm', 'new-tai-lue': 'Talu', newa: 'Newa',
  nko: 'Nkoo', 'nyiakeng-puachue-hmong': 'Hmnp', 'ol-chiki': 'Olck', 'ol-onal': 'Onao', oriya: 'Orya',
  osmanya: 'Osma', 'pahawh-hmong': 'Hmng', saurashtra: 'Saur', sharada: 'Shrd', 'sinhala-lith': 'Sinh',
  'sora-sompeng': 'Sora', sundanese: 'Sund', sunuwar: 'Sunu', 'tai-tham-hora': 'Lana', 'tai-tham-tham': 'Lana',
  takri: 'Takr', tamil: 'Taml', tangsa: 'Tnsa', telugu: 'Telu', thai: 'Thai', tibetan: 'Tibt', tirhuta: 'Tirh',
  'tolong-siki': 'Tols', vai: 'Vaii', wancho: 'Wcho', 'warang-citi': 'Wara',
};

/** "Cyrillic", "cirílico", or one of our style words ("full-width", "superscript"). */
export function scriptLabel(script: string): string {
  const style = STYLE_KEYS[script];
  if (style) return t(style);
  const code = scriptCodes[script] ?? ISO_15924[script];
  return (code && displayName('script', code)) || script;
}

/** A character's name in the current language: "capital O", "Cyrillic capital O", "special space from copying (no-break space)". */
export function charLabel(name: CharName): string {
  switch (name.key) {
    case 'digit':
      return t('char_digit', t(`digit_${name.value}` as MessageKey));
    case 'capital':
      return t('char_capital', name.value);
    case 'small':
      return t('char_small', name.value);
    case 'script-capital':
      return t('char_script_capital', scriptLabel(name.script), name.value);
    case 'script-small':
      return t('char_script_small', scriptLabel(name.script), name.value);
    case 'script-letter':
      return t('char_script_letter', scriptLabel(name.script), name.value);
    case 'script-digit':
      return t('char_script_digit', scriptLabel(name.script), name.value);
    case 'named':
      return namedLabel(name.id);
    default:
      return 'script' in name ? t('char_script_symbol', scriptLabel(name.script), name.value) : t('char_code_point', name.value);
  }
}

/**
 * The plain word first, the technical name after: "special space from
 * copying (no-break space)", "short dash (hyphen-minus)". Said once when the
 * two are the same words ("punto" in Spanish), or when the name already
 * carries a second name in brackets (Korean "하이픈(빼기 기호)").
 */
function namedLabel(id: string): string {
  const key = `char_named_${id.replace(/-/g, '_')}` as MessageKey;
  const technical = t(key);
  if (technical === key) return id.replace(/-/g, ' ');
  const plainKey = PLAIN_NAMES[id];
  if (!plainKey) return technical;
  const plain = t(plainKey);
  if (plain.toLocaleLowerCase() === technical.toLocaleLowerCase() || /[(（]/.test(technical)) return technical;
  return t('char_plain_technical', plain, technical);
}

const ORDINAL_KEYS = { one: 'ordinal_one', two: 'ordinal_two', few: 'ordinal_few', other: 'ordinal_other' } as const;

/** "7th character", with the ordinal rules of the current language. */
export function positionLabel(position: number): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(currentLanguage(), { type: 'ordinal' }).select(position);
  } catch {
    // Unknown language tag: 'other' is every locale's fallback.
  }
  // English's categories; a language without one of them words it in each (see the locale files).
  const key = (ORDINAL_KEYS as Record<string, MessageKey>)[category] ?? 'ordinal_other';
  return t('char_position', t(key, position));
}
