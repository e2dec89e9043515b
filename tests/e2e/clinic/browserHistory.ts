import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Reads a browser profile's history (SQLite) with sql.js, as formHistory.ts
// reads form entries: every address row, hidden ones (redirects, frames) too.
interface SqlJs {
  Database: new (data: Uint8Array) => { exec(sql: string): Array<{ values: unknown[][] }>; close(): void };
}
const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js') as (options?: object) => Promise<SqlJs>;

export async function browserHistory(file: string, query: string): Promise<string[]> {
  if (!existsSync(file)) throw new Error(`No history database at ${file}`);
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    return (db.exec(query)[0]?.values ?? []).map(([url]) => String(url));
  } finally {
    db.close();
  }
}

export const CHROMIUM_HISTORY = 'SELECT url FROM urls ORDER BY url';
export const FIREFOX_HISTORY = 'SELECT url FROM moz_places ORDER BY url';
