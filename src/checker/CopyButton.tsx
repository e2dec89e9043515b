import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { checkerCopied } from '@/src/clinic/clinicStorage';

interface Props {
  value: string;
  /** The value has certain fixes applied, so the label says "corrected". */
  cleaned: boolean;
}

/** Copies the code to the clipboard and says whether it worked. */
export function CopyButton({ value, cleaned }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      // Only that a copy happened, for Start over on a shared computer (see checkerCopied).
      void checkerCopied.setValue(true);
      setStatus(t('checker_copied'));
    } catch {
      setStatus(t('checker_copy_failed'));
    }
  };
  return (
    <p class="copy">
      <button type="button" class="copy-button" onClick={copy}>
        {t(cleaned ? 'checker_copy_cleaned' : 'checker_copy')}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
