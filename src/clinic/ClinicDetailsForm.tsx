import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/src/i18n/t';
import { type ClinicDetails, clinicDetails } from './clinicStorage';
import { useStorageItem } from './useStorageItem';

const FIELDS: ReadonlyArray<{ name: keyof ClinicDetails; label: MessageKey; autocomplete: string; inputMode: 'text' | 'tel' }> = [
  { name: 'name', label: 'clinic_details_name', autocomplete: 'organization', inputMode: 'text' },
  { name: 'phone', label: 'clinic_details_phone', autocomplete: 'tel', inputMode: 'tel' },
  { name: 'hours', label: 'clinic_details_hours', autocomplete: 'off', inputMode: 'text' },
];

/** The clinic's name, phone and hours, saved as they are typed (storage.local). */
export function ClinicDetailsForm() {
  const stored = useStorageItem(clinicDetails);
  // What is typed here wins over the stored copy until it is saved, so quick typing loses nothing.
  const [draft, setDraft] = useState<ClinicDetails | null>(null);
  const details = draft ?? stored;
  const [saved, setSaved] = useState(false);
  const save = (name: keyof ClinicDetails, value: string) => {
    const next = { ...details, [name]: value };
    setDraft(next);
    setSaved(false);
    void clinicDetails.setValue(next).then(() => setSaved(true));
  };
  return (
    <section class="clinic-details" aria-labelledby="clinic-details-heading">
      <h2 id="clinic-details-heading">{t('clinic_details_heading')}</h2>
      <p id="clinic-details-intro">{t('clinic_details_intro')}</p>
      {FIELDS.map((field) => (
        <p key={field.name}>
          <label for={`clinic-${field.name}`}>{t(field.label)}</label>
          <input
            id={`clinic-${field.name}`}
            type="text"
            inputMode={field.inputMode}
            autocomplete={field.autocomplete}
            maxLength={120}
            aria-describedby="clinic-details-intro"
            value={details[field.name]}
            onInput={(event) => save(field.name, event.currentTarget.value)}
          />
        </p>
      ))}
      <p role="status">{saved ? t('clinic_details_saved') : ''}</p>
    </section>
  );
}
