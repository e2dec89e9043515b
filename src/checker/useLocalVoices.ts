import { useEffect, useState } from 'preact/hooks';

const synth = (): SpeechSynthesis | undefined => (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
const read = (): SpeechSynthesisVoice[] => {
  try {
    return [...(synth()?.getVoices() ?? [])];
  } catch {
    return [];
  }
};

/** The browser's voices, read again when they arrive (browsers load them late and say so with voiceschanged). */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(read);
  useEffect(() => {
    const s = synth();
    if (!s) return undefined;
    const update = () => setVoices(read());
    s.addEventListener('voiceschanged', update);
    update();
    return () => s.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

/** Speaks `text` slowly with `voice`, after stopping anything still being read. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const s = synth();
  if (!s) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  utterance.rate = 0.7; // slow: someone writes it down or reads along
  try {
    utterance.voice = voice;
  } catch {
    // Only a stand-in that is no real SpeechSynthesisVoice refuses (a test's
    // stub of getVoices); real voices come from getVoices, filtered to local ones.
  }
  s.cancel();
  s.speak(utterance);
}
