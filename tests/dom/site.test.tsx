import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabUrl } from '@/src/site/activeTabUrl';
import { LinkCheck } from '@/src/site/LinkCheck';
import { TabVerdict } from '@/src/site/TabVerdict';

afterEach(() => {
  cleanup();
});

describe('activeTabUrl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const cases: Array<{ tabs: Array<{ url?: string }>; expected: string | undefined }> = [
    // activeTab granted (the person clicked the button on this page).
    { tabs: [{ url: 'https://my.uscis.gov/account/applicant' }], expected: 'https://my.uscis.gov/account/applicant' },
    // No grant: the browser leaves the address out.
    { tabs: [{}], expected: undefined },
    // No tab at all (a window closing).
    { tabs: [], expected: undefined },
  ];
  it.each(cases)('$tabs', async ({ tabs, expected }) => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
    expect(await activeTabUrl()).toBe(expected);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('gives undefined when the query fails', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no window'));
    expect(await activeTabUrl()).toBe(undefined);
  });
});

describe('TabVerdict', () => {
  const cases: Array<{ url: string | undefined; verdict: string; text: RegExp }> = [
    // The add-case page: official.
    { url: 'https://my.uscis.gov/account/applicant/add-case', verdict: 'official', text: /Official USCIS site/ },
    // A lookalike: a warning, and the real address.
    { url: 'https://uscis-gov.com/account/applicant/add-case', verdict: 'lookalike', text: /NOT a USCIS site/ },
    // Any other page.
    { url: 'https://example.org/', verdict: 'not-uscis', text: /not on uscis\.gov/ },
    // No activeTab grant: say so, guess nothing.
    { url: undefined, verdict: 'unknown', text: /did not share this tab's address/ },
  ];
  it.each(cases)('$url: $verdict', async ({ url, verdict, text }) => {
    const { container } = render(<TabVerdict readUrl={async () => url} />);
    await waitFor(() => expect(container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe(verdict));
    expect(container.querySelector('[data-verdict]')!.textContent).toMatch(text);
  });

  it('names the real host of a lookalike, and why', async () => {
    const { container } = render(<TabVerdict readUrl={async () => 'https://my.uscis.gov@evil.example/'} />);
    await screen.findByText('Address: evil.example');
    expect(container.querySelector('[data-reason]')?.getAttribute('data-reason')).toBe('user-info');
    expect(screen.getByText(/part before the @ sign is a decoy/)).toBeTruthy();
    expect(screen.getByText(/Do not type your access code or password here/)).toBeTruthy();
  });
});

describe('LinkCheck', () => {
  const cases: Array<{ input: string; verdict: string | null }> = [
    // Nothing typed: nothing said.
    { input: '', verdict: null },
    // Pasted from a letter, without https://.
    { input: 'my.uscis.gov/account/v1/needhelp', verdict: 'official' },
    // A text message with a lookalike.
    { input: 'https://usciss.us/verify', verdict: 'lookalike' },
    // An official host over http.
    { input: 'http://egov.uscis.gov/', verdict: 'not-https' },
    // Not an address.
    { input: 'hello there', verdict: 'unknown' },
  ];
  it.each(cases)('$input: $verdict', ({ input, verdict }) => {
    const { container } = render(<LinkCheck />);
    fireEvent.input(screen.getByLabelText('Check a link from a letter, e-mail or text message'), {
      target: { value: input },
    });
    expect(container.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null).toBe(verdict);
  });

  it('says in words that an unreadable link is not an address', () => {
    render(<LinkCheck />);
    fireEvent.input(screen.getByLabelText('Check a link from a letter, e-mail or text message'), {
      target: { value: 'hello there' },
    });
    expect(screen.getByText(/This is not a web address/)).toBeTruthy();
  });
});
