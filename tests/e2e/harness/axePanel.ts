import axe from 'axe-core';
import { inPanel } from './panel';
import type { Tab } from './tab';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs in the panel's frame: axe-core over the panel's document. */
async function axeOnPanel(root: Document, tags: string[]): Promise<string[]> {
  const run = (window as unknown as { axe: typeof axe }).axe.run;
  const result = await run(root.getElementById('panel') as never, { runOnly: { type: 'tag', values: tags } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe-core's WCAG 2.2 AA violations in the field's panel ('no panel' when there is none). */
export async function axePanel(tab: Tab, fieldSelector: string, tags = WCAG_TAGS): Promise<string[]> {
  // axe-core goes into the panel's frame the way the automation protocol runs any script there.
  await tab.panels(fieldSelector, `function () {\n${axe.source}\n;return 1; }`, null);
  return (await inPanel(tab, fieldSelector, axeOnPanel, tags)) ?? ['no panel'];
}
