import { storage } from 'wxt/utils/storage';

/** The clinic's own details, printed at the top of the checklist. Nothing about the people it helps. */
export interface ClinicDetails {
  name: string;
  phone: string;
  hours: string;
}

export const noClinicDetails: ClinicDetails = { name: '', phone: '', hours: '' };

export const clinicDetails = storage.defineItem<ClinicDetails>('local:clinicDetails', { fallback: noClinicDetails });

export const hasClinicDetails = (details: ClinicDetails) => Object.values(details).some((value) => value.trim() !== '');
