import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { StartOverPlan } from './startOverOnSharedComputer';
import './StartOver.css';

interface Props {
  /** Open when there is a plan. */
  plan: StartOverPlan | null;
  onConfirm(formData: boolean): void;
  onCancel(): void;
}

/** Says exactly what Start over will do on a shared computer, before it does it. */
export function StartOverDialog({ plan, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [formData, setFormData] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (plan && !element.open) {
      setFormData(false);
      element.showModal();
    } else if (!plan && element.open) element.close();
  }, [plan]);

  return (
    <dialog ref={dialog} class="start-over-dialog" aria-labelledby="start-over-title" onCancel={onCancel}>
      {plan && (
        <form method="dialog" onSubmit={(event) => event.preventDefault()}>
          <h2 id="start-over-title">{t('clinic_confirm_title')}</h2>
          <p>{t('clinic_confirm_intro')}</p>
          <ul class="start-over-plan">
            <li>{t('clinic_will_clear')}</li>
            <li>{t(plan.signOut ? 'clinic_will_sign_out' : 'clinic_will_not_sign_out')}</li>
            {plan.signOut && plan.keepsCache && <li>{t('clinic_will_keep_cache')}</li>}
            <li>{plan.tabs > 0 ? t('clinic_will_close_tabs', plan.tabs) : t('clinic_will_close_no_tabs')}</li>
            <li>{t('clinic_will_language')}</li>
            {plan.clipboard && <li>{t('clinic_will_clipboard')}</li>}
          </ul>
          {plan.signOut && (
            <p class="start-over-form-data">
              <input
                type="checkbox"
                id="start-over-form-data"
                checked={formData}
                onChange={(event) => setFormData(event.currentTarget.checked)}
              />{' '}
              <label for="start-over-form-data">{t('clinic_form_data')}</label>
            </p>
          )}
          <p class="start-over-buttons">
            <button type="button" class="start-over-confirm" onClick={() => onConfirm(formData)}>
              {t('clinic_confirm_go')}
            </button>{' '}
            <button type="button" onClick={onCancel}>
              {t('clinic_confirm_cancel')}
            </button>
          </p>
        </form>
      )}
    </dialog>
  );
}
