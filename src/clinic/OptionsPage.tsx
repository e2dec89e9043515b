import { t } from '@/src/i18n/t';
import '@/src/popup/theme.css';
import { ClinicDetailsForm } from './ClinicDetailsForm';
import { ClinicModeSetting } from './ClinicModeSetting';
import './OptionsPage.css';

/** The settings page: clinic mode, and the clinic's own details for the printed checklist. */
export function OptionsPage() {
  return (
    <main class="ach-page options-page">
      <h1>{t('options_title')}</h1>
      <p class="unofficial">{t('popup_unofficial')}</p>
      <section aria-labelledby="options-clinic-heading">
        <h2 id="options-clinic-heading">{t('options_clinic_heading')}</h2>
        <ClinicModeSetting linkToOptions={false} />
      </section>
      <ClinicDetailsForm />
    </main>
  );
}
