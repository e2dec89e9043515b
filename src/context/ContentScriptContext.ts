import { browser } from 'wxt/browser';

/**
 * Our content script's context, put in place of WXT's own (wxt.config.ts
 * aliases `wxt/utils/content-script-context` to this file, so WXT's
 * generated entry constructs this class and hands it to `main`).
 *
 * Why: WXT 0.21.0's ContentScriptContext, in its constructor, dispatches a
 * CustomEvent `<extension id>:<script name>:wxt:content-script-started` on
 * the page's document and posts the same type to the page with
 * `window.postMessage(..., '*')`, and it aborts itself when the document
 * receives such an event from "another copy". The page sees both (its
 * scripts share the DOM and the window's messages), so any page script
 * learned our extension id, and could stop the helper for the rest of the
 * page's life by dispatching that event back. Newer WXT versions listen to
 * `message` events for the same purpose.
 *
 * This class keeps the part of the API we use (signal, isValid, timers and
 * listeners tied to the context) and drops that channel: it posts and
 * dispatches nothing, and listens to no page event. Only the extension's own
 * validity check decides that a copy is stale: `browser.runtime.id` is gone
 * in a copy cut off by an update or reload, and the person's next focus or
 * key in the page (see the content script) notices it and aborts `signal`.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => window.cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = window.requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => window.cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context is invalidated. WXT's `wxt:` events are not offered. */
  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Aborts the context: every listener and timer tied to it goes. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
