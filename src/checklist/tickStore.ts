import { browser } from 'wxt/browser';

// Which checklist steps are ticked, for this browser session only: the next
// person on a shared computer starts clean when the browser closes, or sooner
// with "Start over". storage.session where the browser has it (Chrome 102+,
// Firefox 115+), memory otherwise. Only step ids are stored, never anything typed.

const KEY = 'checklistTicks';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function memoryArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => {
      for (const [k, v] of Object.entries(values)) items.set(k, v);
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}

export interface TickStore {
  load(): Promise<string[]>;
  save(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

export function createTickStore(area: SessionArea | undefined): TickStore {
  const store = area ?? memoryArea();
  return {
    async load() {
      const value = (await store.get(KEY))[KEY];
      return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
    },
    save: (ids) => store.set({ [KEY]: [...ids] }),
    clear: () => store.remove(KEY),
  };
}

/** The browser's session area when it has one. */
export function sessionArea(): SessionArea | undefined {
  return (browser.storage as { session?: SessionArea } | undefined)?.session;
}
