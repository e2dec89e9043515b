import { useEffect, useMemo, useState } from 'preact/hooks';
import { createTickStore, sessionArea, type TickStore } from './tickStore';

export interface Ticks {
  ticked: ReadonlySet<string>;
  toggle(id: string, on: boolean): void;
  clear(): Promise<void>;
}

/** The ticked steps, loaded from the session and saved on every change. */
export function useTicks(store?: TickStore): Ticks {
  const tickStore = useMemo(() => store ?? createTickStore(sessionArea()), [store]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    let live = true;
    void tickStore.load().then((ids) => {
      // A tick made before loading finished is kept.
      if (live && ids.length > 0) setTicked((now) => new Set([...ids, ...now]));
    });
    return () => {
      live = false;
    };
  }, [tickStore]);

  return {
    ticked,
    toggle(id, on) {
      setTicked((now) => {
        const next = new Set(now);
        if (on) next.add(id);
        else next.delete(id);
        void tickStore.save([...next]);
        return next;
      });
    },
    async clear() {
      setTicked(new Set());
      await tickStore.clear();
    },
  };
}
