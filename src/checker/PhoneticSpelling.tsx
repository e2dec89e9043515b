import { localeTable } from '@/src/i18n/localeTables';
import { formatMessage, t, type MessageKey } from '@/src/i18n/t';
import type { CharInfo } from '@/src/inspector/types';
import { charLabel } from '@/src/ui/charLabel';
import { phoneticLine, phoneticSpeech } from './phonetic';
import { ReadAloud } from './ReadAloud';

// A code is short; a long paste shows its start, as the read-back does.
const SHOWN = 64;

interface Props {
  chars: readonly CharInfo[];
}

// The English words, for an English voice when the device has no voice in the person's language.
async function englishSpeech(chars: readonly CharInfo[]): Promise<string> {
  const [en = {}, { englishName }] = await Promise.all([localeTable('en'), import('@/src/inspector/englishName')]);
  const say = (key: MessageKey, ...subs: string[]) => {
    const entry = en[key];
    return entry ? formatMessage(entry, subs) : key;
  };
  return phoneticSpeech(chars, say, englishName);
}

/**
 * The code spelled for the phone, a line per character ("capital K as in
 * Kilo", "7 (seven)"), and a button that reads it aloud with a local voice.
 */
export function PhoneticSpelling({ chars }: Props) {
  const shown = chars.slice(0, SHOWN);
  return (
    <section class="phonetic" aria-labelledby="phonetic-heading">
      <h3 id="phonetic-heading" class="subheading">
        {t('checker_phonetic_heading')}
      </h3>
      <p class="hint">{t('checker_phonetic_hint')}</p>
      <ol class="phonetic-list">
        {shown.map((char) => (
          <li key={char.index} class="phonetic-char" data-char={char.text}>
            {phoneticLine(char, t, charLabel)}
          </li>
        ))}
      </ol>
      <ReadAloud text={phoneticSpeech(shown, t, charLabel)} english={() => englishSpeech(shown)} />
    </section>
  );
}
