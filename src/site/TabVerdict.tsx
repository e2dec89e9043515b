import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { activeTabUrl } from './activeTabUrl';
import { siteVerdict, type SiteVerdict } from './siteVerdict';
import { VerdictMessage } from './VerdictMessage';

interface Props {
  /** Reads the open tab's address; the browser's by default. */
  readUrl?: () => Promise<string | undefined>;
}

/** Whether the page in the open tab is an official USCIS site. */
export function TabVerdict({ readUrl = activeTabUrl }: Props) {
  const [verdict, setVerdict] = useState<SiteVerdict | null>(null);
  useEffect(() => {
    let live = true;
    void readUrl().then((url) => {
      if (live) setVerdict(siteVerdict(url));
    });
    return () => {
      live = false;
    };
  }, [readUrl]);

  return (
    <div class="tab-verdict" aria-live="polite">
      <h3 class="subheading">{t('site_tab_label')}</h3>
      {verdict && <VerdictMessage verdict={verdict} unknownText={t('site_unknown_tab')} />}
    </div>
  );
}
