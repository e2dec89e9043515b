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

  it('has a tab for each part, and a heading in each', async () => {
    render(<Popup readUrl={officialTab} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Check a code', 'This page', 'Checklist', 'Settings']);
    // Every part stays in the document; the hidden ones are left out of the accessibility tree.
    expect(screen.getAllByRole('heading', { level: 2, hidden: true }).map((h) => h.textContent)).toEqual([
      'Check a code',
      'Is this really USCIS?',
      'If the code does not work',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Check a code']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Access Code Helper');
  });

  it('says whether the open tab is USCIS', async () => {
    const { container } = render(<Popup readUrl={officialTab} />);
    await waitFor(() => expect(container.querySelector('.tab-verdict [data-verdict]')?.getAttribute('data-verdict')).toBe('official'));
  });

  it('links to the checklist page', () => {
    render(<Popup readUrl={officialTab} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }));
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

describe('LanguageMenu', () => {
  it('offers the browser language first, then each language in its own name', () => {
    render(<Popup readUrl={officialTab} />);
    const menu = screen.getByLabelText('Language') as HTMLSelectElement;
    const options = [...menu.options].map((o) => o.textContent);
    expect(options[0]).toBe('Same as the browser');
    expect(options).toContain('Español');
    expect(options).toContain('العربية');
    expect(menu.value).toBe('');
  });

  it('keeps the choice as a preference in storage.local, and can go back to the browser language', async () => {
    render(<Popup readUrl={officialTab} />);
    const menu = screen.getByLabelText('Language') as HTMLSelectElement;
    fireEvent.change(menu, { target: { value: 'pt_BR' } });
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('language')).toEqual({ language: 'pt_BR' }));
    fireEvent.change(menu, { target: { value: '' } });
    await waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
  });

  it('shows the stored choice', async () => {
    await fakeBrowser.storage.local.set({ language: 'vi' });
    render(<Popup readUrl={officialTab} />);
    await waitFor(() => expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('vi'));
  });
});
