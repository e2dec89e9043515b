import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { GuardedVerdict } from './GuardedVerdict';
import type { SiteVerdict } from './siteVerdict';

interface Props {
  /** Judges a link; siteVerdict by default (tests pass one that fails). */
  judge?: (address: string | undefined) => SiteVerdict;
}

/**
 * A field to check a link before opening it: a letter, an e-mail or a text
 * message may carry a lookalike address. Nothing is opened, sent or stored.
 */
export function LinkCheck({ judge }: Props) {
  const [text, setText] = useState('');
  return (
    <div class="link-check">
      <label for="link-check-input" class="subheading">
        {t('site_link_label')}
      </label>
      <input
        id="link-check-input"
        type="url"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="link-check-hint"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="link-check-hint" class="hint">
        {t('site_link_hint')}
      </p>
      <div aria-live="polite">
        {text.trim() !== '' && <GuardedVerdict key={text} address={text} unknownText={t('site_link_unknown')} {...(judge && { judge })} />}
      </div>
    </div>
  );
}
