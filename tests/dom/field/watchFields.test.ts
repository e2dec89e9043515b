import { afterEach, describe, expect, it } from 'vitest';
import { watchFields, type WatchOptions } from '@/src/field/watchFields';

// The watcher over a live document: a field is judged when a person reaches
// it (focus or input), and let go when it leaves the page or stops being
// ours. The log records attach (+) and release (-).
function watch(options: WatchOptions = {}) {
  const log: string[] = [];
  const controller = new AbortController();
  const watcher = watchFields(document, controller.signal, (field, kind) => {
    const name = field.id || field.name;
    log.push(`+${name}:${kind}`);
    return () => log.push(`-${name}`);
    // Every event here is made by the test: all taken as the browser's own.
  }, { trusted: () => true, ...options });
  return { log, watcher, stop: () => controller.abort() };
}
const input = (selector: string) => document.querySelector(selector)!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
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

  it('lets go of a helped field whose label is reworded as a two-step field', async () => {
    document.body.innerHTML = '<label for="c" id="l">Access code</label><input id="c">';
    const { log, stop } = watch();
    focus('#c');
    document.getElementById('l')!.textContent = 'Enter the secure verification code sent to your phone';
    await settle();
    expect(log).toEqual(['+c:access-code', '-c']);
    stop();
  });

  it('lets go of a helped field whose aria-labelledby or aria-describedby target changes its words', async () => {
    document.body.innerHTML = '<span id="n">Access code</span><input id="a" aria-labelledby="n"><span id="d"></span><input id="b" aria-label="Access code" aria-describedby="d">';
    const { log, stop } = watch();
    focus('#a');
    focus('#b');
    document.getElementById('n')!.firstChild!.nodeValue = 'Two-step access code';
    await settle();
    document.getElementById('d')!.append('From your authenticator app');
    await settle();
    expect(log).toEqual(['+a:access-code', '+b:access-code', '-a', '-b']);
    stop();
  });

  it('remembers a passed-over field while it is typed in, until its words change', async () => {
    document.body.innerHTML = '<label for="f3" id="l">Code</label><input id="f3">';
    const { log, stop } = watch();
    focus('#f3');
    const labels = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'labels')!;
    let reads = 0;
    Object.defineProperty(document.getElementById('f3')!, 'labels', { get() { reads++; return labels.get!.call(this); } });
    for (let i = 0; i < 5; i++) input('#f3');
    expect(reads).toBe(0); // typed in five times, not judged again
    document.getElementById('l')!.textContent = 'Online Access Code';
    await settle();
    input('#f3');
    expect(log).toEqual(['+f3:access-code']);
    stop();
  });

  it('forgets a passed-over decision when a fact attribute changes', async () => {
    document.body.innerHTML = '<input id="f3">';
    const { log, stop } = watch();
    focus('#f3');
    input('#f3');
    document.getElementById('f3')!.setAttribute('placeholder', 'Online access code');
    await settle();
    input('#f3');
    expect(log).toEqual(['+f3:access-code']);
    stop();
  });

  it('helps a field a person chose, and lets go when the choice is withdrawn', () => {
    document.body.innerHTML = '<label for="f3">Code</label><input id="f3"><input id="p" type="password">';
    let chosen: 'access-code' | null = null;
    const { log, watcher, stop } = watch({ chosenKind: (field) => (field.id === 'f3' || field.id === 'p' ? chosen : null) });
    focus('#f3');
    expect(log).toEqual([]);
    chosen = 'access-code';
    watcher.reconsider(document.querySelector('#f3')!);
    watcher.reconsider(document.querySelector('#p')!); // a password field: never, even when chosen
    expect(watcher.helping()).toEqual(['access-code']);
    chosen = null;
    watcher.reconsider(document.querySelector('#f3')!);
    expect(log).toEqual(['+f3:access-code', '-f3']);
    expect(watcher.helping()).toEqual([]);
    stop();
  });
});

describe('watchFields and a page script', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  // A page firing input events at thousands of boxes (as a form library
  // validating them) makes us judge none of them: a person reaches a box by
  // focus first, and the browser's autofill sends trusted events.
  it('judges no box on an input event a script made, and judges it once it gets focus', () => {
    document.body.innerHTML = '<label for="oac">Online Access Code</label><input id="oac">';
    const { log, stop } = watch({ trusted: (event) => event.isTrusted === true });
    input('#oac');
    expect(log).toEqual([]);
    focus('#oac');
    expect(log).toEqual(['+oac:access-code']);
    stop();
  });
});
