import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDir } from './harness/browsers';

// The built manifests ask for the least: storage, activeTab, contextMenus and
// uscis.gov, and browsingData and history only as optional permissions, asked
// for when a person turns clinic mode on.
// Read from the builds (what the stores receive), not from wxt.config.ts, so
// a module or a WXT default that adds a permission is caught too.
const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const;
const USCIS = 'https://*.uscis.gov/*';
const USCIS_ANY_SCHEME = '*://*.uscis.gov/*'; // https and http
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  content_scripts?: Array<{ matches: string[]; exclude_matches?: string[] }>;
  web_accessible_resources?: Array<string | { resources: string[]; matches?: string[]; extension_ids?: string[] }>;
  content_security_policy?: string | Record<string, string>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
};

const manifestOf = (target: (typeof TARGETS)[number]) =>
  JSON.parse(readFileSync(`${buildDir(target)}/manifest.json`, 'utf8')) as Manifest;

// Every top-level key a build may have. A key not listed here (an
// `externally_connectable`, `optional_permissions`, `host_permissions`,
// `content_security_policy`, `devtools_page` ...) fails the test until
// someone has looked at what it grants and added it with a reason.
const ALLOWED_KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'icons',
  'default_locale',
  'permissions', // checked exactly below
  'optional_permissions', // checked exactly below: browsingData and history, for clinic mode
  'options_ui', // the settings page (clinic mode, the clinic's details), an extension page in a tab
  'action', // MV3 toolbar button and popup
  'browser_action', // the same in MV2
  'background', // an empty-handed service worker / event page (see entrypoints/background.ts)
  'content_scripts', // checked below: uscis.gov only
  'web_accessible_resources', // checked below: the panel's frame and bundle, to uscis.gov only where the manifest can say so
  'browser_specific_settings', // Firefox id and data collection, checked below
]);

// Files a uscis.gov page may load from the extension, each with its reason.
const SHARED_RESOURCES: Record<string, string> = {
  'panel-frame.html': 'the panel, an extension page framed beside a watched field (src/page/panelFrameHost.ts, docs/PANEL.md); it loads its own fonts and scripts from the extension, which need not be shared',
  'panel.js': 'the inspector bundle, import()ed by the content script into its own isolated world when a watched field gets focus (src/page/loadPanelApi.ts)',
};

describe.each(TARGETS)('manifest, %s', (target) => {
  const manifest = manifestOf(target);

  it('has no key beyond the reviewed ones', () => {
    expect(Object.keys(manifest).filter((k) => !ALLOWED_KEYS.has(k))).toEqual([]);
  });

  it('asks for storage, activeTab and contextMenus only, and browsingData and history only when clinic mode is turned on', () => {
    // No `tabs`, `scripting`, `<all_urls>`, host patterns (MV2 lists hosts here) ...
    // contextMenus: the "Help with this box" item on text boxes of uscis.gov
    // pages (src/site/boxMenu.ts, limited there by documentUrlPatterns). It
    // reads nothing and shows no install prompt; Firefox does not accept it
    // as an optional permission, and Firefox for Android ignores it.
    expect(manifest.permissions?.toSorted()).toEqual(['activeTab', 'contextMenus', 'storage']);
    // Start over on a shared computer removes uscis.gov's cookies and site
    // data (src/clinic/signOutOfUscis.ts); closing USCIS tabs needs no
    // permission (the content script says which tabs are USCIS); history
    // deletes USCIS's addresses from the browser's history, one by one
    // (src/clinic/removeUscisHistory.ts). Both requested from the clinic mode
    // checkbox (src/clinic/clinicPermissions.ts).
    expect(manifest.optional_permissions).toEqual(['browsingData', 'history']);
    // Named so the failure says which, should the key check above ever be relaxed.
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('runs its content scripts on uscis.gov only: the helper on https pages, the origin announcer on http and https pages', () => {
    const scripts = Object.fromEntries((manifest.content_scripts ?? []).map((script) => [(script as { js?: string[] }).js?.join(), script]));
    expect(Object.keys(scripts).toSorted()).toEqual(['content-scripts/uscis-origin.js', 'content-scripts/uscis.js']);
    expect(scripts['content-scripts/uscis.js']!.matches).toEqual([USCIS]);
    // Start over removes the site data of every USCIS origin a frame loaded,
    // plain http too (src/clinic/uscisTabs.ts); the announcer runs at
    // document_start and says only that a USCIS page is here.
    expect(scripts['content-scripts/uscis-origin.js']!.matches).toEqual([USCIS_ANY_SCHEME]);
    expect((scripts['content-scripts/uscis-origin.js'] as { run_at?: string }).run_at).toBe('document_start');
  });

  it('shares only the panel\'s frame and bundle, and with uscis.gov only where the manifest can say so', () => {
    const entries = manifest.web_accessible_resources ?? [];
    const resources = entries.flatMap((e) => (typeof e === 'string' ? [e] : e.resources));
    expect(resources.filter((r) => !(r in SHARED_RESOURCES))).toEqual([]);
    for (const entry of entries) {
      // MV2 has no `matches` here (a plain list); Firefox gives each install a
      // random moz-extension:// UUID, so other sites cannot find the file to probe for us.
      if (typeof entry === 'string') expect(manifest.manifest_version).toBe(2);
      else expect({ matches: entry.matches, extension_ids: entry.extension_ids }).toEqual({ matches: [USCIS], extension_ids: undefined });
      // Chrome: an address that changes per session, so a page cannot probe for the extension by a fixed one.
      if (typeof entry !== 'string' && target === 'chrome-mv3') expect((entry as { use_dynamic_url?: boolean }).use_dynamic_url).toBe(true);
    }
  });

  it('keeps the browser\'s default Content-Security-Policy (no loosening)', () => {
    // The default (`script-src 'self'`, no eval, no remote code) is the
    // strictest an extension page can have; any policy we set could only add.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('opens its settings page in a tab, an extension page of its own', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('takes its version from package.json', () => {
    expect(manifest.version).toBe(pkg.version);
  });

  it.runIf(target.startsWith('firefox'))('has a fixed Firefox id and declares no data collection', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('access-code-helper@access-code-helper.org');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
