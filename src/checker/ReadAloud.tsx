import { currentLanguage, t } from '@/src/i18n/t';
import { pickVoice } from './pickVoice';
import { speak, useVoices } from './useLocalVoices';

interface Props {
  /** The text in the person's language. */
  text: string;
  /** The same in English, for an English voice when the device has none in the person's language. */
  english: () => Promise<string>;
}

/**
 * "Read aloud" with a voice on this device only. A remote voice would send
 * the code to a server, so with no local voice (in the person's language or
 * English) there is no button at all.
 */
export function ReadAloud({ text, english }: Props) {
  const picked = pickVoice(useVoices(), currentLanguage());
  if (!picked) return null;
  const read = async () => {
    speak(picked.english && !currentLanguage().startsWith('en') ? await english() : text, picked.voice);
  };
  return (
    <p class="read-aloud">
      <button type="button" class="read-aloud-button" onClick={() => void read()}>
        {t('checker_read_aloud')}
      </button>
    </p>
  );
}
