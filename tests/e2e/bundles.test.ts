import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir } from './harness/browsers';

// The shipped code cannot reach the network: no request API and no remote
// address anywhere in the built scripts, pages and style sheets, except the
// official links shown to people. Read from the builds, so code that a
// dependency or a bundler default brings in is caught too.
const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const;

// Every way a script can send or fetch. Whole words, so `prefetch` or a
// property named `fetched` would not count; none of them is in our bundles
// today (Vite's modulepreload polyfill was the one `fetch`; wxt.config.ts turns it off).
const REQUEST_APIS = /\b(?:fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|WebTransport|RTCPeerConnection|importScripts)\b/g;

// Anything that looks like an address with a scheme, up to the first
// character an address cannot hold unescaped (a translated text may go on
// right after a bare scheme: Korean "https://를").
const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[\w\-.~:/?#[\]@!$&*+,;=%{}]*/g;

/** Why an address in the bundles is not a request, or null if it is not allowed. */
function allowance(address: string): string | null {
  // Preact's XML namespaces for SVG, MathML and XHTML elements: names, never fetched.
  if (['http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml'].includes(address)) {
    return 'namespace';
  }
  // WXT's storage (settings and ticks) names its documentation in the text of
  // an error it throws outside an extension: words in a message, never fetched.
  if (['https://github.com/wxt-dev/wxt/issues/371', 'https://wxt.dev/guide/go-further/testing.html'].includes(address)) return 'error text';
  // src/site gives a link pasted without a scheme one before parsing it
  // (`https://${typed}`) to judge whether it is USCIS; it is never requested.
  if (address.startsWith('https://${')) return 'template';
  // A bare scheme in text shown to people ("open the address with https:// in
  // front"). Limit: an address written with a non-ASCII host would also end
  // here; the request-API scan above still stands guard against using one.
  if (/^https?:\/\/$/.test(address)) return 'scheme';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  // Documentation domains (RFC 2606), which no one can own: the lookalike
  // example in the locale texts, https://uscis.gov@example.com.
  if (/(?:^|\.)example(?:\.(?:com|org|net))?$/.test(url.hostname)) return 'example';
  // Links shown to people (help pages) and the content script's match
  // pattern: https on uscis.gov or dhs.gov and their subdomains only.
  if (url.protocol === 'https:' && /(?:^|\.)(?:uscis|dhs)\.gov$/.test(url.hostname)) return 'official';
  return null;
}

function scan(text: string): { apis: string[]; addresses: string[] } {
  return {
    apis: [...text.matchAll(REQUEST_APIS)].map((m) => m[0]),
    addresses: [...text.matchAll(ADDRESS)].map((m) => m[0]).filter((a) => allowance(a) === null),
  };
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:js|html|css)$/.test(f))
    .map((f) => join(dir, f));
}

describe('the bundle scanner', () => {
  // The scanner itself, so a pattern that matches nothing cannot pass silently.
  const cases: Array<{ code: string; apis: string[]; addresses: string[] }> = [
    { code: 'fetch(u,{method:"POST"})', apis: ['fetch'], addresses: [] }, // plain fetch
    { code: 'navigator.sendBeacon("/x",d)', apis: ['sendBeacon'], addresses: [] }, // beacon
    { code: 'new XMLHttpRequest', apis: ['XMLHttpRequest'], addresses: [] }, // XHR
    { code: 'new WebSocket("wss://evil.io/s")', apis: ['WebSocket'], addresses: ['wss://evil.io/s'] }, // socket
    { code: 'new EventSource(u)', apis: ['EventSource'], addresses: [] }, // server-sent events
    { code: 'img.src="https://tracker.io/p.gif"', apis: [], addresses: ['https://tracker.io/p.gif'] }, // pixel
    { code: 'a="https://uscis.gov.evil.io/"', apis: [], addresses: ['https://uscis.gov.evil.io/'] }, // lookalike host
    { code: 'a="https://uscis.gov@evil.io/"', apis: [], addresses: ['https://uscis.gov@evil.io/'] }, // the host is after the @
    { code: 'm="a link like https://uscis.gov@example.com goes"', apis: [], addresses: [] }, // documentation domain in a text
    { code: 'u=`https://${typed}`', apis: [], addresses: [] }, // a pasted link given a scheme before parsing
    { code: 'm="open it with https:// in front"', apis: [], addresses: [] }, // a bare scheme in a text
    { code: 'm="https://\ub97c \uc55e\uc5d0"', apis: [], addresses: [] }, // the same in Korean: a particle right after the scheme
    { code: 'a="http://www.uscis.gov/"', apis: [], addresses: ['http://www.uscis.gov/'] }, // official host, not https
    { code: 'a="https://my.uscis.gov/account/v1/needhelp"', apis: [], addresses: [] }, // a help link
    { code: 'a="https://www.dhs.gov/"', apis: [], addresses: [] }, // DHS
    { code: 'prefetched=1;o.fetchCount=2', apis: [], addresses: [] }, // not the API: whole words only
    { code: 'createElementNS("http://www.w3.org/2000/svg",t)', apis: [], addresses: [] }, // a namespace name
  ];
  it.each(cases)('$code', ({ code, apis, addresses }) => {
    expect(scan(code)).toEqual({ apis, addresses });
  });
});

