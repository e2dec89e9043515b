import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/src/i18n/t';
import { clinicMode } from './clinicStorage';
import { releaseClinicPermissions, requestClinicPermissions } from './clinicPermissions';
import { useStorageItem } from './useStorageItem';
import './ClinicModeSetting.css';

interface Props {
  /** Offer a way to the options page (the popup); the options page itself does not. */
  linkToOptions?: boolean;
}

/** "This is a shared computer": off by default; turning it on asks for the browsingData and history permissions, with the reason beside it. */
export function ClinicModeSetting({ linkToOptions = true }: Props) {
  const on = useStorageItem(clinicMode);
  const [status, setStatus] = useState<MessageKey | null>(null);

  const change = (checked: boolean) => {
    if (checked) {
      // Saved first: Firefox may close the popup to show its prompt.
      void clinicMode.setValue(true);
      void requestClinicPermissions().then((granted) => setStatus(granted ? 'clinic_mode_on' : 'clinic_mode_no_permission'));
    } else {
      void clinicMode.setValue(false);
      void releaseClinicPermissions();
      setStatus('clinic_mode_off');
    }
  };

  return (
    <div class="clinic-mode">
      <p class="clinic-mode-toggle">
        <input
          type="checkbox"
          id="clinic-mode"
          checked={on}
          aria-describedby="clinic-mode-reason"
          onChange={(event) => change(event.currentTarget.checked)}
        />{' '}
        <label for="clinic-mode">{t('clinic_mode_label')}</label>
      </p>
      <p id="clinic-mode-reason" class="clinic-mode-reason">
        {t('clinic_mode_reason')}
      </p>
      <p role="status" class="clinic-mode-status">
        {status && t(status)}
      </p>
      {linkToOptions && (
        <p>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('clinic_open_options')}
          </button>
        </p>
      )}
    </div>
  );
}
