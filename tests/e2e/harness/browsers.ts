import { existsSync } from 'node:fs';

// Debian's browsers; no test tool may download its own. A missing browser or
// build fails loudly: e2e never passes silently.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireFile(path: string, what: string, hint: string): string {
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}. ${hint}`);
  }
  return path;
}

export const BUILD_HINT = 'Build the extension first: npm run build';
export const CHROMIUM_HINT = 'Install it: sudo apt-get install chromium (or set CHROMIUM_PATH).';
export const FIREFOX_HINT = 'Install it: sudo apt-get install firefox-esr (or set FIREFOX_PATH).';

export function buildDir(target: 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3'): string {
  const dir = new URL(`../../../.output/${target}`, import.meta.url).pathname;
  requireFile(`${dir}/manifest.json`, `The ${target} build`, BUILD_HINT);
  return dir;
}