describe.each(TARGETS)('built code, %s', (target) => {
  const files = filesOf(buildDir(target));

  it('has scripts and pages to scan', () => {
    // background, content script, popup, checklist: an empty scan would prove nothing.
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(2);
  });

  it('contains no request API and no remote address but official links', () => {
    const found = files.flatMap((file) => {
      const { apis, addresses } = scan(readFileSync(file, 'utf8'));
      return [...apis, ...addresses].map((what) => `${file.slice(file.indexOf(target))}: ${what}`);
    });
    expect(found).toEqual([]);
  });
});

describe.each(TARGETS)('scripts that run in uscis.gov pages, %s', (target) => {
  // The content script and the panel bundle it loads share the page's DOM
  // and window: they post nothing to it and announce nothing (WXT's context
  // did both; src/context/ContentScriptContext.ts replaces it). The one
  // event we dispatch is the field's own `input`/`change` after a fix the
  // person clicked (src/field/setFieldValue.ts), which the page's scripts need.
  const dir = buildDir(target);
  const scripts = [join(dir, 'content-scripts', 'uscis.js'), join(dir, 'panel.js')];
  // The panel bundle hands the panel's frame (our own page, another origin)
  // one MessageChannel port, posted to that frame's window for the
  // extension's origin only, and talks over the port after
  // (src/page/panelFrameHost.ts): nothing the page can receive.
  const ALLOWED: Record<string, string[]> = { 'panel.js': ['MessageChannel', 'postMessage'] };
  it.each(scripts.map((file) => [file.slice(file.indexOf(target))]))('%s', (file) => {
    const code = readFileSync(join(dir, file.slice(target.length + 1)), 'utf8');
    const found = [...code.matchAll(/\bpostMessage\b|\bCustomEvent\b|content-script-started|BroadcastChannel|MessageChannel/g)].map((m) => m[0]);
    expect([...new Set(found)].toSorted()).toEqual(found.length ? (ALLOWED[file.split('/').pop()!] ?? []) : []);
    if (found.length) expect(code).toMatch(/contentWindow\?\.postMessage\(\{[^}]*\},\s*new URL\([^)]*getURL\("\/"\)\)\.origin/);
  });
});

/** Every file of a build, by its path in the build, with its content. */
function contentsOf(target: 'firefox-mv2' | 'firefox-mv3'): Map<string, string> {
  const dir = buildDir(target);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]));
}

describe('the two Firefox builds', () => {
  // Page behaviour is tested on firefox-mv2 alone (TARGETS_FOR in
  // harness/launch.ts) because the mv3 build holds the very same files but its
  // manifest. If a file ever differs, test that behaviour on firefox-mv3 too.
  // Two builds of the same sources, so this also shows the build is
  // repeatable (a page's style sheet links once came in either order:
  // stylesheetsInImportOrder in wxt.config.ts).
  it('differ in manifest.json only', () => {
    const [mv2, mv3] = [contentsOf('firefox-mv2'), contentsOf('firefox-mv3')];
    const differing = [...new Set([...mv2.keys(), ...mv3.keys()])].filter((file) => mv2.get(file) !== mv3.get(file)).toSorted();
    expect(differing).toEqual(['manifest.json']);
  });
});
