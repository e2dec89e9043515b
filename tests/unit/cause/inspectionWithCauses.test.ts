import { describe, expect, it } from 'vitest';
import { inspectionWithCauses } from '@/src/cause/inspectionWithCauses';
import type { InputFact } from '@/src/cause/types';
import { inspect } from '@/src/inspector/inspect';

describe('inspectionWithCauses', () => {
  it('sets the cause on the inspector\'s own findings', () => {
    // K typed, then J on a Russian layout gave a Cyrillic o; then a no-break space pasted.
    const facts: InputFact[] = [
      { type: 'keydown', code: 'KeyK', key: 'K', isComposing: false },
      { type: 'input', inputType: 'insertText', data: 'K' },
      { type: 'keydown', code: 'KeyJ', key: '\u043E', isComposing: false },
      { type: 'input', inputType: 'insertText', data: '\u043E' },
      { type: 'paste', text: '\u00A0' },
      { type: 'input', inputType: 'insertFromPaste', data: '\u00A0' },
    ];
    const inspection = inspectionWithCauses(inspect('K\u043E\u00A0', 'access-code'), facts);
    const causes = Object.fromEntries(inspection.findings.map((f) => [f.kind, f.cause]));
    expect(causes).toEqual({
      homoglyph: { kind: 'keyboard-layout', language: 'ru' },
      'trailing-space': { kind: 'paste' },
    });
  });

  it('leaves a clean inspection as it is', () => {
    const clean = inspect('K7XH4MW9PT3R', 'access-code');
    expect(inspectionWithCauses(clean, [])).toBe(clean);
  });
});
