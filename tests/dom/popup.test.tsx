import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/src/popup/Popup';

const officialTab = async () => 'https://my.uscis.gov/account/applicant/add-case';

afterEach(() => {
  cleanup();
});

describe('Popup', () => {
  it('says it is unofficial', () => {
    render(<Popup readUrl={officialTab} />);
    expect(screen.getByText(/not affiliated with USCIS/)).toBeTruthy();
  });

  it('has a heading for each part', () => {
    render(<Popup readUrl={officialTab} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Is this really USCIS?',
      'Check a code',
      'If the code does not work',
    ]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Access Code Helper');
  });

  it('says whether the open tab is USCIS', async () => {
    const { container } = render(<Popup readUrl={officialTab} />);
    await waitFor(() => expect(container.querySelector('.tab-verdict [data-verdict]')?.getAttribute('data-verdict')).toBe('official'));
  });

  it('links to the checklist page', () => {
    render(<Popup readUrl={officialTab} />);
    const link = screen.getByRole('link', { name: 'Open the checklist in a tab (to print it)' });
    expect(link.getAttribute('href')).toBe('/checklist.html');
  });

  it('starts over for the next person: ticks, the code and the link are cleared', async () => {
    render(<Popup readUrl={officialTab} />);
    fireEvent.click(screen.getByLabelText('Is the code still valid?'));
    fireEvent.input(screen.getByLabelText('Type or paste the access code'), { target: { value: ' ACDEFH' } });
    fireEvent.input(screen.getByLabelText('Check a link from a letter, e-mail or text message'), {
      target: { value: 'usciss.us' },
    });
    await waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('checklistTicks')).toEqual({ checklistTicks: ['valid-90-days'] }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Start over for the next person' }));
    await screen.findByText('Cleared. Ready for the next person.');
    expect((screen.getByLabelText('Is the code still valid?') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Type or paste the access code') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Check a link from a letter, e-mail or text message') as HTMLInputElement).value).toBe('');
    expect(document.querySelector('[data-finding]')).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
