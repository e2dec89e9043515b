import { describe, expect, it } from 'vitest';
import { englishName } from '../../../src/inspector/englishName.ts';
import { readBack } from '../../../src/inspector/readBack.ts';

// One character each: its English name, as a person would read it aloud.
const names: [string, string][] = [
  ['0', 'digit zero'],
  ['7', 'digit seven'],
  ['O', 'capital letter O'],
  ['I', 'capital letter I'],
  ['l', 'small letter l'],
  ['\u041e', 'Cyrillic capital O'],
  ['\u043e', 'Cyrillic small o'],
  ['\u0417', 'Cyrillic letter like 3'],
  ['\u03a1', 'Greek capital P'],
  ['\u0555', 'Armenian capital O'],
  ['\u13a0', 'Cherokee capital D'],
  ['\ua644', 'Cyrillic letter like 2'],
  ['\u0131', 'Latin small i'],
  ['\u00a0', 'no-break space'],
  ['\u2009', 'thin space'],
  ['\u202f', 'narrow no-break space'],
  ['\u3000', 'ideographic space'],
  ['\t', 'tab'],
  ['\n', 'line feed'],
  ['\u200b', 'zero-width space'],
  ['\u200c', 'zero-width non-joiner'],
  ['\ufeff', 'byte order mark (zero-width no-break space)'],
  ['\u00ad', 'soft hyphen'],
  ['\u2060', 'word joiner'],
  ['\u200e', 'left-to-right mark'],
  ['\u202e', 'right-to-left override'],
  ['\u2066', 'left-to-right isolate'],
  ['-', 'hyphen-minus'],
  ['\u2013', 'en dash'],
  ['\u201c', 'left double quotation mark'],
  ['*', 'asterisk'],
  ['\uff13', 'full-width digit three'],
  ['\uff21', 'full-width capital A'],
  ['\uff41', 'full-width small a'],
  ['\uff0d', 'full-width -'],
  ['/', 'solidus'],
  ['\u0663', 'Arabic-Indic digit three'],
  ['\u06f4', 'Persian digit four'],
  ['\u0966', 'Devanagari digit zero'],
  ['\u{1D7D1}', 'mathematical bold digit three'],
  ['\u00b2', 'superscript digit two'],
  ['\u2463', 'circled digit four'],
  ['\u{1F600}', 'U+1F600'],
  ['\u00e9', 'U+00E9'],
  ['\ud800', 'U+D800'],
  ['\u0000', 'U+0000'],
];

describe('englishName', () => {
  it.each(names)('%j is read as %s', (text, expected) => {
    const [info] = readBack(text);
    expect(info).toBeDefined();
    expect(englishName(info!.name)).toBe(expected);
  });

  it('names are data a locale can word', () => {
    expect(readBack('\u041e')[0]?.name).toEqual({ key: 'script-capital', value: 'O', script: 'cyrillic' });
    expect(readBack('\u00a0')[0]?.name).toEqual({ key: 'named', id: 'no-break-space' });
    expect(readBack('0')[0]?.name).toEqual({ key: 'digit', value: '0' });
    expect(readBack('\u06f4')[0]?.name).toEqual({ key: 'script-digit', value: '4', script: 'persian' });
    expect(readBack('\u{1F600}')[0]?.name).toEqual({ key: 'code-point', value: 'U+1F600' });
  });
});

describe('readBack', () => {
  it('lists every character with offsets and positions', () => {
    expect(readBack('O0l').map((c) => [c.index, c.length, c.position, c.text])).toEqual([
      [0, 1, 1, 'O'],
      [1, 1, 2, '0'],
      [2, 1, 3, 'l'],
    ]);
  });
  it('counts an astral character once and gives its certain replacement', () => {
    const [bold, a] = readBack('\u{1D7D1}a');
    expect(bold).toMatchObject({ index: 0, length: 2, position: 1, codePoint: 0x1d7d1, replacement: '3' });
    expect(a).toMatchObject({ index: 2, length: 1, position: 2, codePoint: 0x61 });
    expect(a?.replacement).toBeUndefined();
  });
  it('reads an empty text as nothing', () => {
    expect(readBack('')).toEqual([]);
  });
  it('keeps a lone surrogate as one character', () => {
    expect(readBack('a\udc00').map((c) => [c.index, c.length, c.codePoint])).toEqual([
      [0, 1, 0x61],
      [1, 1, 0xdc00],
    ]);
  });
});
