import { afterEach, describe, expect, it } from 'vitest';
import { watchFields } from '@/src/field/watchFields';

// Fields that replace one we were helping, and values already there, are
// taken without a click; nothing else is. The log records attach (+) and release (-).
function watch() {
  const log: string[] = [];
  const controller = new AbortController();
  watchFields(document, controller.signal, (field, kind) => {
    const name = field.id || field.name || field.getAttribute('aria-label') || '?';
    log.push(`+${name}:${kind}`);
    return () => log.push(`-${name}`);
  });
  return { log, stop: () => controller.abort() };
}
// A task tick: what the watcher queued (its MutationObserver, its 0 ms timers) runs first.
const settle = () => new Promise((r) => setTimeout(r, 0));
const focus = (selector: string) => (document.querySelector(selector) as HTMLElement).focus();
const row = (id: string) => `<div class="row"><label for="${id}">Online Access Code</label><input id="${id}"></div>`;

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.replaceChildren();
});

describe('replacements of helped fields', () => {
  it('takes the field a framework re-renders in its place, a whole row at once', async () => {
    document.body.innerHTML = `<main><form id="f">${row('code')}</form></main>`;
    const { log, stop } = watch();
    focus('#code');
    document.getElementById('f')!.innerHTML = row('code'); // the row is thrown away, a new one drawn
    await settle();
    expect(log).toEqual(['+code:access-code', '-code', '+code:access-code']);
    stop();
  });

  it('takes a replacement that comes later (after the server answered)', async () => {
    document.body.innerHTML = `<main id="app">${row('code')}</main>`;
    const { log, stop } = watch();
    focus('#code');
    document.getElementById('app')!.innerHTML = '<p>Checking…</p>';
    await settle();
    expect(log).toEqual(['+code:access-code', '-code']);
    document.getElementById('app')!.innerHTML = `<form><p>The code is invalid.</p>${row('code')}</form>`;
    await settle();
    expect(log).toEqual(['+code:access-code', '-code', '+code:access-code']);
    stop();
  });

  it('takes a replacement with no id or name: the one box of its kind where the old one was', async () => {
    document.body.innerHTML = '<main id="app"><input aria-label="Online access code"><input aria-label="Search"></main>';
    const { log, stop } = watch();
    focus('[aria-label="Online access code"]');
    document.getElementById('app')!.innerHTML = '<input aria-label="Search"><input aria-label="Online access code">';
    await settle();
    expect(log).toEqual(['+Online access code:access-code', '-Online access code', '+Online access code:access-code']);
    stop();
  });

  it('does not read other inputs added to the page', async () => {
    document.body.innerHTML = `<main id="app">${row('code')}</main><div id="other"></div>`;
    const { log, stop } = watch();
    document.getElementById('other')!.innerHTML = row('code2'); // never helped: never judged
    await settle();
    expect(log).toEqual([]);
    stop();
  });
});

describe('values already there', () => {
  it('takes a field holding a value when we arrive (restored on Back), and no empty one', () => {
    document.body.innerHTML = `${row('code')}<label for="r">Receipt Number</label><input id="r"><input id="q" value="search words" placeholder="Search">`;
    document.querySelector<HTMLInputElement>('#code')!.value = 'K7XH4MW9PT3R';
    const { log, stop } = watch();
    expect(log).toEqual(['+code:access-code']);
    stop();
  });

  it('takes a field holding a value on pageshow', () => {
    document.body.innerHTML = row('code');
    const { log, stop } = watch();
    expect(log).toEqual([]);
    document.querySelector<HTMLInputElement>('#code')!.value = 'K7XH4MW9PT3R';
    window.dispatchEvent(new Event('pageshow'));
    expect(log).toEqual(['+code:access-code']);
    stop();
  });
});
