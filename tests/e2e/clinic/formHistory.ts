import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Reads a browser profile's form history (SQLite) with sql.js, a pure
// WebAssembly SQLite: Node 20 has no node:sqlite, and no native build is needed.
interface SqlJs {
  Database: new (data: Uint8Array) => { exec(sql: string): Array<{ values: unknown[][] }>; close(): void };
}
const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js') as (options?: object) => Promise<SqlJs>;

/** Every [field name, value] in a form history table: Chromium's `autofill`, Firefox's `moz_formhistory`. */
export async function formHistory(file: string, query: string): Promise<Array<[string, string]>> {
  if (!existsSync(file)) throw new Error(`No form history database at ${file}`);
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    return (db.exec(query)[0]?.values ?? []).map(([name, value]) => [String(name), String(value)]);
  } finally {
    db.close();
  }
}

export const CHROMIUM_FORM_HISTORY = 'SELECT name, value FROM autofill ORDER BY name';
export const FIREFOX_FORM_HISTORY = 'SELECT fieldname, value FROM moz_formhistory ORDER BY fieldname';
