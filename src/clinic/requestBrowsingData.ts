import { browser } from 'wxt/browser';

/**
 * Asks for the optional `browsingData` permission. Call it straight from the
 * click or change that turns clinic mode on, before anything is awaited: the
 * browsers grant the request only during a person's gesture. Firefox may
 * close the popup to show its prompt, so the setting is saved before asking.
 * False when refused, and on Firefox for Android, which has no optional browsingData.
 */
export function requestBrowsingData(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['browsingData'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives the permission back when clinic mode is turned off. */
export function releaseBrowsingData(): Promise<void> {
  try {
    return browser.permissions.remove({ permissions: ['browsingData'] }).then(
      () => {},
      () => {},
    );
  } catch {
    return Promise.resolve();
  }
}
