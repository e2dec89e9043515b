import type { PanelOwner } from './panelRoots';

// What a test does with a page, the same in Chromium (Playwright) and Firefox
// (Puppeteer over WebDriver BiDi). In click and waitFor, ` >>> ` crosses into
// an open shadow root of the page: `uscis-code-field >>> #code`. The panel's
// panel lives in a frame of its own: reach it with panels (harness/panel.ts).
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates an expression's source in the page (see pageCall). */
  evalSource<R>(source: string): Promise<R>;
  /** Focuses the element and types like a person, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Focuses the element and pastes: a `paste` event, then the text inserted as the browser would. */
  paste(selector: string, text: string): Promise<void>;
  /** Types into whatever has focus (e.g. a field inside an iframe focused by `focus`). */
  keyboard(text: string): Promise<void>;
  /** Focuses an element; ` >>> ` crosses into a shadow root or a same-origin iframe. */
  focus(selector: string): Promise<void>;
  /** A key, or modifiers and a key: 'Shift+Tab'. */
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Resolves when an element matching the selector (in any open shadow root) is present. */
  waitFor(selector: string, options?: { timeout?: number }): Promise<void>;
  /**
   * Runs `source` (a function's source; it may return a promise) once per
   * panel of ours, in its frame with `this` = the frame's document, and gives
   * back each result (JSON) with where that panel is on the page (its box
   * and distance from the field of `fieldSelector`). `only`: just the panel
   * at that index.
   */
  panels<R>(fieldSelector: string | null, source: string, arg: unknown, only?: number): Promise<Array<{ owner: PanelOwner; value: R }>>;
  /** A real mouse click at viewport coordinates (CSS px of the top document). */
  clickAt(x: number, y: number): Promise<void>;
  /** The viewport's size in CSS px (a 360 px phone at 200 % zoom is 180 wide). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Session {
  readonly browser: 'chromium' | 'firefox';
  open(url: string): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * Runs in the page: the element for a selector where ` >>> ` steps into an
 * open shadow root or a same-origin iframe's document.
 */
export function deepQuery(selector: string): Element | null {
  let root: ParentNode | null = document;
  let el: Element | null = null;
  for (const part of selector.split(' >>> ')) {
    el = root?.querySelector(part) ?? null;
    root = el ? ((el as HTMLIFrameElement).contentDocument ?? el.shadowRoot) : null;
  }
  return el;
}

/**
 * The source of `fn(deepQuery, arg)` to evaluate in the page: a function
 * sent to the page cannot import, so deepQuery travels with it.
 */
export function pageCall<A>(fn: (deep: typeof deepQuery, arg: A) => unknown, arg: A): string {
  return `(${fn.toString()})(${deepQuery.toString()}, ${JSON.stringify(arg)})`;
}

/** Runs in the page: what a paste does to a focused field. */
export function pasteInPage(deep: typeof deepQuery, [selector, text]: [string, string]): void {
  const field = deep(selector) as HTMLInputElement;
  field.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (field.dispatchEvent(event)) field.ownerDocument.execCommand('insertText', false, text);
}

/** Runs in the page: focuses an element. */
export function focusInPage(deep: typeof deepQuery, selector: string): void {
  (deep(selector) as HTMLElement).focus();
}

/** What Playwright's and Puppeteer's pages both offer, as far as a Tab needs. */
export interface PageLike {
  mouse: { click(x: number, y: number): Promise<void> };
  goto(url: string): Promise<unknown>;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  keyboard: { type(text: string): Promise<void>; press(key: never): Promise<void>; down(key: never): Promise<void>; up(key: never): Promise<void> };
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Tab over either tool's page. `select` turns a test's selector (` >>> `
 * for shadow boundaries) into the tool's own; `waitFor` is the tool's wait
 * for an element to be attached.
 */
export function wrapPage(
  p: PageLike,
  select: (selector: string) => string,
  waitFor: (selector: string, timeout: number) => Promise<unknown>,
  native: {
    panels: (fieldSelector: string | null, source: string, arg: unknown, only?: number) => Promise<Array<{ owner: PanelOwner; value: unknown }>>;
    setViewport: (width: number, height: number) => Promise<unknown>;
  },
): Tab {
  return {
    async goto(url) {
      await p.goto(url);
    },
    evaluate: (fn, arg) => p.evaluate(fn, arg) as never,
    evalSource: (source) => p.evaluate(source) as never,
    async type(selector, text) {
      await p.evaluate(pageCall(focusInPage, selector));
      await p.keyboard.type(text);
    },
    async focus(selector) {
      await p.evaluate(pageCall(focusInPage, selector));
    },
    keyboard: (text) => p.keyboard.type(text),
    async paste(selector, text) {
      await p.evaluate(pageCall(pasteInPage, [selector, text] as [string, string]));
    },
    // 'Shift+Tab': modifiers held around the key (Puppeteer has no combos).
    async press(key) {
      const keys = key.length > 1 ? key.split('+') : [key];
      const last = keys.pop()!;
      for (const k of keys) await p.keyboard.down(k as never);
      await p.keyboard.press(last as never);
      for (const k of keys.toReversed()) await p.keyboard.up(k as never);
    },
    click: (selector) => p.click(select(selector)),
    async waitFor(selector, options) {
      await waitFor(select(selector), options?.timeout ?? 5000);
    },
    panels: native.panels as Tab['panels'],
    async setViewport(width, height) {
      await native.setViewport(width, height);
    },
    clickAt: (x, y) => p.mouse.click(x, y),
    close: () => p.close(),
  };
}
