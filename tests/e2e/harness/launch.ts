import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Session } from './tab';

/** Every browser and build the extension ships for. */
export const BUILDS = ['chromium', 'firefox-mv2', 'firefox-mv3'] as const;
export type Target = (typeof BUILDS)[number];

/**
 * Which builds a behaviour is tested on: once in Chromium, and once per
 * Firefox behaviour that differs, not once per build. The firefox-mv2 and
 * firefox-mv3 builds hold the same files but the manifest (bundles.test.ts
 * fails if that ever changes), so what the content script does in a page is
 * the same in both.
 */
export const TARGETS_FOR = {
  /**
   * What the content script does in a page (finding the field, findings,
   * fixes, the panel, isolation): Chromium, and firefox-mv2, the Firefox
   * package addons.mozilla.org lists.
   */
  page: ['chromium', 'firefox-mv2'],
  /**
   * What the manifest decides, which differs between the builds: where the
   * script is injected (matches, host permissions), what the page may load
   * of ours (web_accessible_resources: panel.js, fonts), the background
   * (a persistent page in mv2, an event page in mv3), permissions.
   */
  manifest: BUILDS,
} as const satisfies Record<string, readonly Target[]>;

/** The targets of a page-behaviour test, most e2e files: TARGETS_FOR.page. */
export const TARGETS = TARGETS_FOR.page;

export type FirefoxTarget = Exclude<Target, 'chromium'>;
/** The Firefox builds of a list, for a file that launches Firefox apart from Chromium. */
export const firefoxIn = (targets: readonly Target[]): FirefoxTarget[] => targets.filter((t): t is FirefoxTarget => t !== 'chromium');

export function launch(target: Target): Promise<Session> {
  return target === 'chromium' ? launchChromium() : launchFirefox(target);
}
