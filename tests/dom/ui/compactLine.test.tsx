import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { inspect } from '@/src/inspector/inspect';
import type { Cause, Inspection } from '@/src/inspector/types';
import { Panel } from '@/src/page/Panel';

// The panel's one line says the cause when it is known; the keys to press stay in the details.
const withCause = (text: string, cause?: Cause): Inspection => {
  const inspection = inspect(text, 'access-code');
  return { ...inspection, findings: inspection.findings.map((f) => (cause ? { ...f, cause } : f)) };
};
const cases: [string, Inspection, string][] = [
  ['a keyboard set to Russian', withCause('K7\u0425H4MW9', { kind: 'keyboard-layout', language: 'ru' }), 'Your keyboard is typing Russian letters.'],
  ['an input method in full-width mode', withCause('\uff2b7XH4MW9', { kind: 'ime-fullwidth' }), 'Your keyboard is typing wide (full-width) characters.'],
  ['no known cause: the finding\'s own words', withCause('K7\u0425H4MW9'), 'Some letters are from another alphabet (such as Cyrillic or Greek). They look the same but are different letters.'],
];

describe('the compact line', () => {
  afterEach(cleanup);
  it.each(cases)('%s', (_label, inspection, line) => {
    const { container } = render(<Panel inspection={inspection} announcement="" onFix={() => {}} />);
    const summary = container.querySelector('.summary')!;
    expect(summary.textContent!.replace(/[\u2068\u2069]/g, '')).toBe(line);
    // After the problem's icon (a drawing, hidden from screen readers: the words say it).
    expect(summary.firstElementChild?.matches('svg.icon[aria-hidden="true"]')).toBe(true);
    // The one fix stays beside it.
    expect(container.querySelector('.line [data-fix]')).not.toBeNull();
  });
  it('keeps the keys to press in the details, under the finding', () => {
    const { container } = render(<Panel inspection={cases[0]![1]} announcement="" onFix={() => {}} />);
    expect(container.querySelector('#details [data-finding="homoglyph"][data-cause="keyboard-layout"] .remedy')).not.toBeNull();
  });
});
