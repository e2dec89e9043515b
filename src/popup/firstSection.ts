import { browserTab, type TabLink } from '@/src/site/askTab';
import { isSection, popupSection, type Section } from './popupSection';

/**
 * Where the popup opens: the part last used in this browser session; else,
 * on a USCIS tab where the helper found no box, "This page" (is it really
 * USCIS, help with a box); anywhere else, the code checker.
 */
export async function firstSection(link: TabLink = browserTab): Promise<Section> {
  const stored = await popupSection.getValue().catch(() => null);
  if (isSection(stored)) return stored;
  const open = await link.tab();
  if (!open) return 'check';
  const status = await link.ask(open.id, { type: 'ach:tab-status' });
  // No answer from a tab whose address we do not know: not a USCIS page of ours.
  if (!status) return open.official ? 'page' : 'check';
  return status.helping.length === 0 ? 'page' : 'check';
}
