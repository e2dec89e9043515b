import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerTab } from '@/src/field/answerTab';
import { chosenBoxes, selectorFor } from '@/src/field/chosenBoxes';
import { trackLastBox } from '@/src/field/lastBox';
import { watchFields } from '@/src/field/watchFields';
import type { TabRequest } from '@/src/protocol/messages';

// The content script's side of the popup's and context menu's questions,
// wired as the content script wires it (the same path the popup takes
// over runtime messaging; Firefox's popup cannot be driven by the e2e
// harness, so this is where its content-script half is covered for all builds).
const PAGE = 'my.uscis.gov/account/applicant/add-case';

function page(html: string) {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const log: string[] = [];
  const choices = chosenBoxes(document, PAGE);
  const last = trackLastBox(document, controller.signal);
  const watcher = watchFields(document, controller.signal, (field, kind) => {
    log.push(`+${field.id}:${kind}`);
    return () => log.push(`-${field.id}`);
  }, { chosenKind: choices.kindOf });
  const answer = answerTab({ watcher, choices, last });
  return { log, choices, watcher, ask: (request: TabRequest) => answer(request), stop: () => controller.abort() };
}
const focus = (selector: string) => (document.querySelector(selector) as HTMLElement).focus();
const stored = async () => (await fakeBrowser.storage.local.get('chosenBoxes')).chosenBoxes;

const FORM = '<label for="f3">Code</label><input id="f3"><label for="accessCode">Online Access Code</label><input id="accessCode"><input id="pw" type="password"><input id="mail" type="email">';

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.replaceChildren();
});

describe('answerTab', () => {
  it('says which kinds of box the page has, before any is reached', async () => {
    const { ask, stop } = page(FORM);
    expect(await ask({ type: 'ach:tab-status' })).toEqual({ helping: ['access-code'], lastBox: 'none' });
    stop();
  });

  it('says when the page has no box to help', async () => {
    const { ask, stop } = page('<input id="q" placeholder="what is an online access code?"><label for="u">User name or access code</label><input id="u">');
    expect(await ask({ type: 'ach:tab-status' })).toEqual({ helping: [], lastBox: 'none' });
    stop();
  });

  it('helps the box focused last as the kind the person says, remembers it for the page, and stops', async () => {
    const { ask, log, stop } = page(FORM);
    focus('#f3');
    expect(await ask({ type: 'ach:tab-status' })).toEqual({ helping: ['access-code'], lastBox: 'not-helped' });
    expect(await ask({ type: 'ach:help-box', kind: 'receipt-number', box: 'last-focused' })).toEqual({ ok: true });
    expect(log).toEqual(['+f3:receipt-number']);
    expect(await stored()).toEqual({ [PAGE]: [{ selector: '#f3', kind: 'receipt-number' }] }); // a selector, never a value
    expect(await ask({ type: 'ach:tab-status' })).toEqual({ helping: ['receipt-number', 'access-code'], lastBox: 'helped' });
    expect(await ask({ type: 'ach:stop-box', box: 'last-focused' })).toEqual({ ok: true });
    expect(log).toEqual(['+f3:receipt-number', '-f3']);
    expect(await stored()).toEqual({});
    stop();
  });

  it('helps a chosen box again on the next visit', async () => {
    const first = page(FORM);
    focus('#f3');
    await first.ask({ type: 'ach:help-box', kind: 'access-code', box: 'last-focused' });
    first.stop();
    const again = page(FORM);
    for (const box of await again.choices.load()) again.watcher.reconsider(box as HTMLInputElement);
    expect(again.log).toEqual(['+f3:access-code']);
    again.stop();
  });

  it('turns off a wrong guess with "Stop helping this box", and remembers that', async () => {
    const { ask, log, stop } = page(FORM);
    focus('#accessCode');
    expect(await ask({ type: 'ach:stop-box', box: 'last-focused' })).toEqual({ ok: true });
    expect(log).toEqual(['+accessCode:access-code', '-accessCode']);
    expect(await stored()).toEqual({ [PAGE]: [{ selector: '#accessCode', kind: 'none' }] });
    focus('#f3');
    focus('#accessCode');
    expect(log).toEqual(['+accessCode:access-code', '-accessCode']);
    stop();
  });

  it('never helps a password or e-mail box, even when asked', async () => {
    const { ask, log, stop } = page(FORM);
    for (const selector of ['#pw', '#mail']) {
      focus(selector);
      expect(await ask({ type: 'ach:tab-status' })).toMatchObject({ lastBox: 'refused' });
      expect(await ask({ type: 'ach:help-box', kind: 'access-code', box: 'last-focused' })).toEqual({ ok: false, reason: 'refused' });
    }
    expect(log).toEqual([]);
    expect(await stored()).toBe(undefined);
    stop();
  });

  it('says there is no box when none was clicked', async () => {
    const { ask, stop } = page(FORM);
    expect(await ask({ type: 'ach:help-box', kind: 'access-code', box: 'last-focused' })).toEqual({ ok: false, reason: 'no-box' });
    stop();
  });

  it('uses the right-clicked box for the context menu', async () => {
    const { ask, log, stop } = page(FORM);
    focus('#accessCode');
    document.querySelector('#f3')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    expect(await ask({ type: 'ach:help-box', kind: 'access-code', box: 'context-menu' })).toEqual({ ok: true });
    expect(log).toEqual(['+accessCode:access-code', '+f3:access-code']);
    stop();
  });
});

describe('selectorFor', () => {
  const cases: Array<[string, string, string, string | null]> = [
    // a unique id
    ['id', '<input id="f3">', 'input', '#f3'],
    // an id CSS cannot take bare
    ['id with a colon', '<input id="a:b">', 'input', '#a\\:b'],
    // no id, a unique name
    ['name', '<input name="code">', 'input', 'input[name="code"]'],
    // neither: its place under the nearest ancestor with an id
    ['place under an id', '<div id="form"><p><input></p><p><input></p></div>', 'p:nth-child(2) input', '#form > p:nth-child(2) > input:nth-child(1)'],
    // a duplicated id is not unique: its place instead
    ['duplicate id', '<div id="x"><input id="d"></div><input id="d">', '#x input', '#x > input:nth-child(1)'],
  ];
  it.each(cases)('%s', (_, html, pick, expected) => {
    document.body.innerHTML = html;
    const field = document.querySelector(pick)!;
    const selector = selectorFor(field);
    expect(selector).toBe(expected);
    expect(document.querySelector(selector!)).toBe(field);
  });

  it('gives null for a box inside a shadow root', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input id="s">';
    document.body.append(host);
    expect(selectorFor(host.shadowRoot!.querySelector('input')!)).toBe(null);
  });
});
