import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/src/i18n/t';
import type { StartOverChoices } from '@/src/protocol/messages';
import type { StartOverPlan } from './startOverOnSharedComputer';
import './StartOver.css';

interface Props {
  /** Open when there is a plan. */
  plan: StartOverPlan | null;
  onConfirm(choices: StartOverChoices): void;
  onCancel(): void;
}

// On a shared computer the last person's form entries go unless unticked
// (the label says every site's go: the browsers allow no less); Firefox's
// cache of every site only if ticked.
const DEFAULT_CHOICES: StartOverChoices = { formData: true, cache: false };

const TICKS: ReadonlyArray<{ name: keyof StartOverChoices; label: MessageKey }> = [
  { name: 'formData', label: 'clinic_form_data' },
  { name: 'cache', label: 'clinic_cache' },
];

/** Says exactly what Start over will do on a shared computer, before it does it. */
export function StartOverDialog({ plan, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<StartOverChoices>(DEFAULT_CHOICES);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (plan && !element.open) {
      setChoices(DEFAULT_CHOICES);
      element.showModal();
    } else if (!plan && element.open) element.close();
  }, [plan]);

  // Without browsingData there is nothing to tick; with it, the cache tick is Firefox's only.
  const ticks = TICKS.filter(({ name }) => plan?.signOut && (name !== 'cache' || plan.cacheForEverySite));
  return (
    <dialog ref={dialog} class="start-over-dialog" aria-labelledby="start-over-title" onCancel={onCancel}>
      {plan && (
        <form method="dialog" onSubmit={(event) => event.preventDefault()}>
          <h2 id="start-over-title">{t('clinic_confirm_title')}</h2>
          <p>{t('clinic_confirm_intro')}</p>
          <ul class="start-over-plan">
            <li>{t('clinic_will_clear')}</li>
            <li>{t(plan.signOut ? 'clinic_will_sign_out' : 'clinic_will_not_sign_out')}</li>
            {plan.signOut && plan.cacheForEverySite && !choices.cache && <li>{t('clinic_will_keep_cache')}</li>}
            {plan.signOut && plan.cacheForEverySite && <li>{t('clinic_will_keep_cache_storage')}</li>}
            <li>{t(plan.history ? 'clinic_will_history' : 'clinic_will_not_history')}</li>
            <li>{plan.tabs > 0 ? t('clinic_will_close_tabs', plan.tabs) : t('clinic_will_close_no_tabs')}</li>
            <li>{t('clinic_will_language')}</li>
            {plan.clipboard && <li>{t('clinic_will_clipboard')}</li>}
          </ul>
          {ticks.map(({ name, label }) => (
            <p key={name} class="start-over-form-data">
              <input
                type="checkbox"
                id={`start-over-${name}`}
                checked={choices[name]}
                onChange={(event) => setChoices({ ...choices, [name]: event.currentTarget.checked })}
              />{' '}
              <label for={`start-over-${name}`}>{t(label)}</label>
            </p>
          ))}
          <p class="start-over-buttons">
            <button type="button" class="start-over-confirm" onClick={() => onConfirm(choices)}>
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
