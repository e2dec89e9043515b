import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabUrl } from '@/src/site/activeTabUrl';
import { LinkCheck } from '@/src/site/LinkCheck';
import { siteVerdict, VERDICT_STEPS } from '@/src/site/siteVerdict';
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

const verdictOf = (container: Element) => container.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null;

describe('LinkCheck when something fails', () => {
  const label = 'Check a link from a letter, e-mail or text message';
  const type = (value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

  it('names a malformed escape before an @, after an official link, with the host the browser would open', () => {
    const { container } = render(<LinkCheck />);
    type('https://my.uscis.gov/account');
    expect(verdictOf(container)).toBe('official');
    type('https://my.uscis.gov%ff@evil.example/account');
    expect(verdictOf(container)).toBe('malformed');
    expect(screen.getByText('This link is malformed. Do not trust it.')).toBeTruthy();
    expect(screen.getByText('Address: evil.example')).toBeTruthy();
    expect(screen.queryByText(/Official USCIS site/)).toBe(null);
  });

  it('answers a megabyte pasted after an official link with "not a link we can check", never the official verdict', () => {
    const { container } = render(<LinkCheck />);
    type('https://my.uscis.gov/account');
    expect(verdictOf(container)).toBe('official');
    type(`https://my.uscis.gov/${'a'.repeat(1024 * 1024)}`);
    expect(verdictOf(container)).toBe('too-long');
    expect(screen.getByText('This is not a link we can check: it is far too long. Do not trust it.')).toBeTruthy();
    expect(screen.queryByText(/Official USCIS site/)).toBe(null);
    expect(screen.queryByText(/^Address:/)).toBe(null);
  });

  // Each step of the verdict made to fail in turn, on a link that reaches it
  // (an official link stops at the second step; a lookalike goes through them all).
  it.each(VERDICT_STEPS.map(([name], i) => [name, i] as const))('a failure in step %s shows "cannot be checked", never the earlier verdict', (_, i) => {
    const steps = VERDICT_STEPS.map(([name, step], j) => [name, j === i ? () => { throw new Error('boom'); } : step] as const);
    let broken = false;
    const { container } = render(<LinkCheck judge={(text) => siteVerdict(text, broken ? steps : VERDICT_STEPS)} />);
    type('https://my.uscis.gov/account');
    expect(verdictOf(container)).toBe('official');
    broken = true;
    type('https://focus-cisco.com/');
    expect(verdictOf(container)).toBe('cannot-check');
    expect(screen.getByText('This address cannot be checked. Do not trust it.')).toBeTruthy();
    expect(screen.queryByText(/Official USCIS site/)).toBe(null);
  });

  it('a verdict function that throws shows "cannot be checked"', () => {
    let broken = false;
    const { container } = render(<LinkCheck judge={(text) => { if (broken) throw new Error('boom'); return siteVerdict(text); }} />);
    type('https://my.uscis.gov/account');
    broken = true;
    type('https://my.uscis.gov/account/x');
    expect(verdictOf(container)).toBe('cannot-check');
  });

  it('a verdict that cannot be drawn shows "cannot be checked"', () => {
    let broken = false;
    // A verdict object whose reason has no words: drawing it fails inside VerdictMessage.
    const { container } = render(<LinkCheck judge={(text) => (broken ? { kind: 'lookalike', host: 'x', get reason(): never { throw new Error('boom'); } } : siteVerdict(text))} />);
    type('https://my.uscis.gov/account');
    broken = true;
    type('https://my.uscis.gov/account/x');
    expect(verdictOf(container)).toBe('cannot-check');
  });
});

