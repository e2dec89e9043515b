import { CircleQuestionMark, CircleX, Info, ShieldCheck, ShieldX, TriangleAlert, type LucideIcon } from 'lucide-preact';
import { t, type MessageKey } from '@/src/i18n/t';
import { isolated } from '@/src/ui/isolated';
import type { LookalikeReason, SiteVerdict } from './siteVerdict';
import './VerdictMessage.css';

const reasons: Record<LookalikeReason, MessageKey> = {
  'official-name-inside': 'site_reason_official_name_inside',
  'user-info': 'site_reason_user_info',
  'other-alphabet': 'site_reason_other_alphabet',
  'similar-name': 'site_reason_similar_name',
  'trailing-dot': 'site_reason_trailing_dot',
};

// A sign in words and shape as well as colour: one icon set (lucide) for every kind.
const marks: Record<SiteVerdict['kind'], LucideIcon> = {
  official: ShieldCheck,
  'not-https': TriangleAlert,
  lookalike: ShieldX,
  'not-uscis': Info,
  malformed: CircleX,
  'cannot-check': CircleX,
  'too-long': CircleX,
  unknown: CircleQuestionMark,
};

interface Props {
  verdict: SiteVerdict;
  /** What to say when there is no address to judge. */
  unknownText: string;
}

/** A verdict in plain words, with the real host so the person sees where they are. */
export function VerdictMessage({ verdict, unknownText }: Props) {
  const { kind, host, reason } = verdict;
  const Mark = marks[kind];
  return (
    <div class={`verdict verdict-${kind}`} data-verdict={kind} {...(reason && { 'data-reason': reason })}>
      <p class="verdict-headline">
        <Mark class="verdict-mark" aria-hidden="true" />
        {kind === 'official' && isolated(t('site_official'))}
        {kind === 'not-https' && isolated(t('site_not_https'))}
        {kind === 'lookalike' && <strong>{isolated(t('site_lookalike'))}</strong>}
        {kind === 'not-uscis' && isolated(t('site_not_uscis'))}
        {kind === 'malformed' && <strong>{isolated(t('site_malformed'))}</strong>}
        {kind === 'cannot-check' && <strong>{isolated(t('site_cannot_check'))}</strong>}
        {kind === 'too-long' && <strong>{isolated(t('site_too_long'))}</strong>}
        {kind === 'unknown' && unknownText}
      </p>
      {reason && <p>{isolated(t(reasons[reason]))}</p>}
      {host && (
        <p class="verdict-host">
          {isolated(t('site_address', host))}
        </p>
      )}
      {kind === 'lookalike' && <p>{isolated(t('site_lookalike_advice'))}</p>}
    </div>
  );
}
