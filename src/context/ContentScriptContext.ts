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
    return this.tie(window.setTimeout(this.whileValid(handler), timeout), window.clearTimeout);
  }

  setInterval(handler: () => void, timeout?: number): number {
    return this.tie(window.setInterval(this.whileValid(handler), timeout), window.clearInterval);
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    return this.tie(window.requestAnimationFrame(this.whileValid(callback)), window.cancelAnimationFrame);
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    return this.tie(window.requestIdleCallback(this.whileValid(callback), options), window.cancelIdleCallback);
  }

  /** The callback, run only while the context is valid. */
  private whileValid<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      if (this.isValid) callback(...args);
    };
  }

  /** A timer's id, its cancel tied to the context's end. */
  private tie(id: number, cancel: (id: number) => void): number {
    this.onInvalidated(() => cancel.call(window, id));
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
