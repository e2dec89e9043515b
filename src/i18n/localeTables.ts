import type { Messages } from './t';

// Every locale's messages, each its own chunk, loaded only when picked.
// Extension pages only: a content script cannot load chunks, so it asks the
// background for a table instead (see messagesFromBackground).
const tables = import.meta.glob<Messages>('/public/_locales/*/messages.json', { import: 'default' });

export async function localeTable(folder: string): Promise<Messages | undefined> {
  const load = tables[`/public/_locales/${folder}/messages.json`];
  return load ? await load() : undefined;
}
