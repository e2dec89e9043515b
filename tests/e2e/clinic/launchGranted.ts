import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_HINT, requireFile } from '../harness/browsers';
import { chromiumArgs } from '../harness/chromium';
import { reply, type Reply } from '../harness/sites';
import { HOLD, TRACE_PAGES, traceReply } from './traces';

// Chromium with the extension's test build that has `browsingData` and `history` granted at
// install (scripts/grant-optional-permissions.mjs copies the build and moves
// the optional permissions into `permissions`), since no test can click the
// permission prompt. The code is the product's; only the manifest differs.
export const GRANTED_HINT = 'Make it first: npm run build && node scripts/grant-optional-permissions.mjs (npm test does this)';

export function grantedBuildDir(): string {
  const dir = new URL('../../../.output/granted/chrome-mv3', import.meta.url).pathname;
  requireFile(`${dir}/manifest.json`, 'The chrome-mv3 build with browsingData granted', GRANTED_HINT);
  return dir;
}

const fixtures = new URL('../../fixtures/', import.meta.url);
const html = (body: string): Reply => ({ status: 200, contentType: 'text/html; charset=utf-8', headers: {}, body });

// Pages of this file's tests, beside the harness's.
const PAGES: Record<string, () => Reply> = {
  'https://my.uscis.gov/account/applicant/form-history': () => html(readFileSync(new URL('form-history.html', fixtures), 'utf8')),
  'https://my.uscis.gov/account/applicant/form-history-sent': () => html('<!doctype html><title>Sent</title><p>Sent.</p>'),
  // Another site, whose cookies Start over must keep.
  'https://example.org/': () => html('<!doctype html><title>Another site</title><p>Another site.</p>'),
  // What a last person leaves behind (clinicTraces tests).
  ...TRACE_PAGES,
};

/** This folder's pages, then the harness's fixtures. */
export function clinicReply(url: string): Reply {
  const parsed = new URL(url);
  return PAGES[`${parsed.origin}${parsed.pathname}`]?.() ?? traceReply(url) ?? reply(url);
}

export interface GrantedSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The profile folder (its `Default/Web Data` holds the form history). */
  profile: string;
  /** Closes the browser, which writes its databases out; the profile stays until `remove`. */
  close(): Promise<void>;
  remove(): void;
}

export async function launchGranted(extension = grantedBuildDir()): Promise<GrantedSession> {
  const executablePath = requireFile(CHROMIUM, 'Chromium', CHROMIUM_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'ach-clinic-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(extension),
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    // Never answered: the hand-off page is left waiting for it (see traces.ts).
    if (new URL(url).pathname === HOLD) return undefined;
    const r = clinicReply(url);
    return route.fulfill({ status: r.status, contentType: r.contentType, headers: r.headers, body: r.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    profile,
    close: () => context.close(),
    remove: () => rmSync(profile, { recursive: true, force: true }),
  };
}
