import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChecklistPage } from '@/src/checklist/ChecklistPage';
import { listenInBackground } from '@/src/protocol/background';
import { OptionsPage } from '@/src/clinic/OptionsPage';
import { Popup } from '@/src/popup/Popup';

// Start over at home and on a shared computer, with the background's side
// listening in the same fake browser. The browser's parts that the fake
// browser lacks (browsingData, history, permissions, tabs.sendMessage, the
// clipboard) are stand-ins that record what they were asked.
const officialTab = async () => 'https://my.uscis.gov/account/applicant/add-case';
const USCIS_PAGE = 'https://my.uscis.gov/account/applicant/add-case';

let clipboard: string;
let granted: boolean;
let historyGranted: boolean;
let removed: Array<[Record<string, unknown>, Record<string, boolean>]>;
// The browser's history: USCIS addresses over both schemes and a lookalike, and other sites'.
let history: string[];
const HISTORY = [
  'https://my.uscis.gov/account/applicant/add-case',
  'http://www.uscis.gov/es',
  'https://login.uscis.gov/hand-off',
  'https://uscis.gov/',
  'https://example.org/uscis.gov/',
  'https://myuscisgov.com/',
  'https://www.uscis.gov.example.net/',
];
let uscisTabId: number;
let otherTabId: number;
let closed: number[];

beforeEach(async () => {
  clipboard = '';
  granted = true;
  historyGranted = true;
  removed = [];
  history = [...HISTORY];
  closed = [];
  Object.defineProperty(navigator, 'clipboard', {
    value: {
      writeText: vi.fn(async (text: string) => {
        clipboard = text;
      }),
    },
    configurable: true,
  });
  Object.assign(fakeBrowser, {
    browsingData: {
      remove: vi.fn(async (options: Record<string, unknown>, types: Record<string, boolean>) => {
        removed.push([options, types]);
      }),
    },
  });
  Object.assign(fakeBrowser, {
    history: {
      // Newest first, as the browsers answer; one page of everything here.
      search: vi.fn(async () => history.map((url, i) => ({ url, lastVisitTime: 1000 - i }))),
      deleteUrl: vi.fn(async ({ url }: { url: string }) => {
        history = history.filter((kept) => kept !== url);
      }),
    },
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ permissions }: { permissions: string[] }) =>
    permissions.every((name) => (name === 'history' ? historyGranted : granted))) as never);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => granted);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => true);
  // Messages from the extension's pages carry their address, as in a browser.
  const pageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, pageSender)).find((r) => r !== undefined)) as never);
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(async () => {});
  // (The fake browser's own tabs.remove looks a window up by the tab's id.)
  vi.spyOn(fakeBrowser.tabs, 'remove').mockImplementation((async (ids: number | number[]) => {
    closed.push(...[ids].flat());
  }) as never);
  listenInBackground();

  // An open USCIS tab whose content script said so on load, and another site's tab.
  otherTabId = (await fakeBrowser.tabs.create({ url: 'https://example.org/' })).id!;
  uscisTabId = (await fakeBrowser.tabs.create({ url: USCIS_PAGE })).id!;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'ach:uscis-tab' }, { tab: { id: uscisTabId }, frameId: 0, url: USCIS_PAGE } as never);
  // The origin announcer, at document_start: a hand-off page on a host nobody listed, a plain-http page, and a USCIS frame with a port.
  for (const url of ['https://login.uscis.gov/hand-off?next=1', 'http://www.uscis.gov/es', 'https://egov.uscis.gov:8443/frame']) {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'ach:uscis-tab' }, { tab: { id: uscisTabId }, frameId: 3, url } as never);
  }
  // A lookalike's page is never recorded (the announcer does not run there; were a message to come, it is not USCIS).
  await fakeBrowser.runtime.onMessage.trigger({ type: 'ach:uscis-tab' }, { tab: { id: otherTabId }, frameId: 0, url: 'https://myuscisgov.com/' } as never);
  // Only a tab whose top frame runs our content script answers "still USCIS".
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number) => {
    if (id === uscisTabId && !closed.includes(id)) return true;
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const openTabIds = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.id).filter((id) => !closed.includes(id!));

