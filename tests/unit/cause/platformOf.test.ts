import { describe, expect, it } from 'vitest';
import { platformOf, type Platform } from '@/src/cause/platformOf';

const rows: Array<[string | undefined, Platform]> = [
  // navigator.userAgentData.platform (Client Hints, Chromium browsers)
  ['Windows', 'windows'],
  ['macOS', 'mac'],
  ['Chrome OS', 'chromeos'],
  ['ChromeOS', 'chromeos'],
  ['Linux', 'linux'],
  ['Android', 'android'],
  // navigator.platform (Firefox, older browsers)
  ['Win32', 'windows'],
  ['MacIntel', 'mac'],
  ['Linux x86_64', 'linux'],
  ['CrOS x86_64', 'chromeos'],
  ['iPhone', 'ios'],
  ['iPad', 'ios'],
  // Firefox for Android reports an ARM Linux
  ['Linux armv8l', 'android'],
  ['Linux aarch64', 'android'],
  ['FreeBSD amd64', 'linux'],
  // Nothing to go by
  ['', 'other'],
  [undefined, 'other'],
];

describe('platformOf', () => {
  it.each(rows)('%j is %s', (platform, expected) => {
    expect(platformOf(platform)).toBe(expected);
  });
});
