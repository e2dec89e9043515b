import { describe, expect, it } from 'vitest';
import { uscisHistoryUrls } from '@/src/clinic/removeUscisHistory';

// A history larger than one page of history.search: 12,000 addresses of
// another site, one visit a second, with USCIS addresses among the newest,
// in the middle and among the oldest. The stand-in answers as the browsers
// do: visits up to endTime, newest first, at most maxResults.
interface Entry {
  url: string;
  lastVisitTime: number;
}
function historyOf(entries: Entry[]) {
  const calls: Array<{ endTime?: number; startTime?: number; maxResults?: number; text: string }> = [];
  return {
    calls,
    api: {
      async search(query: { text: string; startTime?: number; endTime?: number; maxResults?: number }) {
        calls.push(query);
        return entries
          .filter((e) => e.lastVisitTime >= (query.startTime ?? 0) && e.lastVisitTime <= (query.endTime ?? Number.POSITIVE_INFINITY))
          .toSorted((a, b) => b.lastVisitTime - a.lastVisitTime)
          .slice(0, query.maxResults ?? 100);
      },
      async deleteUrl() {},
    },
  };
}

describe('uscisHistoryUrls', () => {
  it('finds every USCIS address, however far back, over all time, a page at a time', async () => {
    const entries: Entry[] = Array.from({ length: 12_000 }, (_, i) => ({ url: `https://example.org/${i}`, lastVisitTime: 1_000_000 + i * 1000 }));
    entries.push(
      { url: 'https://my.uscis.gov/account/applicant', lastVisitTime: 1_000_000 + 11_999 * 1000 }, // among the newest
      { url: 'http://www.uscis.gov/es', lastVisitTime: 1_000_000 + 6000 * 1000 }, // the middle
      { url: 'https://login.uscis.gov/hand-off', lastVisitTime: 1_000_000 }, // the oldest moment
      { url: 'https://uscis.gov.example.net/', lastVisitTime: 1_000_500 }, // not USCIS
    );
    const { api, calls } = historyOf(entries);
    expect((await uscisHistoryUrls(api)).toSorted()).toEqual(['http://www.uscis.gov/es', 'https://login.uscis.gov/hand-off', 'https://my.uscis.gov/account/applicant']);
    // Every search is over all time (the browsers' default is the last 24 hours) and for every address.
    expect(calls.every((call) => call.startTime === 0 && call.text === '')).toBe(true);
    expect(calls.length).toBe(3);
  });

  it('stops when a page is full of one moment (no endless loop)', async () => {
    const { api, calls } = historyOf(Array.from({ length: 6000 }, (_, i) => ({ url: `https://example.org/${i}`, lastVisitTime: 5 })));
    expect(await uscisHistoryUrls(api)).toEqual([]);
    expect(calls.length).toBe(2);
  });
});
