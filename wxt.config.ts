import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rollup } from 'vite';
import { USCIS_PAGES } from './src/site/uscisPages';

// Locale tables bundled into the pages and the background carry only what
// `t` reads: each message's description is for translators and stays in
// `_locales` (it is half of every file).
// The background's copy for content scripts (`?content-script`) also leaves
// out the messages only the extension's pages show (clinic mode, the
// settings page, the printed checklist).
const PAGE_ONLY = /^(clinic|options|handout|print)_/;
const messagesForRuntime = (): Plugin => ({
  name: 'messages-for-runtime',
  enforce: 'pre',
  transform(code, id) {
    const match = /_locales\/[^/]+\/messages\.json(\?content-script)?$/.exec(id);
    if (!match) return undefined;
    const table = JSON.parse(code) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    const runtime = Object.fromEntries(
      Object.entries(table)
        .filter(([key]) => !(match[1] && PAGE_ONLY.test(key)))
        .map(([key, { message, placeholders }]) => [
        key,
        placeholders
          ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name, { content: p.content }])) }
          : { message },
      ]),
    );
    return { code: JSON.stringify(runtime), map: null };
  },
});

// Vite writes a page's style sheet links from a cache that all pages share,
// filled in whichever order the pages finish building (vitejs/vite#4890), so
// the same sources could give the checklist its shared base styles after the
// list's own: the cascade changed, and the Firefox package did not rebuild
// byte for byte from the sources zip. Each page's links are written again in
// its own import order: depth first from the page's script, a chunk's imports
// before its own styles, each sheet once.
const stylesheetsInImportOrder = (): Plugin => ({
  name: 'stylesheets-in-import-order',
  enforce: 'post',
  generateBundle(_, bundle: Rollup.OutputBundle) {
    for (const page of Object.values(bundle)) {
      if (page.type !== 'asset' || !page.fileName.endsWith('.html') || typeof page.source !== 'string') continue;
      const script = /<script type="module"[^>]* src="\/([^"]+)"/.exec(page.source)?.[1];
      const entry = script && bundle[script];
      if (!entry || entry.type !== 'chunk') continue;
      const sheets: string[] = [];
      const walked = new Set<string>();
      const walk = (chunk: Rollup.OutputChunk) => {
        if (walked.has(chunk.fileName)) return;
        walked.add(chunk.fileName);
        for (const name of chunk.imports) {
          const imported = bundle[name];
          if (imported?.type === 'chunk') walk(imported);
        }
        for (const sheet of chunk.viteMetadata?.importedCss ?? []) if (!sheets.includes(sheet)) sheets.push(sheet);
      };
      walk(entry);
      const link = /<link rel="stylesheet"[^>]* href="\/([^"]+)">/g;
      const written = [...page.source.matchAll(link)].map((match) => match[1]);
      if (written.toSorted().join() !== sheets.toSorted().join()) {
        this.error(`${page.fileName}: its style sheets (${written.join(', ')}) are not those its scripts import (${sheets.join(', ')})`);
      }
      let next = 0;
      page.source = page.source.replace(link, (tag, sheet: string) => tag.replace(sheet, sheets[next++]!));
    }
  },
});

// Clinic mode's optional permissions (src/clinic/clinicPermissions.ts),
// asked for when a person turns clinic mode on: `browsingData` removes
// USCIS's cookies and site data, `history` deletes USCIS's addresses from
// the browser's history (found with history.search, picked by host, each
// deleted with history.deleteUrl; other sites' history stays).
const CLINIC_PERMISSIONS = ['browsingData', 'history'];

// Host access is uscis.gov only (the content script's matches); the popup reads
// the open tab's address through activeTab, never a broad host permission.
// `contextMenus` gives the "Help with this box" item on uscis.gov text boxes
// (src/site/boxMenu.ts). It cannot be optional: Firefox does not accept it
// in optional_permissions. Firefox for Android has no menus API and ignores
// the permission with a warning (the add-on installs and runs); there the
// popup's "Help with the box I clicked last" is the way in.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // Asked for only when a person turns clinic mode on. (The clinic e2e
    // tests grant them at install in copies of the builds:
    // scripts/grant-optional-permissions.mjs.)
    optional_permissions: CLINIC_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
    // The panel's frame (an extension page the content script puts beside a
    // field) and the panel bundle (import()ed by the content script), for
    // uscis.gov pages only. Chrome serves them at an address that changes per
    // session (use_dynamic_url), so a page cannot probe for the extension by a
    // fixed address; Firefox's address is random per install already.
    web_accessible_resources: [{ resources: ['panel-frame.html', 'panel.js'], matches: USCIS_PAGES, ...(browser !== 'firefox' && { use_dynamic_url: true }) }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'access-code-helper@access-code-helper.org',
          // storage.session and data_collection_permissions both need 140+.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // Vite's modulepreload polyfill is the only `fetch` in our bundles (it
  // preloads our own chunks). Every browser we support preloads natively, so
  // it goes: the shipped code makes no request of any kind.
  vite: () => ({
    build: { modulePreload: { polyfill: false } },
    plugins: [messagesForRuntime(), stylesheetsInImportOrder()],
    resolve: {
      // WXT's content-script context announces the extension id to the page
      // and lets the page stop us (see src/context/ContentScriptContext.ts);
      // its generated entry gets our quiet one instead.
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('src/context/ContentScriptContext.ts', import.meta.url)) }],
    },
  }),
  zip: {
    // mv2 and mv3 Firefox zips would otherwise share one name.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The sources zip is what addons.mozilla.org reviewers rebuild from
    // (README-REVIEWERS.md, package-lock.json and everything the build reads);
    // the store pictures are not needed for that.
    excludeSources: ['.output/**', 'coverage/**', 'test-results/**', '.e2e-profile*/**', 'store/screenshots/**', 'store/*.png'],
  },
});
