import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { browserTab, type TabLink } from './askTab';
import { HelpStatus } from './HelpStatus';
import { HelpWithBox } from './HelpWithBox';
import type { TabRequest, TabStatus } from '@/src/protocol/messages';
import './TabHelp.css';

interface Props {
  /** How to reach the open tab's helper; the browser's by default. */
  link?: TabLink;
}

/** On a USCIS tab: what the helper is doing there, and a way to point it at a box. Nothing on other tabs. */
export function TabHelp({ link = browserTab }: Props) {
  const [tab, setTab] = useState<{ id: number; status: TabStatus | undefined } | null>(null);

  const refresh = useCallback(async () => {
    const open = await link.tab();
    const status = open && (await link.ask(open.id, { type: 'ach:tab-status' }));
    // No answer from a tab whose address we do not know: it is not ours to speak of.
    setTab(open && (status || open.official) ? { id: open.id, status } : null);
  }, [link]);
  useEffect(() => void refresh(), [refresh]);

  if (!tab) return null;
  const send = (request: TabRequest) => link.ask(tab.id, request);
  return (
    <div class="tab-help">
      <h3 class="subheading">{t('tab_help_heading')}</h3>
      <HelpStatus status={tab.status} />
      {tab.status && <HelpWithBox lastBox={tab.status.lastBox} send={send} onChanged={() => void refresh()} />}
    </div>
  );
}
