import type { Messages } from './t';

// The tables the background hands to content scripts (see
// messagesFromBackground): every language, without the messages only the
// extension's own pages show (the `?content-script` import drops them, see
// wxt.config.ts), so the service worker stays small as the pages gain words.
const tables = import.meta.glob<Messages>('/public/_locales/*/messages.json', { import: 'default', query: '?content-script' });

export async function contentScriptTable(folder: string): Promise<Messages | undefined> {
  const load = tables[`/public/_locales/${folder}/messages.json`];
  return load ? await load() : undefined;
}
