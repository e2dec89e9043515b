import { describe, expect, it } from 'vitest';
import { followLanguage } from '@/src/i18n/followLanguage';
import { languageItem } from '@/src/i18n/languageSetting';
import { currentLanguage, type Messages } from '@/src/i18n/t';

// A page follows the language picked in the popup. A choice made while the
// page is still reading the last one, or whose table loads faster than the
// last one's, must be the language the page ends in.

/** A table loader whose tables arrive when the test says. */
function loader() {
  const waiting = new Map<string, () => void>();
  const load = (folder: string) =>
    new Promise<Messages>((resolve) => waiting.set(folder, () => resolve({ extName: { message: folder } } as unknown as Messages)));
  const arrive = (folder: string) => waiting.get(folder)?.();
  return { load, arrive, asked: () => [...waiting.keys()] };
}
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => languageItem.getValue());

describe('followLanguage', () => {
  it('a later choice whose table comes first is not undone by the earlier one', async () => {
    await languageItem.setValue('es');
    const tables = loader();
    void followLanguage(tables.load, () => {}, new AbortController().signal);
    await expect.poll(tables.asked).toEqual(['es']);
    await languageItem.setValue('ar');
    await expect.poll(tables.asked).toEqual(['es', 'ar']);
    tables.arrive('ar');
    await expect.poll(currentLanguage).toBe('ar');
    tables.arrive('es');
    await settle();
    expect(currentLanguage()).toBe('ar');
  });

  it('a choice heard before the first read came back wins over that read', async () => {
    await languageItem.setValue('es');
    const tables = loader();
    const followed = followLanguage(tables.load, () => {}, new AbortController().signal);
    // Changed before the first read has come back (the read and the change are both storage round trips).
    await languageItem.setValue('ar');
    await expect.poll(tables.asked).toContain('ar');
    for (const folder of tables.asked()) tables.arrive(folder);
    await followed;
    await settle();
    expect(currentLanguage()).toBe('ar');
  });
});
