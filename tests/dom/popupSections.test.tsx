import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/src/popup/Popup';
import type { OpenTab, TabLink } from '@/src/site/askTab';
import type { TabStatus } from '@/src/protocol/messages';

const officialTab = async () => 'https://my.uscis.gov/account/applicant/add-case';

/** A tab link that answers as the given tab and helper would. */
const linkTo = (tab: OpenTab | undefined, status: TabStatus | undefined): TabLink => ({
  tab: async () => tab,
  ask: (async () => status) as TabLink['ask'],
});

const selected = () => screen.getByRole('tab', { selected: true }).textContent;

afterEach(() => {
  cleanup();
  document.documentElement.dir = '';
});

describe('the popup in parts', () => {
  // [the open tab, the helper's answer, the part shown first]
  const firstViews: Array<[OpenTab | undefined, TabStatus | undefined, string]> = [
    [undefined, undefined, 'Check a code'], // not a USCIS tab
    [{ id: 1, official: true }, { helping: [], lastBox: null } as unknown as TabStatus, 'This page'], // USCIS, no box found
    [{ id: 1, official: true }, { helping: ['access-code'], lastBox: null } as unknown as TabStatus, 'Check a code'], // USCIS, helping a box
    [{ id: 1, official: true }, undefined, 'This page'], // USCIS, the helper did not answer (nothing found)
    [{ id: 1, official: false }, undefined, 'Check a code'], // address hidden, no answer: not known to be USCIS
  ];
  it.each(firstViews)('opened over %j answering %j shows %s first', async (tab, status, first) => {
    render(<Popup readUrl={officialTab} link={linkTo(tab, status)} />);
    await waitFor(() => expect(selected()).toBe(first));
  });

  it('is a WAI-ARIA tab list: one Tab stop, each panel labelled by its tab', () => {
    render(<Popup readUrl={officialTab} link={linkTo(undefined, undefined)} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    for (const tab of tabs) {
      const panel = document.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel.hidden).toBe(tab.getAttribute('aria-selected') !== 'true');
    }
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Parts of the helper');
  });

  // [direction, keys pressed from the first tab, the tab then selected and focused]
  const keys: Array<['ltr' | 'rtl', string[], string]> = [
    ['ltr', ['ArrowRight'], 'This page'], // next
    ['ltr', ['ArrowLeft'], 'Settings'], // wraps round to the last
    ['ltr', ['End'], 'Settings'],
    ['ltr', ['End', 'Home'], 'Check a code'],
    ['ltr', ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'], 'Check a code'], // wraps to the first
    ['rtl', ['ArrowLeft'], 'This page'], // right to left: the left arrow goes on
    ['rtl', ['ArrowRight'], 'Settings'],
  ];
  it.each(keys)('%s: %j selects %s', async (dir, pressed, expected) => {
    document.documentElement.dir = dir;
    render(<Popup readUrl={officialTab} link={linkTo(undefined, undefined)} />);
    for (const key of pressed) fireEvent.keyDown(document.activeElement === document.body ? screen.getByRole('tab', { selected: true }) : document.activeElement!, { key });
    await waitFor(() => expect(selected()).toBe(expected));
    expect(document.activeElement?.textContent).toBe(expected);
    expect(screen.getByRole('tab', { selected: true }).getAttribute('tabindex')).toBe('0');
  });

  it('keeps the part last used for the session, and Start over forgets it', async () => {
    render(<Popup readUrl={officialTab} link={linkTo(undefined, undefined)} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }));
    await waitFor(async () => expect(await fakeBrowser.storage.session.get('popupSection')).toEqual({ popupSection: 'checklist' }));
    cleanup();
    render(<Popup readUrl={officialTab} link={linkTo({ id: 1, official: true }, undefined)} />);
    await waitFor(() => expect(selected()).toBe('Checklist'));
    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    await screen.findByText('Cleared. Ready for the next person.');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
