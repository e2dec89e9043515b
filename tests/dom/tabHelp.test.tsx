import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenTab, TabLink } from '@/src/site/askTab';
import { TabHelp } from '@/src/site/TabHelp';
import type { BoxReply, TabRequest, TabStatus } from '@/src/protocol/messages';

afterEach(() => {
  cleanup();
});

/** A tab whose helper answers from `status`, recording what it was asked. */
function tab(status: TabStatus | undefined, reply: BoxReply = { ok: true }, open: OpenTab | null = { id: 7, official: true }) {
  const asked: TabRequest[] = [];
  const calls: Array<Promise<unknown>> = [];
  const track = <T,>(answer: Promise<T>) => (calls.push(answer), answer);
  const link: TabLink = {
    tab: () => track((async () => open ?? undefined)()),
    ask: ((_: number, request: TabRequest) =>
      track(
        (async () => {
          asked.push(request);
          return request.type === 'ach:tab-status' ? status : reply;
        })(),
      )) as TabLink['ask'],
  };
  /** Once the view has asked, every answer is in and what it drew from them has rendered. */
  const answered = async () => {
    await waitFor(() => expect(calls.length).toBeGreaterThan(0));
    for (let seen = -1; seen !== calls.length; ) {
      seen = calls.length;
      await Promise.all(calls);
      await new Promise((r) => setTimeout(r, 0)); // a task tick: the renders the answers queued run first
    }
  };
  return { link, asked, answered };
}

describe('TabHelp', () => {
  const lines: Array<[string, TabStatus | undefined, string]> = [
    // both boxes found
    ['both', { helping: ['access-code', 'receipt-number'], lastBox: 'none' }, 'Helping: Online Access Code, Receipt number'],
    // the access code only
    ['one', { helping: ['access-code'], lastBox: 'none' }, 'Helping: Online Access Code'],
    // nothing found
    ['none', { helping: [], lastBox: 'none' }, 'No access-code box found on this page.'],
    // the helper did not answer
    ['no answer', undefined, 'The helper is not running on this page yet. Reload the page, then open this again.'],
  ];
  it.each(lines)('status line: %s', async (_, status, text) => {
    render(<TabHelp link={tab(status).link} />);
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it('shows nothing on a tab whose address is not shared and whose page does not answer', async () => {
    const { link, answered } = tab(undefined, { ok: true }, { id: 7, official: false });
    const { container } = render(<TabHelp link={link} />);
    await answered();
    expect(container.textContent).toBe('');
  });

  it('speaks for a tab whose address is not shared when its helper answers', async () => {
    render(<TabHelp link={tab({ helping: ['receipt-number'], lastBox: 'none' }, { ok: true }, { id: 7, official: false }).link} />);
    expect(await screen.findByText('Helping: Receipt number')).toBeTruthy();
  });

  it('shows nothing on a tab that is not USCIS', async () => {
    const { link, answered } = tab({ helping: [], lastBox: 'none' }, { ok: true }, null);
    const { container } = render(<TabHelp link={link} />);
    await answered();
    expect(container.textContent).toBe('');
  });

  it('helps the box clicked last as the kind the person says', async () => {
    const { link, asked } = tab({ helping: [], lastBox: 'not-helped' });
    render(<TabHelp link={link} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Help with the box I clicked last' }));
    expect(screen.getByRole('group', { name: 'What goes in that box?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'The access code' }));
    await screen.findByText('Done. The helper checks that box now and remembers it on this page.');
    expect(asked).toContainEqual({ type: 'ach:help-box', kind: 'access-code', box: 'last-focused' });
    await waitFor(() => expect(asked.filter((r) => r.type === 'ach:tab-status').length).toBe(2)); // the status is read again
  });

  it('says why a password or e-mail box is not helped', async () => {
    render(<TabHelp link={tab({ helping: [], lastBox: 'refused' }, { ok: false, reason: 'refused' }).link} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Help with the box I clicked last' }));
    fireEvent.click(screen.getByRole('button', { name: 'The receipt number' }));
    expect(await screen.findByText('That is a password, e-mail or other box the helper never reads.')).toBeTruthy();
  });

  it('offers "Stop helping this box" for a helped box', async () => {
    const { link, asked } = tab({ helping: ['access-code'], lastBox: 'helped' });
    render(<TabHelp link={link} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop helping this box' }));
    await screen.findByText('Done. The helper no longer checks that box.');
    expect(asked).toContainEqual({ type: 'ach:stop-box', box: 'last-focused' });
  });
});
