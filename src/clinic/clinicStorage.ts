import { storage } from 'wxt/utils/storage';
import type { StartOverResult } from './startOverResult';

// Everything clinic mode keeps in the browser's storage, in one place: a
// preference, the clinic's own details, and two facts for Start over. Never
// anything a person typed.

// "This is a shared computer": off unless a person turns it on, so nobody at
// home is signed out of USCIS by surprise. A preference, kept in storage.local.
export const clinicMode = storage.defineItem<boolean>('local:clinicMode', { fallback: false });

/** The clinic's own details, printed at the top of the checklist. Nothing about the people it helps. */
export interface ClinicDetails {
  name: string;
  phone: string;
  hours: string;
}

export const noClinicDetails: ClinicDetails = { name: '', phone: '', hours: '' };

export const clinicDetails = storage.defineItem<ClinicDetails>('local:clinicDetails', { fallback: noClinicDetails });

export const hasClinicDetails = (details: ClinicDetails) => Object.values(details).some((value) => value.trim() !== '');

// That the code checker wrote to the clipboard in this browser session, so
// Start over on a shared computer knows to empty it. Only that it happened:
// not the code, not a hash of it (a short code's hash is as good as the code).
// Comparing with what the clipboard holds now would need the `clipboardRead`
// permission, which would let the helper read anything copied; it does not ask for it.
export const checkerCopied = storage.defineItem<boolean>('session:checkerCopied', { fallback: false });

// What the last Start over did, kept by the background until a page shows
// it: closing the active USCIS tab closes the toolbar popup in Chrome, so
// the popup that asked may not be there to hear. Item names and outcomes
// only, for this browser session.
export const lastStartOver = storage.defineItem<StartOverResult[]>('session:lastStartOver');
