import { deepQuery, pageCall, type Tab } from './tab';

export interface PanelView {
  state: string | null;
  findings: string[];
  fixes: string[];
}

/** Runs in the page: what the panel under a field shows (its open shadow root). */
export function readPanel(deep: typeof deepQuery, fieldSelector: string): PanelView {
  const field = deep(fieldSelector);
  const anchor = field?.closest('label') ?? field;
  const host = anchor?.nextElementSibling;
  const root = host?.localName === 'access-code-helper' ? host.shadowRoot : null;
  const panel = root?.querySelector('.panel');
  return {
    state: panel && !panel.hasAttribute('hidden') ? panel.getAttribute('data-state') : null,
    findings: Array.from(root?.querySelectorAll('[data-finding]') ?? [], (el) => el.getAttribute('data-finding')!),
    fixes: Array.from(root?.querySelectorAll('[data-fix]') ?? [], (el) => el.getAttribute('data-fix')!),
  };
}

export const panelOf = (tab: Tab, fieldSelector: string) => tab.evalSource<PanelView>(pageCall(readPanel, fieldSelector));

/** Waits until the panel's finding kinds are exactly `kinds` (sorted). */
export async function waitForFindings(tab: Tab, fieldSelector: string, kinds: string[], timeout = 5000): Promise<PanelView> {
  const want = kinds.toSorted().join(',');
  const until = Date.now() + timeout;
  let view = await panelOf(tab, fieldSelector);
  while (view.findings.toSorted().join(',') !== want && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    view = await panelOf(tab, fieldSelector);
  }
  if (view.findings.toSorted().join(',') !== want) {
    throw new Error(`panel under ${fieldSelector} shows [${view.findings.join(', ')}], expected [${kinds.join(', ')}]`);
  }
  return view;
}
