import { buildSync } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

// Fixture pages served at real USCIS addresses by request interception inside
// the test browser, so the built extension's own `matches` decide where it
// runs. Nothing here reaches the network.
export interface Site {
  file: string;
  headers?: Record<string, string>;
}

const fixtures = new URL('../../fixtures/', import.meta.url);
const APP = 'https://my.uscis.gov/account/applicant';

// A policy as strict as a page can set: no inline script or style, fonts and
// everything else from the page's own origin only.
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors 'none'";

export const SITES: Record<string, Site> = {
  'https://myaccount.uscis.gov/sign-in': { file: 'sign-in.html' },
  [`${APP}/add-case`]: { file: 'add-case.html' },
  [`${APP}/add-case-strict`]: { file: 'add-case.html', headers: { 'Content-Security-Policy': STRICT_CSP } },
  [`${APP}/add-case-es`]: { file: 'spanish.html' },
  [`${APP}/react`]: { file: 'react.html' },
  [`${APP}/late`]: { file: 'late.html' },
  [`${APP}/next`]: { file: 'late.html' },
  [`${APP}/rerender`]: { file: 'rerender.html' },
  [`${APP}/shadow`]: { file: 'shadow.html' },
  [`${APP}/frame`]: { file: 'iframe.html' },
  [`${APP}/frame-form`]: { file: 'add-case.html' },
  [`${APP}/churn`]: { file: 'churn.html' },
  [`${APP}/inputs`]: { file: 'inputs.html' },
  // The field finder's hard cases (finder.test.ts).
  [`${APP}/finder`]: { file: 'finder.html' },
  // A 3 MB article and an unlabelled box after it (tests/bench/typingCost.ts).
  [`${APP}/article`]: { file: 'article.html' },
  // The panel's state (panelState.test.ts): page tools that change the value, a re-render after submit, lang on a section.
  [`${APP}/page-tools`]: { file: 'page-tools.html' },
  // The same page kept out of the back-forward cache (page-tools.js): Back loads it again and the browser restores the form.
  [`${APP}/page-tools-reloaded`]: { file: 'page-tools.html' },
  [`${APP}/submit-rerender`]: { file: 'submit-rerender.html' },
  [`${APP}/es-section`]: { file: 'es-section.html' },
  [`${APP}/split`]: { file: 'split.html' },
  // Hostile pages (hostile.test.ts, privacy.test.ts): one hardship per address, chosen in hostile.js.
  ...Object.fromEntries(
    ['removes-panel', 'replaces-field', 'many-inputs', 'throws', 'overrides', 'breaks-us', 'plain'].map((mode) => [`${APP}/hostile/${mode}`, { file: 'hostile.html' }]),
  ),
  // Pages written for the panel's host (panelHost.test.ts): layouts and styles the panel must survive.
  ...Object.fromEntries(
    ['uswds', 'input-group', 'material', 'page-error', 'hostile-css', 'masked', 'recorded', 'blur-validate'].map((name) => [`${APP}/panel/${name}`, { file: `panel/${name}.html` }]),
  ),
  // Code fields built with code components from npm (components.test.ts): input-otp, react-otp-input, Lit; and their two-step traps.
  ...Object.fromEntries(
    ['input-otp', 'otp-boxes', 'lit', 'two-step'].map((name) => [`${APP}/components/${name}`, { file: `components/${name}.html` }]),
  ),
  // A lookalike host: the content script must not run here.
  'https://uscis-gov.com/account/applicant/add-case': { file: 'lookalike.html' },
};

export interface Reply {
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: string;
}

const built = new Map<string, string>();

// A fixture's script: plain .js as is, .tsx (React) or .ts (Lit) bundled on first request;
// rrweb.js is the session recorder from npm (its browser bundle, as sites embed it).
function script(name: string): string | undefined {
  if (name === 'rrweb.js') return readFileSync(new URL('../../../node_modules/rrweb/dist/rrweb.umd.min.cjs', import.meta.url), 'utf8');
  const tsx = ['.tsx', '.ts'].map((ext) => new URL(name.replace(/\.js$/, ext), fixtures).pathname).find(existsSync) ?? '';
  try {
    return readFileSync(new URL(name, fixtures), 'utf8');
  } catch {
    if (!tsx) return undefined;
    if (!built.has(tsx)) {
      const out = buildSync({ entryPoints: [tsx], bundle: true, write: false, minify: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'react', tsconfigRaw: {}, define: { 'process.env.NODE_ENV': '"production"' } });
      built.set(tsx, out.outputFiles[0]!.text);
    }
    return built.get(tsx);
  }
}

function rows(n: number): string {
  let html = '';
  for (let i = 0; i < n; i++) html += `<p><label for="f${i}">Question ${i}</label> <input id="f${i}" name="answer${i}"></p>`;
  return `${html}<p><label for="accessCode">Online Access Code</label> <input id="accessCode" name="accessCode"></p>`;
}

export function reply(url: string): Reply {
  const parsed = new URL(url);
  const key = `${parsed.origin}${parsed.pathname}`;
  const notFound: Reply = { status: 404, contentType: 'text/plain', headers: {}, body: `no fixture for ${key}` };
  if (/(^|\.)uscis(-gov\.com|\.gov)$/.test(parsed.hostname) && parsed.pathname.startsWith('/fixtures/')) {
    const body = script(parsed.pathname.slice('/fixtures/'.length));
    return body === undefined ? notFound : { status: 200, contentType: 'text/javascript', headers: {}, body };
  }
  // The lookalike host mirrors every USCIS fixture it has no page of its own
  // for: the same page where the extension does not run, for baselines.
  const site = SITES[key] ?? (parsed.hostname === 'uscis-gov.com' ? SITES[`https://my.uscis.gov${parsed.pathname}`] : undefined);
  if (!site) return notFound;
  let body = readFileSync(new URL(site.file, fixtures), 'utf8');
  // A long form of ?n= rows, for the benchmarks, in the HTML itself.
  if (body.includes('<!--ROWS-->')) body = body.replace('<!--ROWS-->', rows(Number(parsed.searchParams.get('n') ?? 0)));
  return { status: 200, contentType: 'text/html; charset=utf-8', headers: site.headers ?? {}, body };
}
