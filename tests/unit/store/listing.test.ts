import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The store listings (store/listing/<locale>.json): one per shipped locale,
// within the stores' limits, plain text, and each says it is unofficial.
const root = new URL('../../../', import.meta.url);
const shipped = readdirSync(new URL('public/_locales/', root)).toSorted();
const listed = readdirSync(new URL('store/listing/', root)).map((file) => file.replace(/\.json$/, '')).toSorted();

interface Listing { name: string; summary: string; description: string; note?: string }
const listingOf = (locale: string) => JSON.parse(readFileSync(new URL(`store/listing/${locale}.json`, root), 'utf8')) as Listing;

// Chrome Web Store: summary at most 132 characters (AMO allows 250), name at
// most 75 (AMO: 50). Counted in characters as the dashboards do, not UTF-16 units.
const SUMMARY_MAX = 132;
const NAME_MAX = 50;
const length = (text: string) => [...text].length;

// The word each language uses for "unofficial" in its summary (written by hand).
const UNOFFICIAL: Record<string, string> = {
  en: 'unofficial',
  es: 'no oficial',
  zh_CN: '非官方',
  vi: 'không chính thức',
  fil: 'hindi opisyal',
  ht: 'non ofisyèl',
  pt_BR: 'não oficial',
  ar: 'غير رسمية',
  ko: '비공식',
  ru: 'неофициальная',
  fr: 'non officiel',
};

describe('store listings', () => {
  it('has one listing for every shipped locale and none for a locale not shipped', () => {
    expect(listed).toEqual(shipped);
    expect(Object.keys(UNOFFICIAL).toSorted()).toEqual(shipped);
  });

  describe.each(shipped)('%s', (locale) => {
    const listing = listingOf(locale);
    const messages = JSON.parse(readFileSync(new URL(`public/_locales/${locale}/messages.json`, root), 'utf8')) as Record<string, { message: string }>;

    it('is named as the extension is in that language', () => {
      expect(listing.name).toBe(messages.extName?.message);
      expect(length(listing.name)).toBeLessThanOrEqual(NAME_MAX);
    });

    it(`has a summary of at most ${SUMMARY_MAX} characters that says it is unofficial`, () => {
      expect(length(listing.summary)).toBeGreaterThan(40);
      expect(length(listing.summary)).toBeLessThanOrEqual(SUMMARY_MAX);
      expect(listing.summary.toLocaleLowerCase()).toContain(UNOFFICIAL[locale]);
    });

    it('has a plain-text description that names USCIS and uscis.gov', () => {
      expect(length(listing.description)).toBeGreaterThan(400);
      // The dashboards show text as it is: no HTML, no Markdown.
      expect(listing.description).not.toMatch(/<[a-z/]|\*\*|^#|\]\(/m);
      expect(listing.description).toContain('USCIS');
      expect(listing.description).toContain('uscis.gov');
    });
  });

  it('says in the Haitian Creole file that the Chrome Web Store has no Haitian Creole listing', () => {
    expect(listingOf('ht').note).toMatch(/Chrome Web Store has no Haitian Creole/);
  });
});
