import { clinicDetails, hasClinicDetails } from '@/src/clinic/clinicStorage';
import { useStorageItem } from '@/src/clinic/useStorageItem';
import type { Say } from './say';

interface Props {
  /** One Say per printed language. */
  says: readonly Say[];
}

// A value typed by the clinic keeps its own direction inside Arabic text:
// a phone number stays "(555) 010-0199", not reordered (first-strong isolate;
// `t` does the same for a right-to-left sentence, this is for the two-language line).
const isolate = (value: string) => `\u2068${value}\u2069`;

/** The clinic's own name, phone and hours (set on the options page), at the top of the checklist. */
export function ClinicHeader({ says }: Props) {
  const details = useStorageItem(clinicDetails);
  if (!hasClinicDetails(details)) return null;
  // One language: "Phone: …" in its own words; two: "Phone / الهاتف: …", the value once.
  const line = (key: 'clinic_print_phone' | 'clinic_print_hours', label: 'clinic_details_phone' | 'clinic_details_hours', value: string) =>
    says.length === 1 ? says[0]!(key, value) : `${says.map((say) => say(label)).join(' / ')}: ${isolate(value)}`;
  return (
    <header class="clinic-header">
      {details.name.trim() && <p class="clinic-header-name">{details.name}</p>}
      {details.phone.trim() && <p>{line('clinic_print_phone', 'clinic_details_phone', details.phone)}</p>}
      {details.hours.trim() && <p>{line('clinic_print_hours', 'clinic_details_hours', details.hours)}</p>}
    </header>
  );
}
