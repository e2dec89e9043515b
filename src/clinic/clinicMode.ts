import { storage } from 'wxt/utils/storage';

// "This is a shared computer": off unless a person turns it on, so nobody at
// home is signed out of USCIS by surprise. A preference, kept in storage.local.
export const clinicMode = storage.defineItem<boolean>('local:clinicMode', { fallback: false });
