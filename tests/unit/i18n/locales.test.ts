import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedCharacters } from '@/src/inspector/namedCharacters';
import { LANGUAGES } from '@/src/i18n/languages';

// The locale files: complete, consistent with English, and no key unused.
const root = new URL('../../../public/_locales/', import.meta.url);
type Table = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (folder: string): Table => JSON.parse(readFileSync(new URL(`${folder}/messages.json`, root), 'utf8'));
const en = read('en');
const folders = readdirSync(root).toSorted();

// `$NAME$` placeholders a message uses, and what each stands for.
const placeholdersOf = (entry: Table[string]) =>
  [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => `${m[1]!.toLowerCase()}=${entry.placeholders?.[m[1]!.toLowerCase()]?.content}`).toSorted();

describe('locale files', () => {
  it('are exactly the languages the menu offers', () => {
    expect(folders).toEqual(LANGUAGES.map((l) => l.folder).toSorted());
  });

  it.each(folders.filter((f) => f !== 'en'))('%s has every English key and no other', (folder) => {
    expect(Object.keys(read(folder)).toSorted()).toEqual(Object.keys(en).toSorted());
  });

  it.each(folders)('%s: every message is non-empty and uses the same placeholders as English', (folder) => {
    const table = read(folder);
    for (const [key, entry] of Object.entries(table)) {
      expect(entry.message.trim(), `${folder} ${key}`).not.toBe('');
      expect(placeholdersOf(entry), `${folder} ${key}`).toEqual(placeholdersOf(en[key]!));
    }
  });

  it.each(LANGUAGES)('$folder names its own language tag', (language) => {
    expect(read(language.folder).language_tag!.message).toBe(language.tag);
  });

  it('keeps "unofficial" in the store description of every language', () => {
    // The English words are checked; other languages are checked by a person, but must not be English.
    expect(en.extDescription!.message).toMatch(/not affiliated with USCIS/);
    for (const folder of folders.filter((f) => f !== 'en')) {
      expect(read(folder).extDescription!.message).toMatch(/USCIS/);
      expect(read(folder).extDescription!.message).not.toBe(en.extDescription!.message);
    }
  });
});

// Keys used by the code: every `'key'` literal in src/ and entrypoints/, plus
// families built at run time from the inspector's vocabulary (listed by hand).
function sourceFiles(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => readFileSync(`${e.parentPath}/${e.name}`, 'utf8'));
}
const code = [...sourceFiles(new URL('../../../src/', import.meta.url)), ...sourceFiles(new URL('../../../entrypoints/', import.meta.url))].join('\n');
const FINDING_KINDS = [
  'leading-space', 'trailing-space', 'inner-space', 'invisible', 'fullwidth', 'homoglyph', 'other-digit', 'punctuation',
  'non-ascii', 'lowercase', 'lookalike', 'caps-lock', 'cut-off', 'looks-like-receipt-number', 'looks-like-a-number',
  'looks-like-account-number', 'looks-like-verification-code', 'looks-like-access-code', 'receipt-format', 'receipt-fix',
  'wrong-length', 'outside-alphabet', 'autofilled',
];
const RECEIPT_REASONS = ['too-short', 'too-long', 'bad-prefix', 'bad-number'];
const underscored = (s: string) => s.replace(/-/g, '_');
const dynamicKeys = new Set([
  ...FINDING_KINDS.map((k) => `finding_${underscored(k)}`),
  ...RECEIPT_REASONS.map((r) => `reason_${underscored(r)}`),
  ...namedCharacters.map(([, id]) => `char_named_${underscored(id)}`),
  ...Array.from({ length: 10 }, (_, i) => `digit_${i}`),
  'extName', 'extDescription', // the manifest's __MSG_ names
  'language_tag',
]);

describe('message keys', () => {
  it('every English key is used', () => {
    const unused = Object.keys(en).filter((key) => {
      if (dynamicKeys.has(key)) return false;
      return !code.includes(`'${key}'`) && !code.includes(`"${key}"`);
    });
    expect(unused).toEqual([]);
  });

  it('every finding kind has its message', () => {
    for (const kind of FINDING_KINDS) expect(en[`finding_${underscored(kind)}`], kind).toBeDefined();
  });
});
