import { afterEach, describe, expect, it } from 'vitest';
import { watchFields } from '@/src/field/watchFields';

// The watcher over a live document: fields that arrive, are replaced,
// relabelled, or sit in a shadow root. The log records attach and release.
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

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchFields', () => {
  it('finds fields already on the page, and not others', () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a"><input id="q" placeholder="Search"><input id="pw" type="password">';
    const { log, stop } = watch();
    expect(log).toEqual(['+a:access-code']);
    stop();
  });

  it('finds a field rendered later', async () => {
    const { log, stop } = watch();
    document.body.innerHTML = '<label for="r">Receipt number</label><input id="r">';
    await settle();
    expect(log).toEqual(['+r:receipt-number']);
    stop();
  });

  it('releases a replaced field and takes the new one', async () => {
    document.body.innerHTML = '<div id="app"><label for="a">Access code</label><input id="a"></div>';
    const { log, stop } = watch();
    for (let i = 0; i < 3; i++) {
      document.getElementById('app')!.innerHTML = '<label for="a">Access code</label><input id="a">';
      await settle();
    }
    expect(log).toEqual(['+a:access-code', '+a:access-code', '-a', '+a:access-code', '-a', '+a:access-code', '-a']);
    stop();
  });

  it('lets go of a field retyped to password', async () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a">';
    const { log, stop } = watch();
    document.getElementById('a')!.setAttribute('type', 'password');
    await settle();
    expect(log).toEqual(['+a:access-code', '-a']);
    stop();
  });

  it('names a field when its label arrives after it', async () => {
    document.body.innerHTML = '<input id="late">';
    const { log, stop } = watch();
    const label = document.createElement('label');
    label.htmlFor = 'late';
    label.textContent = 'Online Access Code';
    document.body.prepend(label);
    await settle();
    expect(log).toEqual(['+late:access-code']);
    stop();
  });

  it('looks inside open shadow roots, also ones filled later', async () => {
    const { log, stop } = watch();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await settle();
    root.innerHTML = '<label for="s">Access code</label><input id="s">';
    await settle();
    expect(log).toEqual(['+s:access-code']);
    stop();
  });

  it('stops watching and releases everything on abort', async () => {
    document.body.innerHTML = '<label for="a">Access code</label><input id="a">';
    const { log, stop } = watch();
    stop();
    document.body.innerHTML = '<label for="b">Access code</label><input id="b">';
    await settle();
    expect(log).toEqual(['+a:access-code', '-a']);
  });
});
