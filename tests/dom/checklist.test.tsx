import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import { ChecklistPage } from '@/src/checklist/ChecklistPage';
import { checklistSteps, helpLines } from '@/src/checklist/steps';
import { checklistTicks, tickIds } from '@/src/checklist/tickStore';

const messages = en as Record<string, { message: string } | undefined>;

afterEach(() => {
  cleanup();
});

describe('checklist steps (data)', () => {
  it('has unique ids', () => {
    const ids = checklistSteps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(checklistSteps.map((step) => [step.id, step]))('%s has a title and a why in plain words', (_, step) => {
    expect(messages[step.title]?.message.length).toBeGreaterThan(5);
    expect(messages[step.why]?.message.length).toBeGreaterThan(20);
  });

  const officialHost = /^(?:[a-z0-9-]+\.)*(?:uscis|dhs)\.gov$/;
  it.each(checklistSteps.flatMap((step) => step.links.map((link) => [step.id, link.url, link.label] as const)))(
    '%s links only to https uscis.gov or dhs.gov: %s',
    (_, url, label) => {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(parsed.hostname).toMatch(officialHost);
      expect(parsed.username + parsed.password).toBe('');
      expect(messages[label]?.message).toBeTruthy();
    },
  );

  it('covers the steps a person goes through, in order', () => {
    expect(checklistSteps.map((step) => step.id)).toEqual([
      'where-printed',
      'exact-copy',
      'lookalikes',
      'hidden-characters',
      'valid-90-days',
      'already-used',
      'lost-or-expired',
      'locked-out',
      'contact-center',
      'mail-not-arrived',
    ]);
  });

  it('keeps the help lines as data', () => {
    // Typed by hand from USCIS's Contact Center listing.
    expect(helpLines).toEqual({ contactCenter: '800-375-5283', tty: '800-767-1833', outsideUs: '+1 212-620-3418' });
  });
});

describe('ChecklistPage', () => {
  it('shows each step as a checkbox with a visible label and its why', () => {
    render(<ChecklistPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'When the USCIS access code does not work: a checklist',
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(checklistSteps.length);
    const box = screen.getByLabelText('Call the USCIS Contact Center');
    const why = document.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(why.textContent).toBe(
      'Why: Call 800-375-5283 (TTY 800-767-1833). From outside the U.S.: +1 212-620-3418. Have your receipt number at hand.',
    );
    expect(screen.getByText(/not affiliated with USCIS/)).toBeTruthy();
  });

  it('fills numbers into the wording', () => {
    render(<ChecklistPage />);
    expect(screen.getByText(/valid for 90 days/)).toBeTruthy();
    expect(screen.getByText(/usually within 10 business days/)).toBeTruthy();
    expect(screen.getByText(/Wait 20 minutes/)).toBeTruthy();
  });

  it('remembers ticks in session storage, and Start over clears them', async () => {
    render(<ChecklistPage />);
    fireEvent.click(screen.getByLabelText('Was the code already used?'));
    fireEvent.click(screen.getByLabelText('Type it exactly as printed'));
    await waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('checklistTicks')).toEqual({
        checklistTicks: ['already-used', 'exact-copy'],
      }),
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    // Reopened: the ticks come back from the session.
    cleanup();
    render(<ChecklistPage />);
    await waitFor(() => expect((screen.getByLabelText('Was the code already used?') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('Type it exactly as printed') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Is the code still valid?') as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    await screen.findByText('Cleared. Ready for the next person.');
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('unticks', async () => {
    render(<ChecklistPage />);
    const box = screen.getByLabelText('Locked out after wrong passwords?');
    fireEvent.click(box);
    fireEvent.click(box);
    await waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('checklistTicks')).toEqual({ checklistTicks: [] }),
    );
  });
});

describe('tick store', () => {
  it('is a WXT storage item in storage.session, empty by default, removed on clear', async () => {
    expect(await checklistTicks.getValue()).toEqual([]);
    await checklistTicks.setValue(['lookalikes']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ checklistTicks: ['lookalikes'] });
    await checklistTicks.removeValue();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('ignores what is not a list of ids', () => {
    // [stored value, ids kept]
    const rows: Array<[unknown, string[]]> = [
      ['where-printed', []], // a string, not a list
      [['where-printed', 7], ['where-printed']], // a number among the ids
      [null, []], // nothing stored
    ];
    for (const [value, ids] of rows) expect(tickIds(value)).toEqual(ids);
  });

  it('follows ticks made on another page (the popup and the checklist page stay in step)', async () => {
    render(<ChecklistPage />);
    await checklistTicks.setValue(['locked-out']);
    await waitFor(() => expect((screen.getByLabelText('Locked out after wrong passwords?') as HTMLInputElement).checked).toBe(true));
    await checklistTicks.removeValue();
    await waitFor(() => expect((screen.getByLabelText('Locked out after wrong passwords?') as HTMLInputElement).checked).toBe(false));
  });
});
