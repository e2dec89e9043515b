import { t } from '@/src/i18n/t';
import { LinkCheck } from './LinkCheck';
import { TabVerdict } from './TabVerdict';

interface Props {
  readUrl?: () => Promise<string | undefined>;
}

/** "Is this really USCIS?": the open tab, and any link the person pastes. */
export function SiteCheck({ readUrl }: Props) {
  return (
    <section class="site-check" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('site_heading')}</h2>
      <TabVerdict {...(readUrl && { readUrl })} />
      <LinkCheck />
    </section>
  );
}
