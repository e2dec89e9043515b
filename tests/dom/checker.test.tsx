import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Checker } from '@/src/checker/Checker';

function typeCode(text: string) {
  const input = screen.getByLabelText('Type or paste the access code') as HTMLInputElement;
  fireEvent.input(input, { target: { value: text } });
  return input;
}

const kinds = (container: ParentNode) =>
  [...container.querySelectorAll('[data-finding]')].map((el) => el.getAttribute('data-finding'));

describe('Checker', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('is a labelled field the browser neither fills, corrects nor remembers', () => {
    render(<Checker />);
    const input = screen.getByLabelText('Type or paste the access code');
    expect(input.getAttribute('autocomplete')).toBe('off');
    // spellcheck=false is checked in Chromium (tests/e2e/popup.chromium.test.ts): happy-dom has no spellcheck property.
    expect(input.getAttribute('autocapitalize')).toBe('off');
  });

  const cases: Array<{ input: string; expected: string[] }> = [
    // Spaces pasted around the code.
    { input: ' ACDEFH ', expected: ['leading-space', 'trailing-space'] },
    // A zero-width space hidden inside.
    { input: 'ACD\u200BEFH', expected: ['invisible'] },
    // A Cyrillic capital VE (looks like B): listed once, under the problem, not also as a lookalike of 8.
    { input: 'AC\u0412DEF', expected: ['homoglyph'] },
    // Full-width A from a CJK keyboard.
    { input: '\uFF21CDEFH', expected: ['fullwidth'] },
    // Zero next to letters: a quiet hint to compare it.
    { input: 'ACD0EFH', expected: ['lookalike'] },
    // Small letters: case matters.
    { input: 'acdefh', expected: ['lowercase'] },
    // A receipt number typed into the access-code checker.
    { input: 'EAC9876543210', expected: ['looks-like-receipt-number', 'lookalike'] },
    // Nothing to say.
    { input: 'ACDEFH', expected: [] },
  ];
  it.each(cases)('finds $expected in $input', ({ input, expected }) => {
    const { container } = render(<Checker />);
    typeCode(input);
    expect(kinds(container)).toEqual(expected);
    if (expected.length === 0) expect(screen.getByText(/No typing problems found/)).toBeTruthy();
  });

  // A correct code looks correct: its lookalikes are a quiet, named hint beside "no problems".
  // (The names' own wording belongs to the character names; only their list is checked here.)
  const hints: Array<{ input: string; words: RegExp }> = [
    { input: 'A0BC7DEF9GHJ', words: /^Note: Easy to mix up: [^,]*zero[^,]* and [^,]*B[^,]*\. Compare them with the notice\.$/ },
    { input: 'KX7M2Q9PR4TD', words: /^Note: Easy to mix up: [^,]*two[^,]*\. Compare them with the notice\.$/ },
    // Each character once: two zeros are one name.
    { input: 'K0X0', words: /^Note: Easy to mix up: [^,]*zero[^,]*\. Compare them with the notice\.$/ },
  ];
  it.each(hints)('names the lookalikes of $input as a quiet hint', ({ input, words }) => {
    const { container } = render(<Checker />);
    typeCode(input);
    const hint = container.querySelector('[data-finding="lookalike"]')!;
    expect(hint.getAttribute('data-severity')).toBe('info');
    expect(hint.querySelector('.icon')).toBeNull(); // no warning icon
    expect(hint.querySelector('.message')!.textContent).toMatch(words);
    expect(hint.querySelector('.message')!.textContent).not.toMatch(/ and .* and /); // each name once
    expect(screen.getByText(/No typing problems found/)).toBeTruthy();
  });

  it('says what each fix button will do', () => {
    const { container } = render(<Checker />);
    typeCode(' ACD EFH ');
    const labels = [...container.querySelectorAll('[data-fix]')].map((b) => b.textContent);
    expect(labels).toEqual(['Remove the space before the code', 'Remove the space after the code', 'Remove the spaces inside the code', 'Fix all']);
    expect(container.textContent).not.toMatch(/exactly as printed/);
  });

  it('shows the findings in a polite live region', () => {
    const { container } = render(<Checker />);
    typeCode(' ACDEFH');
    const finding = container.querySelector('[data-finding="leading-space"]')!;
    expect(finding.closest('[aria-live="polite"]')).not.toBeNull();
  });

  it('reads the code back character by character, with names', () => {
    const { container } = render(<Checker />);
    typeCode('0Ol1I');
    const rows = [...container.querySelectorAll('.read-back-char')].map((li) => [
      li.querySelector('.read-back-position')!.textContent,
      li.querySelector('.read-back-name')!.textContent,
    ]);
    expect(rows).toEqual([
      ['1', 'digit zero'],
      ['2', 'capital O'],
      ['3', 'lowercase l'],
      ['4', 'digit one'],
      ['5', 'capital I'],
    ]);
    expect(screen.getByText('Characters: 5')).toBeTruthy();
  });

  it('names a hidden character where the eye sees nothing', () => {
    const { container } = render(<Checker />);
    typeCode('A\u200BC');
    const names = [...container.querySelectorAll('.read-back-name')].map((el) => el.textContent);
    expect(names[0]).toBe('capital A');
    // The plain word first, the Unicode name after.
    expect(names[1]).toBe('invisible character (zero width space)');
    expect(names[2]).toBe('capital C');
  });

  it('applies a fix from the finding list', () => {
    const { container } = render(<Checker />);
    const input = typeCode(' ACDEFH');
    fireEvent.click(container.querySelector('[data-fix="leading-space"]')!);
    expect(input.value).toBe('ACDEFH');
  });

  const copies: Array<{ input: string; copied: string; label: string }> = [
    // Certain fixes applied: spaces and a zero-width space removed.
    { input: ' ACD\u200BEFH ', copied: 'ACDEFH', label: 'Copy the corrected code' },
    // Nothing certain to fix: the text as typed (case is never changed).
    { input: 'acdefh', copied: 'acdefh', label: 'Copy the code' },
  ];
  it.each(copies)('copies $copied for $input', async ({ input, copied, label }) => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Checker />);
    typeCode(input);
    fireEvent.click(screen.getByRole('button', { name: label }));
    await screen.findByText('Copied.');
    expect(writeText).toHaveBeenCalledWith(copied);
  });

  it('stores nothing typed, not even for the session', async () => {
    const local = vi.spyOn(fakeBrowser.storage.local, 'set');
    const session = vi.spyOn(fakeBrowser.storage.session, 'set');
    render(<Checker />);
    typeCode('ACDEFH');
    await new Promise((r) => setTimeout(r, 0));
    expect(local).not.toHaveBeenCalled();
    expect(session).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
