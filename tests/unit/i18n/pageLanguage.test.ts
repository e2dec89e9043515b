import { describe, expect, it } from 'vitest';
import { languageOfTag } from '@/src/i18n/pageLanguage';

// A page's `lang` as pages write it, and the locale folder the panel then speaks (undefined: the browser's).
const cases: Array<[string, string | null, string | undefined]> = [
  ['Spanish USCIS pages', 'es', 'es'],
  ['Spanish for the United States', 'es-US', 'es'],
  ['Latin American Spanish', 'es-419', 'es'],
  ['English', 'en', 'en'],
  ['British English', 'en-GB', 'en'],
  ['upper case', 'ES', 'es'],
  ['Brazilian Portuguese', 'pt-BR', 'pt_BR'],
  ['Portuguese without a region', 'pt', 'pt_BR'],
  ['simplified Chinese by region', 'zh-CN', 'zh_CN'],
  ['simplified Chinese by script', 'zh-Hans', 'zh_CN'],
  ['Chinese with no script or region', 'zh', 'zh_CN'],
  ['traditional Chinese is not ours', 'zh-TW', undefined],
  ['traditional Chinese by script', 'zh-Hant', undefined],
  ['Tagalog is spoken as Filipino', 'tl', 'fil'],
  ['Filipino', 'fil', 'fil'],
  ['Haitian Creole', 'ht', 'ht'],
  ['Canadian French', 'fr-CA', 'fr'],
  ['Arabic', 'ar', 'ar'],
  ['Korean', 'ko-KR', 'ko'],
  ['Russian', 'ru', 'ru'],
  ['Vietnamese', 'vi-VN', 'vi'],
  ['a language we lack', 'de', undefined],
  ['empty lang (unknown)', '', undefined],
  ['no lang', null, undefined],
  ['spaces around', ' es ', 'es'],
];

describe('languageOfTag', () => {
  it.each(cases)('%s', (_, tag, folder) => {
    expect(languageOfTag(tag)?.folder).toBe(folder);
  });
});
