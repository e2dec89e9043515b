// What a test does with a page, the same in Chromium (Playwright) and Firefox
// (Puppeteer over WebDriver BiDi). In click and waitFor, ` >>> ` crosses into
// an open shadow root: `access-code-helper >>> [data-fix="all"]`.
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Focuses the element and types like a person, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Focuses the element and pastes: a `paste` event, then the text inserted as the browser would. */
  paste(selector: string, text: string): Promise<void>;
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

/** Runs in the page: what a paste does to a focused field. */
export function pasteInPage([selector, text]: [string, string]): void {
  const field = document.querySelector<HTMLInputElement>(selector)!;
  field.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (field.dispatchEvent(event)) document.execCommand('insertText', false, text);
}
