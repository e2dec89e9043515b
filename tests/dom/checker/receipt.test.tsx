import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Checker } from '@/src/checker/Checker';

const kinds = (container: ParentNode) => [...container.querySelectorAll('[data-finding]')].map((el) => el.getAttribute('data-finding'));

describe('Checker: receipt numbers', () => {
  afterEach(() => cleanup());

  it('is a radio group, access code first', () => {
    render(<Checker />);
    expect((screen.getByRole('radio', { name: 'Online Access Code' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Receipt number' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('group', { name: 'What are you checking?' })).toBeTruthy();
  });

  const offers: Array<{ input: string; offered: boolean }> = [
    // A receipt number as printed.
    { input: 'EAC9876543210', offered: true },
    // With dashes and small letters: certain corrections make it one.
    { input: 'eac-987-654-3210', offered: true },
    // A zero among the prefix letters (I0E): one certain correction.
    { input: 'I0E0123456789', offered: true },
    // An access-code-like text: too short for a receipt number.
    { input: 'K7XH4MW9PT3R', offered: false },
    // Letters everywhere: not a receipt number.
    { input: 'ABCDEFGHIJKLM', offered: false },
  ];
  it.each(offers)('offers receipt mode for $input: $offered', ({ input, offered }) => {
    const { container } = render(<Checker />);
    fireEvent.input(screen.getByLabelText('Type or paste the access code'), { target: { value: input } });
    expect(container.querySelector('[data-offer="receipt-number"]') !== null).toBe(offered);
  });

  it('switches on the offer, keeps the text, and applies the receipt number\'s certain corrections', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void writes.push(text) }, configurable: true });
    const { container } = render(<Checker />);
    const input = screen.getByLabelText('Type or paste the access code') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'i0e-012-345-6789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check it as a receipt number' }));
    expect((screen.getByRole('radio', { name: 'Receipt number' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Type or paste the receipt number')).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(container.querySelector('[data-offer]')).toBeNull();
    expect(kinds(container).toSorted()).toEqual(['lowercase', 'punctuation', 'receipt-fix']);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the corrected code' }));
    await screen.findByText('Copied.');
    expect(writes).toEqual(['IOE0123456789']);
  });

  it('in receipt mode, offers access-code mode back for an access code\'s shape', () => {
    const { container } = render(<Checker />);
    fireEvent.click(screen.getByRole('radio', { name: 'Receipt number' }));
    fireEvent.input(screen.getByLabelText('Type or paste the receipt number'), { target: { value: 'K7XH4MW9PT3R' } });
    expect(container.querySelector('[data-offer="access-code"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check it as an access code' }));
    expect((screen.getByRole('radio', { name: 'Online Access Code' }) as HTMLInputElement).checked).toBe(true);
    expect(container.querySelector('[data-offer]')).toBeNull();
  });

  it('chosen by hand, checks the receipt number\'s format', () => {
    const { container } = render(<Checker />);
    fireEvent.click(screen.getByRole('radio', { name: 'Receipt number' }));
    fireEvent.input(screen.getByLabelText('Type or paste the receipt number'), { target: { value: 'EAC98765' } });
    expect(kinds(container)).toEqual(['receipt-format']);
  });
});
