import axe from 'axe-core';
import { inPanel } from './panel';
import type { Tab } from './tab';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs in the page: axe-core over one panel. axe walks shadow trees through
 * `host.shadowRoot`, which a closed root does not give, so for the length of
 * the run the host carries its own root as an own property (of the page's
 * view of the host only: the extension's code never sees it).
 */
async function axeOnRoot(root: ShadowRoot, tags: string[]): Promise<string[]> {
  const run = (window as unknown as { axe: typeof axe }).axe.run;
  Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
  try {
    const result = await run(root.host as never, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    delete (root.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot;
  }
}

/** axe-core's WCAG 2.2 AA violations in the field's panel ('no panel' when there is none). */
export async function axePanel(tab: Tab, fieldSelector: string, tags = WCAG_TAGS): Promise<string[]> {
  await tab.evalSource(axe.source);
  return (await inPanel(tab, fieldSelector, axeOnRoot, tags)) ?? ['no panel'];
}
