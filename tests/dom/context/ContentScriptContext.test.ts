import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/src/context/ContentScriptContext';

// The content script's context in place of WXT's: no channel the page can
// use, and only the extension's own validity check ends a copy.
afterEach(() => {
  vi.restoreAllMocks();
});

// WXT 0.21.0's event type: `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`.
const STARTED = `${fakeBrowser.runtime.id}:uscis:wxt:content-script-started`;

describe('ContentScriptContext', () => {
  it('posts nothing to the page and dispatches nothing when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const windowDispatched = vi.spyOn(window, 'dispatchEvent');
    const ctx = new ContentScriptContext('uscis');
    expect(ctx.isValid).toBe(true);
    expect([posted.mock.calls, dispatched.mock.calls, windowDispatched.mock.calls]).toEqual([[], [], []]);
  });

  it('is not stopped by the page dispatching WXT\'s "started" event or posting its message', () => {
    const ctx = new ContentScriptContext('uscis');
    const detail = { contentScriptName: 'uscis', messageId: 'x' };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    window.dispatchEvent(new CustomEvent(STARTED, { detail }));
    window.dispatchEvent(new MessageEvent('message', { data: { type: STARTED, ...detail } }));
    window.dispatchEvent(new MessageEvent('message', { data: { event: STARTED, ...detail } }));
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('is stale once the extension is gone (no runtime id), and then drops its listeners', () => {
    const ctx = new ContentScriptContext('uscis');
    const heard: string[] = [];
    ctx.addEventListener(document, 'keydown', () => heard.push('key'));
    document.dispatchEvent(new KeyboardEvent('keydown'));
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    expect(ctx.isValid).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(heard).toEqual(['key']);
  });
});
