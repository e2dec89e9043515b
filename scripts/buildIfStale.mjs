// Builds only when the sources changed since the last build: `npm test` right
// after `npm run build` reuses that build instead of making all three again.
// A build is current when the stamp written beside its output holds the same
// hash of the inputs and every output it names still exists. Any build step
// (the store build, a test-only build with other settings) can use it with its
// own stamp and its own key.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// Every file of the project but what is made from it (node_modules is the
// lockfile's doing, so the lockfile stands for it): the bundles read
// entrypoints/, src/, public/ and the config, and the sources zip holds the
// rest (README, tests, docs), so a changed test or README makes a new one too.
const NOT_INPUTS = new Set(['node_modules', 'coverage', 'test-results']);
export const buildInputs = readdirSync(root).filter((name) => !name.startsWith('.') && !NOT_INPUTS.has(name));
// The store pictures are made from a build and left out of the sources zip (wxt.config.ts).
const madeFromBuild = (path) => /^store\/(screenshots\/|[^/]+\.png$)/.test(path);

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .toSorted((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** A hash of every input file's path and content, plus `key` (the build's command and settings). */
export function hashInputs(key, inputs = buildInputs, dir = root) {
  const hash = createHash('sha256').update(key);
  for (const file of inputs.flatMap((input) => filesUnder(join(dir, input)))) {
    if (madeFromBuild(relative(dir, file))) continue;
    hash.update(`\0${relative(dir, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Runs `command args` unless the stamp says the outputs are current.
 * `env` adds variables for the build (e.g. a test-only build's setting): put
 * them in `key` too, so a build with other settings is never taken as current.
 * Returns { ok, rebuilt, reason }. BUILD=always forces a build.
 */
export function buildIfStale({ stamp, outputs, command, args, env = {}, key = `${command} ${args.join(' ')} ${JSON.stringify(env)}`, dir = root }) {
  const hash = hashInputs(key, buildInputs, dir);
  const stampPath = join(dir, stamp);
  let reason = 'no build yet';
  if (process.env.BUILD === 'always') reason = 'BUILD=always';
  else if (existsSync(stampPath)) {
    const saved = readFileSync(stampPath, 'utf8').trim();
    const missing = outputs.find((output) => !existsSync(join(dir, output)));
    if (saved !== hash) reason = 'sources changed since the last build';
    else if (missing) reason = `${missing} is missing`;
    else {
      console.log(`build is current for the sources (${hash.slice(0, 12)}): reused`);
      return { ok: true, rebuilt: false, reason: 'current' };
    }
  }
  console.log(`building: ${reason}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', cwd: dir, env: { ...process.env, ...env } });
  // The stamp is written after the build, so a build interrupted or failed is never taken as current.
  if (status === 0) writeFileSync(stampPath, `${hash}\n`);
  return { ok: status === 0, rebuilt: true, reason };
}

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The store build (`npm run build`): three targets, their zips and the sources zip. */
export const storeBuild = {
  stamp: '.output/store-build.sha256',
  key: 'store build',
  command: 'npm',
  args: ['run', '--silent', 'build'],
  outputs: [
    '.output/chrome-mv3/manifest.json',
    '.output/firefox-mv2/manifest.json',
    '.output/firefox-mv3/manifest.json',
    ...['chrome-mv3', 'firefox-mv2', 'firefox-mv3', 'sources'].map((suffix) => `.output/${name}-${version}-${suffix}.zip`),
  ],
};

// `node scripts/buildIfStale.mjs --stamp` (the end of `npm run build`): the
// build just made is current for these sources.
if (process.argv[1] === new URL(import.meta.url).pathname && process.argv[2] === '--stamp') {
  writeFileSync(join(root, storeBuild.stamp), `${hashInputs(storeBuild.key)}\n`);
}
