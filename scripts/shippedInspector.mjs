// The inspector as it ships: src/inspector/index.ts bundled and minified by
// esbuild, imported from a temporary file. Shared by the inspector benchmarks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The module's exports and the minified bundle's bytes. */
export async function shippedInspector() {
  const result = await build({
    entryPoints: [new URL('../src/inspector/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0].contents;
  const dir = mkdtempSync(join(tmpdir(), 'ach-inspector-'));
  const file = join(dir, 'inspect.mjs');
  writeFileSync(file, code);
  try {
    return { module: await import(pathToFileURL(file).href), code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
