import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import es from '@/public/_locales/es/messages.json';
import { Checker } from '@/src/checker/Checker';
import { setMessages } from '@/src/i18n/t';

function typeCode(text: string) {
  const input = screen.getByLabelText('Type or paste the access code') as HTMLInputElement;
  fireEvent.input(input, { target: { value: text } });
  return input;
}
// The spelling loads with the checker's extras, a moment after the first character.
const lines = async (container: ParentNode) => {
  await screen.findByRole('heading', { name: /Spell it over the phone|Deletrearlo/ });
  return [...container.querySelectorAll('.phonetic-char')].map((li) => li.textContent);
};

// happy-dom has no speech: a stand-in with the voices a test gives, recording what is spoken.
interface Voice { name: string; lang: string; localService: boolean }
const spoken: Array<{ text: string; lang: string; rate: number; voice: string | undefined }> = [];
function stubSpeech(voices: Voice[]) {
  const target = new EventTarget();
  Object.assign(target, {
    getVoices: () => voices,
    cancel: () => {},
    speak: (u: { text: string; lang: string; rate: number; voice?: Voice }) => spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name }),
  });
  Object.defineProperty(globalThis, 'speechSynthesis', { value: target, configurable: true });
  class Utterance {
    lang = '';
    rate = 1;
    voice: Voice | undefined;
    constructor(public text: string) {}
  }
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  return target;
}

describe('Checker: spelling for the phone', () => {
  beforeEach(() => {
    spoken.length = 0;
  });
  afterEach(() => {
    cleanup();
    delete (globalThis as { speechSynthesis?: unknown }).speechSynthesis;
  });

  it('spells each character with the ICAO/NATO words, case and digits said', async () => {
    const { container } = render(<Checker />);
    typeCode('K7xO0');
    expect(await lines(container)).toEqual([
      'capital K as in Kilo',
      '7 (seven)',
      'lowercase x as in X-ray',
      'capital O as in Oscar',
      '0 (zero)',
    ]);
  });

  it('names a character that is no plain letter or digit', async () => {
    const { container } = render(<Checker />);
    typeCode('A\u00A0\u041E'); // A, no-break space, Cyrillic capital O
    expect(await lines(container)).toEqual(['capital A as in Alfa', 'special space from copying (no-break space)', 'Cyrillic capital O']);
  });

  it('frames the words in the person\'s language; the spelling words stay English', async () => {
    setMessages('es', es);
    const { container } = render(<Checker />);
    fireEvent.input(screen.getByLabelText('Escriba o pegue el código de acceso'), { target: { value: 'K7' } });
    expect(await lines(container)).toEqual(['K mayúscula, de Kilo', '7 (seven)']);
  });

  it('has no read-aloud button without speech, or with remote voices only', async () => {
    const { container } = render(<Checker />);
    typeCode('K7');
    await lines(container);
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    cleanup();
    stubSpeech([{ name: 'Google US English', lang: 'en-US', localService: false }]);
    const second = render(<Checker />);
    typeCode('K7');
    await lines(second.container);
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  });

  it('offers the button when a local voice arrives late, and reads slowly with it', async () => {
    const voices: Voice[] = [];
    const synth = stubSpeech(voices);
    const { container } = render(<Checker />);
    typeCode('K7');
    await lines(container);
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    voices.push({ name: 'Remote', lang: 'en-US', localService: false }, { name: 'Local English', lang: 'en-US', localService: true });
    synth.dispatchEvent(new Event('voiceschanged'));
    fireEvent.click(await screen.findByRole('button', { name: 'Read aloud' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(spoken).toEqual([{ text: 'capital K as in Kilo. seven', lang: 'en-US', rate: 0.7, voice: 'Local English' }]);
  });

  it('speaks Spanish with a local Spanish voice, and English words with an English one when there is none', async () => {
    setMessages('es', es);
    stubSpeech([{ name: 'Local Spanish', lang: 'es-ES', localService: true }, { name: 'Local English', lang: 'en-US', localService: true }]);
    render(<Checker />);
    fireEvent.input(screen.getByLabelText('Escriba o pegue el código de acceso'), { target: { value: 'K7' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Leer en voz alta' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(spoken.at(-1)).toEqual({ text: 'K mayúscula, de Kilo. seven', lang: 'es-ES', rate: 0.7, voice: 'Local Spanish' });
    cleanup();

    stubSpeech([{ name: 'Local English', lang: 'en-GB', localService: true }, { name: 'Remote Spanish', lang: 'es-ES', localService: false }]);
    render(<Checker />);
    fireEvent.input(screen.getByLabelText('Escriba o pegue el código de acceso'), { target: { value: 'K\u00A0' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Leer en voz alta' }));
    await expect.poll(() => spoken.at(-1)).toEqual({ text: 'capital K as in Kilo. no-break space', lang: 'en-GB', rate: 0.7, voice: 'Local English' });
  });
});
