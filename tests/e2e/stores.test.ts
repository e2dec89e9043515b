import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDir } from './harness/browsers';

// What the stores receive, read from the builds: every permission any built
// manifest asks for (also optional and host ones, and the hosts the content
// script runs on) has its justification for the Chrome dashboard's Privacy
// tab; the Chrome zip is also the Edge package; the MV2 build (the one
// addons.mozilla.org lists) installs on Firefox for Android.
const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  update_url?: string;
  browser_specific_settings?: { gecko_android?: { strict_min_version?: string } };
}
interface Privacy { singlePurpose: string; permissions: Record<string, string>; hostPermissions: Record<string, string> }

const manifestOf = (target: (typeof TARGETS)[number]) => JSON.parse(readFileSync(`${buildDir(target)}/manifest.json`, 'utf8')) as Manifest;
const privacy = JSON.parse(readFileSync(new URL('../../store/privacy.en.json', import.meta.url), 'utf8')) as Privacy;

// MV2 lists host patterns among `permissions`; anything with :// is a host.
const isHost = (permission: string) => permission.includes('://') || permission === '<all_urls>';

describe.each(TARGETS)('the %s manifest, as the stores see it', (target) => {
  const manifest = manifestOf(target);
  const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const hosts = [
    ...asked.filter(isHost),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ];

  it('asks for no permission without a justification in store/privacy.en.json', () => {
    expect(asked.filter((p) => !isHost(p) && !privacy.permissions[p]?.trim())).toEqual([]);
  });

  it('reaches no host without a justification in store/privacy.en.json', () => {
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((h) => !privacy.hostPermissions[h]?.trim())).toEqual([]);
  });

  it.runIf(target === 'chrome-mv3')('has no update_url, so the same zip is the Edge package (both stores update it themselves)', () => {
    expect(manifest.update_url).toBeUndefined();
  });

  it.runIf(target === 'firefox-mv2')('installs on Firefox for Android (gecko_android)', () => {
    expect(manifest.browser_specific_settings?.gecko_android?.strict_min_version).toMatch(/^\d+\.\d+$/);
  });
});

it('has a single-purpose statement', () => {
  expect(privacy.singlePurpose.length).toBeGreaterThan(80);
});
