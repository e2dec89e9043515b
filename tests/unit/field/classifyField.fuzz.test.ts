import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyField } from '@/src/field/classifyField';
import type { FieldFacts } from '@/src/field/FieldFacts';

// Fuzzing the field finder's pure decision over arbitrary facts, as a
// hostile or broken page could present them: any Unicode (lone surrogates
// included), long texts, words from our own keyword lists mixed in.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Our own words and their neighbours, so the deciding tiers are reached often.
  fc.constantFrom('access code', 'accessCode', 'oac', 'Online Access Code', 'Código de acceso', 'receipt number', 'receiptNumber', 'Número de recibo', 'password', 'verification code', 'one-time-code', 'email', 'backup code', ''),
  fc.string({ unit: 'binary', maxLength: 20_000 }).map((s) => `access code ${s}`),
);
const facts = (type: fc.Arbitrary<string>): fc.Arbitrary<FieldFacts> =>
  fc.record({
    tag: fc.oneof(fc.constantFrom('input', 'textarea'), fc.string({ maxLength: 10 })),
    type,
    autocomplete: text,
    id: text,
    name: text,
    labels: fc.array(text, { maxLength: 4 }),
    ariaLabel: text,
    placeholder: text,
    nearbyText: text,
    descriptions: fc.array(text, { maxLength: 2 }),
    inSearch: fc.boolean(),
  });
const anyType = fc.oneof(fc.constantFrom('text', 'search', 'tel', 'number', 'textarea', 'url'), fc.string({ maxLength: 12 }));

// Types that can never hold a code (written out here, not read from the code under test).
const EXCLUDED_TYPES = ['password', 'email', 'hidden', 'checkbox', 'radio', 'file', 'submit', 'button', 'image', 'reset', 'date', 'color', 'range'];

const withPassword = (s: string) => `${s} password`;
// A code component's default autocomplete gives way to the code's own name only (written out here).
const named = (s: string) => /online access code|c[oó]digo de acceso en l[ií]nea/i.test(s);

const KINDS = ['access-code', 'receipt-number', 'excluded'];
const SIGNALS = ['type', 'search', 'autocomplete', 'token', 'label', 'aria-label', 'placeholder', 'description', 'nearby-text'];

describe('classifyField over arbitrary facts', () => {
  it('never throws, and answers null or a known kind with a known signal', () => {
    fc.assert(
      fc.property(facts(anyType), (f) => {
        const decision = classifyField(f);
        if (decision === null) return;
        expect(KINDS).toContain(decision.kind);
        expect(SIGNALS).toContain(decision.signal);
      }),
      { numRuns: 2000 },
    );
  });

  it('never watches a field of an excluded type, whatever its labels say', () => {
    fc.assert(
      fc.property(facts(fc.constantFrom(...EXCLUDED_TYPES)), (f) => {
        const decision = classifyField({ ...f, tag: 'input' });
        expect(decision).toEqual({ kind: 'excluded', signal: 'type' });
      }),
      { numRuns: 1000 },
    );
  });

  it('never watches a field that says "password" in every fact it has', () => {
    // Each tier that could decide sees an excluded word, and exclusion wins within a tier.
    fc.assert(
      fc.property(facts(anyType), (f) => {
        const decision = classifyField({
          ...f,
          autocomplete: withPassword(f.autocomplete),
          id: withPassword(f.id),
          name: withPassword(f.name),
          labels: f.labels.map(withPassword),
          ariaLabel: withPassword(f.ariaLabel),
          placeholder: withPassword(f.placeholder),
          nearbyText: withPassword(f.nearbyText),
          descriptions: f.descriptions.map(withPassword),
        });
        expect(decision === null || decision.kind === 'excluded').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never watches a one-time-code field unless its label or aria-label names the Online Access Code', () => {
    fc.assert(
      fc.property(facts(anyType), (f) => {
        const decision = classifyField({ ...f, autocomplete: 'one-time-code' });
        const namedHere = [...f.labels, f.ariaLabel].some(named);
        // Named, it is judged as any field (an id saying receiptNumber still wins over the label).
        expect(decision === null || decision.kind === 'excluded' || namedHere).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers null for elements that are not input or textarea', () => {
    fc.assert(
      fc.property(facts(anyType), fc.constantFrom('select', 'div', 'button', 'INPUT', ''), (f, tag) => {
        expect(classifyField({ ...f, tag })).toBe(null);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer twice (no hidden state)', () => {
    fc.assert(
      fc.property(facts(anyType), (f) => {
        expect(classifyField(f)).toEqual(classifyField(structuredClone(f)));
      }),
      { numRuns: 300 },
    );
  });
});
