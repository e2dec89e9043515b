import { browser } from 'wxt/browser';

// The optional permissions clinic mode asks for, each with what Start over
// does with it (store/privacy.en.json says the same to the stores):
// - browsingData: removes USCIS's cookies and site data (and, if ticked,
//   every site's saved form entries; in Firefox, every site's cache);
// - history: finds the USCIS addresses in the browser's history and deletes
//   them, one by one; other sites' history stays, and nothing read is kept.
// Firefox for Android grants neither as an optional permission (and has no
// history API): there the report says what is left and how to remove it.
export type ClinicPermission = 'browsingData' | 'history';
export const CLINIC_PERMISSIONS: readonly ClinicPermission[] = ['browsingData', 'history'];

/**
 * Asks for both in one prompt. Call it straight from the click or change
 * that turns clinic mode on, before anything is awaited: the browsers grant
 * a request only during a person's gesture. Firefox may close the popup to
 * show its prompt, so the setting is saved before asking. False when
 * refused, or where the browser cannot grant them.
 */
export function requestClinicPermissions(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: [...CLINIC_PERMISSIONS] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives them back when clinic mode is turned off. */
export function releaseClinicPermissions(): Promise<void> {
  try {
    return browser.permissions.remove({ permissions: [...CLINIC_PERMISSIONS] }).then(
      () => {},
      () => {},
    );
  } catch {
    return Promise.resolve();
  }
}

/** The API is there and the permission is held. */
export async function mayUse(permission: ClinicPermission): Promise<boolean> {
  try {
    return (browser as unknown as Record<string, unknown>)[permission] !== undefined && (await browser.permissions.contains({ permissions: [permission] }));
  } catch {
    return false;
  }
}
