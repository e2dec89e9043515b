import { describe, expect, it } from 'vitest';
import { withAutofillCaution } from '@/src/inspector/findingKinds';
import type { Finding } from '@/src/inspector/types';

const finding = (kind: Finding['kind'], severity: Finding['severity']): Finding => ({ kind, severity, chars: [], count: 0, fixable: false });

describe('withAutofillCaution', () => {
  it('adds the caution after problems and cautions, before quiet hints', () => {
    const inspection = { findings: [finding('invisible', 'problem'), finding('lookalike', 'info')], fixable: [] };
    expect(withAutofillCaution(inspection).findings.map((f) => [f.kind, f.severity])).toEqual([
      ['invisible', 'problem'],
      ['autofilled', 'caution'],
      ['lookalike', 'info'],
    ]);
  });

  it('says its cause is autofill, and lists no characters', () => {
    const [caution] = withAutofillCaution({ findings: [], fixable: [] }).findings;
    expect(caution).toEqual({ kind: 'autofilled', severity: 'caution', chars: [], count: 0, fixable: false, cause: { kind: 'autofill' } });
  });
});