/** A person's last visit: a tick, a checked code copied, Spanish picked. */
async function lastPersonWasHere() {
  render(<Popup readUrl={officialTab} />);
  fireEvent.click(screen.getByLabelText('Is the code still valid?'));
  fireEvent.input(screen.getByLabelText('Type or paste the access code'), { target: { value: 'K7XH4MW9PT3R' } });
  fireEvent.click(await screen.findByRole('button', { name: /^Copy/ }));
  await screen.findByText('Copied.');
  await fakeBrowser.storage.local.set({ language: 'es' });
  expect(clipboard).toBe('K7XH4MW9PT3R');
}

describe('Start over, clinic mode off (the default)', () => {
  it('clears the popup only: no confirmation, no sign-out, tabs, language and clipboard kept', async () => {
    await lastPersonWasHere();
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    await screen.findByText('Cleared. Ready for the next person.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(removed).toEqual([]);
    expect(await openTabIds()).toContain(uscisTabId);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ language: 'es' });
    expect(clipboard).toBe('K7XH4MW9PT3R');
    expect((screen.getByLabelText('Is the code still valid?') as HTMLInputElement).checked).toBe(false);
    // Nothing of the last person is left in the session, not even that a copy happened.
    expect(await fakeBrowser.storage.session.get(['checklistTicks', 'checkerCopied'])).toEqual({});
  });
});

