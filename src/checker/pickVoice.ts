/** What is read of a voice (a SpeechSynthesisVoice, or a test's stand-in). */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
}

export interface PickedVoice<V extends VoiceLike> {
  voice: V;
  /** The voice speaks English, not the person's language: read the English words. */
  english: boolean;
}

// Voices name Filipino by its older code too.
const ALIASES: Readonly<Record<string, string>> = { tl: 'fil' };
const primary = (lang: string) => {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[code] ?? code;
};
const normal = (lang: string) => lang.toLowerCase().replace('_', '-');

/**
 * A voice on this device (`localService === true`) for `language`, else a
 * local English one, else none: a remote voice sends the text to a server,
 * so it is never used, and with no local voice there is nothing to offer.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: string): PickedVoice<V> | undefined {
  const local = voices.filter((v) => v.localService === true);
  const same = local.find((v) => normal(v.lang) === normal(language)) ?? local.find((v) => primary(v.lang) === primary(language));
  if (same) return { voice: same, english: primary(language) === 'en' };
  const english = local.find((v) => normal(v.lang) === 'en-us') ?? local.find((v) => primary(v.lang) === 'en');
  return english ? { voice: english, english: true } : undefined;
}
