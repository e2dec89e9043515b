// How the tests reach the panel, whose shadow root is closed to the page:
// the browser's own automation protocol hands the closed root over (see
// docs/TESTING.md). Chromium: the DevTools protocol's DOM.describeNode with
// `pierce` lists a host's closed shadow root, DOM.resolveNode makes it a
// JavaScript object of the page. Firefox: WebDriver BiDi serialises a node
// with `includeShadowTree: 'all'`, closed roots included, and a root's
// sharedId can be passed back as `this` of a function run in the page.

/**
 * Runs in the page: our panel hosts (a random x-<ten letters> name, the
 * recorders' privacy markers, no open shadow root), in this document and,
 * when `frames` is set, in same-origin iframes too.
 */
export function findHosts(frames: boolean): Element[] {
  const found: Element[] = [];
  const visit = (doc: Document) => {
    for (const el of Array.from(doc.querySelectorAll('.rr-block[data-dd-privacy="hidden"]'))) {
      if (/^x-[a-z]{10}$/.test(el.localName) && !el.shadowRoot) found.push(el);
    }
    if (!frames) return;
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      try {
        if (frame.contentDocument) visit(frame.contentDocument);
      } catch {
        // cross-origin: not ours to read
      }
    }
  };
  visit(document);
  return found;
}

/**
 * A function's source to run with `this` = one panel's shadow root: it gets
 * the argument as JSON and answers JSON, the same over both protocols.
 */
export const onRoot = (source: string) => `function (json) { return JSON.stringify((${source}).call(this, JSON.parse(json)) ?? null); }`;
export const onRootAsync = (source: string) => `async function (json) { return JSON.stringify((await (${source}).call(this, JSON.parse(json))) ?? null); }`;