describe('Start over, clinic mode on', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ clinicMode: true });
  });

  it('first lists exactly what will happen, and Cancel does nothing', async () => {
    await lastPersonWasHere();
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start over on this shared computer?' });
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'clear the checklist ticks, the code checker and the link box;',
      'sign the browser out of USCIS: remove the cookies and site data of uscis.gov and its subdomains (other sites keep theirs);',
      "delete the USCIS addresses from the browser's history (other sites' history stays);",
      'close the open USCIS tabs (1);',
      "set the language back to the browser's;",
      'empty the clipboard: the code checker copied a code to it (anything copied after that goes too).',
    ]);
    // On a shared computer the form entries go unless unticked; the label says every site's go.
    const formData = within(dialog).getByLabelText('This also removes saved form entries for every site on this computer') as HTMLInputElement;
    expect(formData.checked).toBe(true);
    // Chrome removes USCIS's cache by origin: no cache tick (that is Firefox's, clinicTraces.firefox.test.ts).
    expect(within(dialog).getAllByRole('checkbox')).toEqual([formData]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(removed).toEqual([]);
    expect(await openTabIds()).toContain(uscisTabId);
    expect(clipboard).toBe('K7XH4MW9PT3R');
    expect((screen.getByLabelText('Is the code still valid?') as HTMLInputElement).checked).toBe(true);
  });

  it('signs out of USCIS, closes its tab, resets the language, empties the clipboard, and says so item by item', async () => {
    await lastPersonWasHere();
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start over' }));
    const report = await screen.findByText('Cleared. Ready for the next person.');
    const items = await waitFor(() => {
      const list = [...report.parentElement!.querySelectorAll('li')].map((li) => li.textContent);
      expect(list.length).toBe(6);
      return list;
    });
    expect(items).toEqual([
      'Emptied the clipboard.',
      "The language is the browser's again.",
      'Signed out of USCIS: removed the cookies and site data of uscis.gov.',
      'Removed the saved form entries of every site.',
      "Deleted USCIS addresses from the browser's history: 4.",
      'Closed the USCIS tabs: 1.',
    ]);
    // Chrome's build: by exact origin, so https and http of every known host
    // (docs/DOMAIN.md) and of every host seen, and each origin seen as it was
    // (a port kept); every kind of site data. Then every site's form entries.
    expect(removed).toHaveLength(2);
    const [options, types] = removed[0]!;
    expect(options).toEqual({
      origins: [
        'https://uscis.gov',
        'http://uscis.gov',
        'https://www.uscis.gov',
        'http://www.uscis.gov',
        'https://my.uscis.gov',
        'http://my.uscis.gov',
        'https://myaccount.uscis.gov',
        'http://myaccount.uscis.gov',
        'https://egov.uscis.gov',
        'http://egov.uscis.gov',
        'https://developer.uscis.gov',
        'http://developer.uscis.gov',
        // seen: the hand-off page nobody listed, and a frame on a port
        'https://login.uscis.gov',
        'http://login.uscis.gov',
        'https://egov.uscis.gov:8443',
      ],
    });
    expect(types).toEqual({ cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, cache: true, fileSystems: true, webSQL: true });
    expect(removed[1]).toEqual([{}, { formData: true }]);
    // USCIS's addresses, both schemes, went from the history; other sites' stayed, lookalikes too.
    expect(history).toEqual(['https://example.org/uscis.gov/', 'https://myuscisgov.com/', 'https://www.uscis.gov.example.net/']);
    expect(await openTabIds()).not.toContain(uscisTabId);
    expect(await openTabIds()).toContain(otherTabId);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ clinicMode: true });
    await waitFor(() => expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe(''));
    expect(clipboard).toBe('');
    // The origins seen go once their data is gone; the next person's are recorded afresh.
    expect(await fakeBrowser.storage.session.get(['checklistTicks', 'checkerCopied', 'uscisTabs', 'uscisOrigins', 'lastStartOver'])).toEqual({ uscisTabs: [] });
  });

  it('keeps saved form entries when that tick is unset, and says how to remove them by hand', async () => {
    render(<Popup readUrl={officialTab} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('This also removes saved form entries for every site on this computer'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start over' }));
    await screen.findByText(
      'Kept the saved form entries, as chosen. To remove them by hand: press Ctrl+Shift+Delete (delete browsing data) and choose form data.',
    );
    expect(removed.map(([options, types]) => [options, types.formData])).toEqual([[expect.objectContaining({ origins: expect.any(Array) }), undefined]]);
    // The checker copied nothing: the clipboard is not touched.
    expect(navigator.clipboard.writeText).not.toHaveBeenCalled();
    expect(screen.getByText('The clipboard was left alone: the code checker copied nothing.')).toBeTruthy();
  });

  it('without the permissions (refused, or Firefox for Android) says what is left and how to remove it by hand, and does the rest', async () => {
    granted = false;
    historyGranted = false;
    render(<Popup readUrl={officialTab} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('not sign out of USCIS: the browser does not allow it. Sign out by hand on the USCIS page first;');
    expect(dialog.textContent).toContain("keep the USCIS addresses in the browser's history: the browser does not allow removing them;");
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start over' }));
    await screen.findByText('Closed the USCIS tabs: 1.');
    expect([...document.querySelectorAll('.start-over-report li')].map((li) => li.textContent).slice(2, 5)).toEqual([
      'Could not sign out of USCIS: this browser does not allow the helper to remove site data. Sign out by hand on the USCIS page.',
      'Not removed: the saved form entries (the browser does not allow the helper). To remove them by hand: press Ctrl+Shift+Delete (delete browsing data) and choose form data.',
      "Not removed: the USCIS addresses in the browser's history (the browser does not allow the helper). To remove them by hand: open the history (Ctrl+H), search for uscis.gov and delete every address found.",
    ]);
    expect(removed).toEqual([]);
    expect(history).toEqual(HISTORY);
    expect(await openTabIds()).not.toContain(uscisTabId);
  });

  it('with browsingData but not history (refused on its own): signs out, and says the history is left', async () => {
    historyGranted = false;
    render(<Popup readUrl={officialTab} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain("keep the USCIS addresses in the browser's history: the browser does not allow removing them;");
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start over' }));
    await screen.findByText(/^Not removed: the USCIS addresses in the browser's history/);
    expect(screen.getByText('Signed out of USCIS: removed the cookies and site data of uscis.gov.')).toBeTruthy();
    expect(history).toEqual(HISTORY);
  });

  it('does not close a tab that has left USCIS since', async () => {
    // The USCIS tab went to another site: its content script no longer answers.
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<ChecklistPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('close any USCIS tab (none is open now);');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start over' }));
    await screen.findByText('No USCIS tab was open.');
    expect(await openTabIds()).toContain(uscisTabId);
  });

  it('shows, in the next popup, the report of a Start over whose popup closed with the tab it closed', async () => {
    // Chrome closes the toolbar popup when its active tab closes; the background kept the report.
    await fakeBrowser.storage.session.set({
      lastStartOver: [
        { item: 'cleared', outcome: 'done' },
        { item: 'sign-out', outcome: 'done' },
        { item: 'tabs', outcome: 'done', count: 2 },
      ],
    });
    render(<Popup readUrl={officialTab} />);
    await screen.findByText('Closed the USCIS tabs: 2.');
    expect(screen.getByText('Signed out of USCIS: removed the cookies and site data of uscis.gov.')).toBeTruthy();
    await waitFor(async () => expect(await fakeBrowser.storage.session.get('lastStartOver')).toEqual({}));
  });

  it('ignores a Start over asked for by a content script', async () => {
    const answer = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ach:clinic-start-over', formData: true, cache: false, done: [] },
      { tab: { id: uscisTabId }, frameId: 0, url: USCIS_PAGE, id: fakeBrowser.runtime.id } as never,
    );
    expect(answer.filter((r) => r !== undefined)).toEqual([]);
    expect(removed).toEqual([]);
  });
});

describe('clinic mode setting', () => {
  it('is off by default, and turning it on asks for browsingData and history from the click itself', async () => {
    render(<Popup readUrl={officialTab} />);
    const box = screen.getByLabelText('This is a shared computer (clinic mode)') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /delete browsing data and read and change your history: it deletes only USCIS's data and addresses, and keeps nothing it reads\. While clinic mode is on, USCIS pages are not kept in the history\.$/,
    );
    fireEvent.click(box);
    // One prompt for both, from the click itself.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['browsingData', 'history'] });
    await screen.findByText('Clinic mode is on.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ clinicMode: true });
    await waitFor(() => expect(box.checked).toBe(true));

    fireEvent.click(box);
    await screen.findByText('Clinic mode is off.');
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ permissions: ['browsingData', 'history'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ clinicMode: false });
  });

  it('stays on when the permission is refused, and says what that means', async () => {
    granted = false;
    render(<OptionsPage />);
    fireEvent.click(screen.getByLabelText('This is a shared computer (clinic mode)'));
    await screen.findByText(/Clinic mode is on, but the browser did not allow removing site data and history/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ clinicMode: true });
  });
});

describe('clinic details', () => {
  it('are kept in storage.local and printed at the top of the checklist', async () => {
    render(<OptionsPage />);
    fireEvent.input(screen.getByLabelText('Clinic name'), { target: { value: 'Eastside Legal Clinic' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '555-0100' } });
    fireEvent.input(screen.getByLabelText('Opening hours'), { target: { value: 'Tue and Thu 10-4' } });
    await screen.findByText('Saved.');
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(null)).toEqual({
        clinicDetails: { name: 'Eastside Legal Clinic', phone: '555-0100', hours: 'Tue and Thu 10-4' },
      }),
    );
    cleanup();
    render(<ChecklistPage />);
    const header = await screen.findByText('Eastside Legal Clinic');
    expect(header.closest('.clinic-header')?.textContent).toBe('Eastside Legal ClinicPhone: 555-0100Hours: Tue and Thu 10-4');
  });
});
