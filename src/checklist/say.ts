import { formatMessage, t, type MessageKey, type Messages } from '@/src/i18n/t';

/** Words in one language: `t` for the page's own, or one table's (the second printed language). */
export type Say = (key: MessageKey, ...subs: Array<string | number>) => string;

/** Reads `table` first; a message it lacks comes from `t`. */
export function sayFrom(table: Messages): Say {
  return (key, ...subs) => {
    const entry = table[key];
    return entry ? formatMessage(entry, subs.map(String)) : t(key, ...subs);
  };
}
