import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedCharacters } from '@/src/inspector/namedCharacters';
import { digitRuns, letterRuns, scriptCodes } from '@/src/inspector/unicodeTables';
import { ISO_15924, STYLE_KEYS } from '@/src/ui/charLabel';

// Every name the inspector can give a character has words in the locale
// files or in the browser (Intl.DisplayNames), so none shows as a bare id.
const en = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('character names', () => {
  it('every named character has a message', () => {
    const missing = namedCharacters.map(([, id]) => `char_named_${id.replace(/-/g, '_')}`).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('every script or style the inspector names has words', () => {
    const scripts = new Set([...digitRuns.map((row) => row[3]), ...letterRuns.map((row) => row[3]), 'fullwidth', 'other']);
    const unnamed = [...scripts].filter((script) => !(script in STYLE_KEYS) && !(script in scriptCodes) && !(script in ISO_15924));
    expect(unnamed).toEqual([]);
  });

  it('every style has its message', () => {
    expect(Object.values(STYLE_KEYS).filter((key) => !(key in en))).toEqual([]);
  });
});
