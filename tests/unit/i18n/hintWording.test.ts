import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, type Messages } from '@/src/i18n/t';
import { inspect } from '@/src/inspector/inspect';
import type { Finding } from '@/src/inspector/types';
import { charLabel } from '@/src/ui/charLabel';
import { compactLine, compactMessage } from '@/src/ui/compactLine';
import { findingText } from '@/src/ui/findingText';

const table = (lang: string) => JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
const LANGUAGES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ht', 'pt_BR', 'ar', 'ko', 'ru', 'fr'];
// Arabic isolates each part (U+2068 ... U+2069); the words are what is checked here.
const words = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const finding = (text: string, kind: string): Finding => inspect(text, 'access-code').findings.find((f) => f.kind === kind)!;

afterEach(() => setMessages(null, null));

describe('the lookalike hint names each character with what it can be taken for', () => {
  const rows: Array<[string, string, string, string]> = [
    // The example: B and 2 are not mixed up with each other.
    ['en', 'K7B2MW9PTXHR', 'lookalike', 'Easy to mix up: capital B (not digit eight) and digit two (not capital Z). Compare them with the notice.'],
    // Two things a stroke can be taken for, joined with "or".
    ['en', 'K7XI', 'lookalike', 'Easy to mix up: capital I (not digit one or lowercase l). Compare them with the notice.'],
    ['es', 'K7XHB', 'lookalike', 'Fáciles de confundir: B mayúscula (no dígito ocho). Compárelos con el aviso.'],
    ['ru', 'K7XH0', 'lookalike', 'Легко перепутать: цифра ноль (не заглавная O или строчная o). Сверьте с уведомлением.'],
  ];
  it.each(rows)('%s %s', (lang, text, kind, expected) => {
    setMessages(lang, table(lang));
    expect(words(findingText(finding(text, kind)))).toBe(expected);
  });

  it.each(LANGUAGES)('%s: says each lookalike and its twin, nothing left as a key', (lang) => {
    setMessages(lang, table(lang));
    const text = words(findingText(finding('K7B2MW9PTXHR', 'lookalike')));
    expect(text).not.toMatch(/lookalike_not|char_|\$/);
    expect(text.match(/8|B|2|Z|ocho|eight/gi)?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('new styles are named in every language', () => {
  it.each(LANGUAGES)('%s', (lang) => {
    setMessages(lang, table(lang));
    // Mathematical fraktur a, squared A, Roman numeral one, Kelvin sign: each named by its style, never by a bare id.
    for (const cp of [0x1d51e, 0x1f130, 0x2160, 0x212a]) {
      const { name } = inspect(`K7${String.fromCodePoint(cp)}H`, 'access-code').findings[0]!.chars[0]!;
      expect(words(charLabel(name)), `U+${cp.toString(16)}`).not.toMatch(/math-styled|roman-numeral|style_|char_|\$/);
    }
  });
});

const homoglyph = (): Finding => finding('K7\u0425H', 'homoglyph');
const fullwidth = (): Finding => finding('\uff2b7XH', 'fullwidth');

describe('the compact line says the cause when it is known', () => {
  it('gives a message key and its raw arguments', () => {
    expect(compactMessage({ ...homoglyph(), cause: { kind: 'keyboard-layout', language: 'ru' } })).toEqual({ key: 'summary_keyboard_layout_named', args: ['ru'] });
    expect(compactMessage({ ...homoglyph(), cause: { kind: 'keyboard-layout' } })).toEqual({ key: 'summary_keyboard_layout', args: [] });
    expect(compactMessage({ ...fullwidth(), cause: { kind: 'ime-fullwidth', language: 'zh' } })).toEqual({ key: 'summary_ime_fullwidth', args: [] });
    // A paste or autofill says nothing the finding does not: its own words stay.
    expect(compactMessage({ ...homoglyph(), cause: { kind: 'paste' } })).toBeNull();
    expect(compactMessage(homoglyph())).toBeNull();
  });

  const rows: Array<[string, Finding['cause'] | undefined, string]> = [
    ['en', { kind: 'keyboard-layout', language: 'ru' }, 'Your keyboard is typing Russian letters.'],
    ['es', { kind: 'keyboard-layout', language: 'ru' }, 'Su teclado está en ruso: escribe letras de otro alfabeto.'],
    ['en', { kind: 'keyboard-layout' }, 'Your keyboard is typing letters of another alphabet.'],
    ['en', undefined, 'Some letters are from another alphabet (such as Cyrillic or Greek). They look the same but are different letters.'],
  ];
  it.each(rows)('%s %o', (lang, cause, expected) => {
    setMessages(lang, table(lang));
    const f = homoglyph();
    expect(words(compactLine(cause ? { ...f, cause } : f))).toBe(expected);
  });

  it.each(LANGUAGES)('%s: every cause line has words and names the language', (lang) => {
    setMessages(lang, table(lang));
    const line = words(compactLine({ ...homoglyph(), cause: { kind: 'keyboard-layout', language: 'ru' } }));
    expect(line).not.toMatch(/summary_|\$/);
    expect(line.length).toBeGreaterThan(10);
    expect(words(compactLine({ ...fullwidth(), cause: { kind: 'ime-fullwidth' } }))).not.toMatch(/summary_|\$/);
  });
});
