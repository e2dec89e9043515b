// Test builds for the clinic end-to-end tests: each target's build copied to
// .output/granted/<target>/ with its optional permissions (clinic mode's
// browsingData and history) moved into `permissions`, so they are granted at
// install, since no test can click a browser's permission prompt. Every
// bundle is the product's, byte for byte; only manifest.json differs.
// Run after `npm run build` (npm test does both).
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const output = new URL('../.output/', import.meta.url).pathname;

for (const target of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
  const from = `${output}${target}`;
  const to = `${output}granted/${target}`;
  if (!existsSync(`${from}/manifest.json`)) {
    console.error(`No ${target} build in .output/: run npm run build first.`);
    process.exit(1);
  }
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${to}/manifest.json`, 'utf8'));
  const optional = manifest.optional_permissions ?? [];
  if (optional.length === 0) {
    console.error(`The ${target} manifest has no optional permissions to grant.`);
    process.exit(1);
  }
  manifest.permissions = [...(manifest.permissions ?? []), ...optional];
  delete manifest.optional_permissions;
  writeFileSync(`${to}/manifest.json`, JSON.stringify(manifest));
  console.log(`${target}: ${optional.join(', ')} granted at install, in .output/granted/${target}/`);
}
