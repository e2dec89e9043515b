import { t } from '@/src/i18n/t';
import type { CharInfo } from '@/src/inspector/types';
import { charLabel } from '@/src/ui/charLabel';
import { Glyph } from '@/src/ui/Glyph';
import { isolated } from '@/src/ui/isolated';

// A code is short; a long paste shows its start, so the popup stays quick.
const SHOWN = 64;

interface Props {
  chars: readonly CharInfo[];
}

/**
 * Every character drawn large with its position and name ("zero", "capital
 * O", "small letter l"), so a volunteer can read the code aloud against the paper.
 */
export function ReadBack({ chars }: Props) {
  const shown = chars.slice(0, SHOWN);
  const more = chars.length - shown.length;
  return (
    <section class="read-back" aria-labelledby="read-back-heading">
      <h3 id="read-back-heading" class="subheading">
        {t('checker_read_back_heading')}
      </h3>
      <p class="read-back-length">{t('checker_length', chars.length)}</p>
      <ol class="read-back-chars">
        {shown.map((char) => (
          <li key={char.index} class="read-back-char" data-char={char.text}>
            <span class="read-back-position">{char.position}</span>
            <Glyph char={char} />
            <span class="read-back-name">{isolated(charLabel(char.name))}</span>
          </li>
        ))}
        {more > 0 && <li class="read-back-more">{t('more_chars', more)}</li>}
      </ol>
    </section>
  );
}
