import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Checker } from '@/src/checker/Checker';

// Keys as a browser sends them: keydown, the value changes, input.
function press(input: HTMLInputElement, code: string, key: string) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true }));
    input.value += key;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: key, bubbles: true }));
  });
}

describe('Checker: why it happened', () => {
  afterEach(() => cleanup());

  it('J giving a Cyrillic o: the Russian layout and how to switch', async () => {
    const { container } = render(<Checker />);
    const input = screen.getByLabelText('Type or paste the access code') as HTMLInputElement;
    press(input, 'KeyK', 'K');
    press(input, 'KeyJ', '\u043E'); // (о) Cyrillic small o
    press(input, 'KeyJ', '\u043E');
    await screen.findByText(/another language: Russian/);
    const remedies = container.querySelectorAll('[data-cause]');
    expect(remedies.length).toBe(1); // one remedy for the two letters
    expect(remedies[0]!.getAttribute('data-cause')).toBe('keyboard-layout');
    expect(remedies[0]!.textContent).toContain('another language: Russian.');
    expect(remedies[0]!.textContent).toContain('To switch the keyboard to English');
  });

  it('a paste: check it against the paper', async () => {
    const { container } = render(<Checker />);
    const input = screen.getByLabelText('Type or paste the access code') as HTMLInputElement;
    act(() => {
      input.dispatchEvent(new Event('paste', { bubbles: true }));
      input.value = '\u00A0K7XH4MW9PT3R';
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    });
    await screen.findByText('Check it against the paper letter, or type the code by hand.');
    expect(container.querySelector('[data-cause="paste"]')!.textContent).toContain('Check it against the paper letter');
  });

  it('plain typing: no remedy for what was typed, only for what was pasted', async () => {
    const { container } = render(<Checker />);
    const input = screen.getByLabelText('Type or paste the access code') as HTMLInputElement;
    press(input, 'Space', ' ');
    press(input, 'KeyK', 'K');
    act(() => {
      input.dispatchEvent(new Event('paste', { bubbles: true }));
      input.value += '\u00A0';
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    });
    await screen.findByText('Check it against the paper letter, or type the code by hand.');
    expect(container.querySelector('[data-finding="leading-space"]')).not.toBeNull();
    expect([...container.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause'))).toEqual(['paste']);
  });
});
