import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import es from '@/public/_locales/es/messages.json';
import { Remedy } from '@/src/cause/Remedy';
import { setMessages } from '@/src/i18n/t';

describe('Remedy', () => {
  afterEach(() => cleanup());

  it('names the keyboard language in the person\'s language and gives the keys for the system', () => {
    const { container } = render(<Remedy cause={{ kind: 'keyboard-layout', language: 'ru' }} platform="windows" />);
    const remedy = container.querySelector('[data-cause="keyboard-layout"]')!;
    expect(remedy.textContent).toContain('another language: Russian.');
    expect(remedy.textContent).toContain('Windows key + Space (or Left Alt + Shift)');
  });

  it('in Spanish', () => {
    setMessages('es', es);
    const { container } = render(<Remedy cause={{ kind: 'keyboard-layout', language: 'ru' }} platform="mac" />);
    expect(container.textContent).toContain('otro idioma: ruso.');
    expect(container.textContent).toContain('Control + Espacio');
  });

  it('for Caps Lock on a Chromebook', () => {
    const { container } = render(<Remedy capsLock platform="chromeos" />);
    expect(container.querySelector('[data-remedy="caps-lock"]')!.textContent).toBe('Press Search + Alt (Launcher + Alt) to turn Caps Lock off.');
  });

  it('for a full-width digit on Windows', () => {
    const { container } = render(<Remedy cause={{ kind: 'ime-fullwidth', language: 'zh' }} platform="windows" />);
    expect(container.querySelector('[data-cause="ime-fullwidth"]')!.textContent).toContain('Shift + Space to switch to half-width');
  });
});

describe('Remedy inside a finding row', () => {
  afterEach(() => cleanup());

  it('leaves the data-cause hook to the row when bare', () => {
    const { container } = render(
      <li data-finding="homoglyph" data-cause="keyboard-layout">
        <Remedy cause={{ kind: 'keyboard-layout', language: 'ru' }} platform="windows" bare />
      </li>,
    );
    expect(container.querySelectorAll('[data-cause]').length).toBe(1);
    expect(container.querySelector('.remedy')!.textContent).toContain('Russian');
  });
});
