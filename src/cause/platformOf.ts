// The person's system, for the remedy that fits their keys.
export type Platform = 'windows' | 'mac' | 'chromeos' | 'linux' | 'android' | 'ios' | 'other';

/**
 * The platform from `navigator.userAgentData?.platform ?? navigator.platform`:
 * "Windows", "macOS", "Chrome OS"/"ChromeOS", "Linux", "Android" (Client
 * Hints), or "Win32", "MacIntel", "Linux x86_64", "iPhone" (the old property).
 * Firefox has no userAgentData; on Android it reports "Linux armv8l" or
 * "Linux aarch64", so an ARM Linux is taken as Android (the rarer ARM
 * desktop gets the globe-key remedy too).
 */
export function platformOf(platform: string | undefined): Platform {
  const p = platform ?? '';
  if (/android/i.test(p)) return 'android';
  if (/iphone|ipad|ipod|^ios/i.test(p)) return 'ios';
  if (/mac/i.test(p)) return 'mac';
  if (/^win/i.test(p)) return 'windows';
  if (/cros|chrome ?os/i.test(p)) return 'chromeos';
  if (/linux.*(arm|aarch64)/i.test(p)) return 'android';
  if (/linux|x11|bsd/i.test(p)) return 'linux';
  return 'other';
}

/** The platform of the browser this runs in. */
export function currentPlatform(): Platform {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  // || rather than ??: Client Hints give "" where they are withheld.
  return platformOf(nav?.userAgentData?.platform || nav?.platform);
}
