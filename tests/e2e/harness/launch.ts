import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Session } from './tab';

/** Every browser and build the extension ships for. */
export const TARGETS = ['chromium', 'firefox-mv2', 'firefox-mv3'] as const;
export type Target = (typeof TARGETS)[number];

export function launch(target: Target): Promise<Session> {
  return target === 'chromium' ? launchChromium() : launchFirefox(target);
}
