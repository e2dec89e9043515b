// What a test does with a page, the same in Chromium (Playwright) and Firefox
// (Puppeteer over WebDriver BiDi). Selectors pierce open shadow roots.
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Focuses the element and types like a person, key by key. */
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Resolves when an element matching the selector (in any open shadow root) is present. */
  waitFor(selector: string, options?: { timeout?: number }): Promise<void>;
  close(): Promise<void>;
}

export interface Session {
  readonly browser: 'chromium' | 'firefox';
  open(url: string): Promise<Tab>;
  close(): Promise<void>;
}
