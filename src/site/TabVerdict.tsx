import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { activeTabUrl } from './activeTabUrl';
import { GuardedVerdict } from './GuardedVerdict';

interface Props {
  /** Reads the open tab's address; the browser's by default. */
  readUrl?: () => Promise<string | undefined>;
}

/** Whether the page in the open tab is an official USCIS site. */
export function TabVerdict({ readUrl = activeTabUrl }: Props) {
  // The address once read; the verdict is computed from it at each render (see GuardedVerdict).
  const [tab, setTab] = useState<{ url: string | undefined } | null>(null);
  useEffect(() => {
    let live = true;
    void readUrl().then((url) => {
      if (live) setTab({ url });
    });
    return () => {
      live = false;
    };
  }, [readUrl]);

  return (
    <div class="tab-verdict" aria-live="polite">
      <h3 class="subheading">{t('site_tab_label')}</h3>
      {tab && <GuardedVerdict key={tab.url} address={tab.url} unknownText={t('site_unknown_tab')} />}
    </div>
  );
}
