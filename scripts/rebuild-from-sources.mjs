// What an addons.mozilla.org reviewer does (README-REVIEWERS.md): unzip the
// sources zip into an empty folder, `npm ci`, `npm run build-for-amo`, then
// compare every file of the rebuilt Firefox package with the shipped one by
// SHA-256. Their rule is "there must be no differences". Run after
// `npm run build`; exits 1 on any difference. npm ci answers from the local
// npm cache when it can (--prefer-offline).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipEntries } from './zipEntries.mjs';

const root = new URL('..', import.meta.url).pathname;
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packageName = `${name}-${version}-firefox-mv2.zip`;
const shipped = join(root, '.output', packageName);
const sources = join(root, '.output', `${name}-${version}-sources.zip`);
for (const zip of [shipped, sources]) {
  if (!existsSync(zip)) {
    console.error(`${zip} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
// A reviewer (and whoever fixes a failure) needs the line, not only the file.
const cut = (text) => (text === undefined ? '(none)' : text.slice(0, 200));
const firstDifference = (ours, theirs) => {
  const a = ours.toString('utf8').split('\n');
  const b = theirs.toString('utf8').split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `\n    line ${at + 1} shipped: ${cut(a[at])}\n    line ${at + 1} rebuilt: ${cut(b[at])}`;
};
const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'ach-amo-'));
let differences = [];
try {
  for (const [path, bytes] of zipEntries(sources)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const must = (command, args) => {
    console.log(`$ ${command} ${args.join(' ')}`);
    const { status } = spawnSync(command, args, { cwd: dir, stdio: 'inherit', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
    if (status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed in the unzipped sources`);
  };
  must('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  const installed = Date.now();
  must('npm', ['run', '--silent', 'build-for-amo']);
  const rebuilt = join(dir, '.output', packageName);
  if (!existsSync(rebuilt)) throw new Error(`the rebuild made no ${packageName}`);

  const a = zipEntries(shipped);
  const b = zipEntries(rebuilt);
  for (const [path, bytes] of a) {
    if (!b.has(path)) differences.push(`${path}: only in the shipped package`);
    else if (sha256(bytes) !== sha256(b.get(path))) differences.push(`${path}: different content${firstDifference(bytes, b.get(path))}`);
  }
  for (const path of b.keys()) if (!a.has(path)) differences.push(`${path}: only in the rebuilt package`);
  console.log(
    `rebuilt ${packageName} from the sources zip: ${a.size} files compared, ${differences.length} differences ` +
      `(npm ci ${((installed - started) / 1000).toFixed(1)} s, build ${((Date.now() - installed) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  differences = [String(error instanceof Error ? error.message : error)];
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const line of differences) console.error(`  ${line}`);
process.exit(differences.length ? 1 : 0);
