import { formatMessage, t, type MessageKey, type Messages } from '@/src/i18n/t';

/** Words in one language: `t` for the page's own, or one table's (the second printed language). */
export type Say = (key: MessageKey, ...subs: Array<string | number>) => string;

/**
 * Reads `table` first; a message it lacks comes from `t`. In a right-to-left
 * language each value is isolated (U+2068 ... U+2069), as `t` does, so a
 * phone number is not reordered with the words around it.
 */
export function sayFrom(table: Messages, dir: 'ltr' | 'rtl'): Say {
  return (key, ...subs) => {
    const entry = table[key];
    const values = subs.map((sub) => (dir === 'rtl' ? `\u2068${sub}\u2069` : String(sub)));
    return entry ? formatMessage(entry, values) : t(key, ...subs);
  };
}
