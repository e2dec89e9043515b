import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item's value, followed as it changes in any extension page; the fallback until it has loaded. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    let changed = false;
    void item.getValue().then((stored) => {
      // A change seen while loading is newer than what was loaded.
      if (live && !changed) setValue(stored);
    });
    const unwatch = item.watch((next) => {
      changed = true;
      setValue(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
