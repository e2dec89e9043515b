import { clinicDetails, hasClinicDetails } from '@/src/clinic/clinicDetails';
import { useStorageItem } from '@/src/clinic/useStorageItem';
import type { Say } from './say';

interface Props {
  /** One Say per printed language; labels are given in each, joined by " / ". */
  says: readonly Say[];
}

/** The clinic's own name, phone and hours (set on the options page), at the top of the checklist. */
export function ClinicHeader({ says }: Props) {
  const details = useStorageItem(clinicDetails);
  if (!hasClinicDetails(details)) return null;
  const both = (key: 'clinic_print_phone' | 'clinic_print_hours', value: string) => says.map((say) => say(key, value)).join(' / ');
  return (
    <header class="clinic-header">
      {details.name.trim() && <p class="clinic-header-name">{details.name}</p>}
      {details.phone.trim() && <p>{both('clinic_print_phone', details.phone)}</p>}
      {details.hours.trim() && <p>{both('clinic_print_hours', details.hours)}</p>}
    </header>
  );
}
