import { t } from '@/src/i18n/t';
import { LinkCheck } from './LinkCheck';
import { TabHelp } from './TabHelp';
import { TabVerdict } from './TabVerdict';

interface Props {
  readUrl?: () => Promise<string | undefined>;
}

/** "Is this really USCIS?": the open tab (and, on USCIS, what the helper does there), and any link the person pastes. */
export function SiteCheck({ readUrl }: Props) {
  return (
    <section class="site-check" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('site_heading')}</h2>
      <TabVerdict {...(readUrl && { readUrl })} />
      <TabHelp />
      <LinkCheck />
    </section>
  );
}
