import { afterEach, describe, expect, it } from 'vitest';
import { watchFields } from '@/src/field/watchFields';

// The watcher over a live document: a field is judged when a person reaches
// it (focus or input), and let go when it leaves the page or stops being
// ours. The log records attach (+) and release (-).
function watch() {
  const log: string[] = [];
  const controller = new AbortController();
  watchFields(document, controller.signal, (field, kind) => {
    const name = field.id || field.name;
    log.push(`+${name}:${kind}`);
    return () => log.push(`-${name}`);
  });
  return { log, stop: () => controller.abort() };
}
const settle = () => new Promise((r) => setTimeout(r, 0));
const focus = (selector: string) => (document.querySelector(selector) as HTMLElement).focus();

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.replaceChildren();
});

describe('watchFields', () => {
  it('judges a field when it is focused, and no other', () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a"><input id="q" placeholder="Search"><input id="pw" type="password">';
    const { log, stop } = watch();
    expect(log).toEqual([]); // nothing is read up front
    focus('#q');
    focus('#pw');
    focus('#a');
    focus('#q');
    focus('#a'); // already helped: not judged again
    expect(log).toEqual(['+a:access-code']);
    stop();
  });

  it('takes a field rendered later, when it is reached', () => {
    const { log, stop } = watch();
    document.body.innerHTML = '<label for="r">Receipt number</label><input id="r">';
    focus('#r');
    expect(log).toEqual(['+r:receipt-number']);
    stop();
  });

  it('takes a field that gets input without focus (text dropped on it)', () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a">';
    const { log, stop } = watch();
    document.querySelector('#a')!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(log).toEqual(['+a:access-code']);
    stop();
  });

  it('lets go of a replaced field at once, and takes the one that replaces it at once', async () => {
    document.body.innerHTML = '<div id="app"><label for="a">Access code</label><input id="a"></div>';
    const { log, stop } = watch();
    for (let i = 0; i < 2; i++) {
      focus('#a');
      document.getElementById('app')!.innerHTML = '<label for="a">Access code</label><input id="a">';
      await settle();
    }
    expect(log).toEqual(['+a:access-code', '-a', '+a:access-code', '-a', '+a:access-code']);
    stop();
  });

  it('lets go of a field retyped to password', async () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a">';
    const { log, stop } = watch();
    focus('#a');
    document.getElementById('a')!.setAttribute('type', 'password');
    await settle();
    expect(log).toEqual(['+a:access-code', '-a']);
    stop();
  });

  it('names a field whose label arrived after it, at its next focus', () => {
    document.body.innerHTML = '<input id="late"><button id="b">x</button>';
    const { log, stop } = watch();
    focus('#late');
    const label = document.createElement('label');
    label.htmlFor = 'late';
    label.textContent = 'Online Access Code';
    document.body.prepend(label);
    focus('#b');
    focus('#late');
    expect(log).toEqual(['+late:access-code']);
    stop();
  });

  it('reaches into open shadow roots', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="s">Access code</label><input id="s">';
    document.body.append(host);
    const { log, stop } = watch();
    (root.querySelector('#s') as HTMLInputElement).focus();
    expect(log).toEqual(['+s:access-code']);
    stop();
  });

  it('judges a field already focused when it starts (autofocus)', () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a">';
    focus('#a');
    const { log, stop } = watch();
    expect(log).toEqual(['+a:access-code']);
    stop();
  });

  it('stops listening and releases everything on abort', () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a"><label for="b">Access code</label><input id="b">';
    const { log, stop } = watch();
    focus('#a');
    stop();
    focus('#b');
    expect(log).toEqual(['+a:access-code', '-a']);
  });
});
