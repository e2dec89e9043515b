import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { namedCharacters } from '@/src/inspector/namedCharacters';
import { setMessages, type Messages } from '@/src/i18n/t';
import { charLabel } from '@/src/ui/charLabel';
import { PLAIN_NAMES } from '@/src/ui/plainNames';
import type { CharName } from '@/src/inspector/types';

const table = (lang: string) => JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
const named = (id: string) => charLabel({ key: 'named', id } as never);
// Arabic isolates each part (U+2068 ... U+2069); the words are what is checked here.
const words = (text: string) => text.replace(/[\u2068\u2069]/g, '');

// [language, character id, the name shown]: the plain word first, the technical name after.
const cases: Array<[string, string, string]> = [
  ['en', 'no-break-space', 'special space from copying (no-break space)'],
  ['en', 'zero-width-space', 'invisible character (zero width space)'],
  ['en', 'hyphen-minus', 'short dash (hyphen-minus)'],
  ['en', 'solidus', 'slash (solidus)'],
  ['en', 'line-feed', 'line break (line feed)'],
  // Already plain: said once.
  ['en', 'question-mark', 'question mark'],
  ['en', 'space', 'space'],
  ['es', 'no-break-space', 'espacio especial de un texto copiado (espacio de no separación)'],
  // The plain word is the technical name: said once.
  ['es', 'full-stop', 'punto'],
  ['zh_CN', 'zero-width-space', '不可见字符（零宽空格）'],
  // A name that already carries a second name in brackets stays as it is.
  ['ko', 'hyphen-minus', '하이픈(빼기 기호)'],
  ['ru', 'no-break-space', 'особый пробел из скопированного текста (неразрывный пробел)'],
  ['fr', 'em-dash', 'tiret long (tiret cadratin)'],
  ['ar', 'no-break-space', 'مسافة خاصة من نص منسوخ (مسافة غير قابلة للفصل)'],
];

describe('plain character names', () => {
  afterEach(() => setMessages(null, null));

  it.each(cases)('%s %s: %s', (lang, id, expected) => {
    setMessages(lang, table(lang));
    expect(words(named(id))).toBe(expected);
  });

  // [language, name, shown]: styles of digits in plain words.
  const styles: Array<[string, CharName, string]> = [
    ['en', { key: 'script-digit', value: '2', script: 'superscript' }, 'small raised (superscript) digit 2'],
    ['en', { key: 'script-digit', value: '3', script: 'arabic-indic' }, 'Eastern Arabic digit 3'],
    ['en', { key: 'script-digit', value: '5', script: 'segmented' }, 'digital-clock digit 5'],
    ['es', { key: 'script-digit', value: '7', script: 'math-monospace' }, 'dígito 7 en estilo matemático de máquina de escribir'],
  ];
  it.each(styles)('%s %j: %s', (lang, name, expected) => {
    setMessages(lang, table(lang));
    expect(charLabel(name)).toBe(expected);
  });

  it('names only characters the inspector knows', () => {
    const ids = new Set(namedCharacters.map(([, id]) => id));
    expect(Object.keys(PLAIN_NAMES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every plain word has words in every language', () => {
    for (const lang of ['en', 'es', 'zh_CN', 'vi', 'fil', 'ht', 'pt_BR', 'ar', 'ko', 'ru', 'fr']) {
      const messages = table(lang);
      for (const key of new Set(Object.values(PLAIN_NAMES))) expect(messages[key!]?.message, `${lang} ${key}`).toBeTruthy();
    }
  });
});
