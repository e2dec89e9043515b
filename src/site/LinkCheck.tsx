import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { siteVerdict } from './siteVerdict';
import { VerdictMessage } from './VerdictMessage';

/**
 * A field to check a link before opening it: a letter, an e-mail or a text
 * message may carry a lookalike address. Nothing is opened, sent or stored.
 */
export function LinkCheck() {
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
        {text.trim() !== '' && <VerdictMessage verdict={siteVerdict(text)} unknownText={t('site_link_unknown')} />}
      </div>
    </div>
  );
}
