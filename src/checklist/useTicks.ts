import { useEffect, useState } from 'preact/hooks';
import { checklistTicks, tickIds } from './tickStore';

export interface Ticks {
  ticked: ReadonlySet<string>;
  toggle(id: string, on: boolean): void;
  clear(): Promise<void>;
}

/**
 * The ticked steps, loaded from the session, saved on every change and
 * followed when another page (the popup, the checklist page) changes them.
 */
export function useTicks(): Ticks {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    let live = true;
    void checklistTicks.getValue().then((value) => {
      const ids = tickIds(value);
      // A tick made before loading finished is kept.
      if (live && ids.length > 0) setTicked((now) => new Set([...ids, ...now]));
    });
    const unwatch = checklistTicks.watch((value) => setTicked(new Set(tickIds(value))));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  return {
    ticked,
    toggle(id, on) {
      setTicked((now) => {
        const next = new Set(now);
        if (on) next.add(id);
        else next.delete(id);
        void checklistTicks.setValue([...next]);
        return next;
      });
    },
    async clear() {
      setTicked(new Set());
      await checklistTicks.removeValue();
    },
  };
}
