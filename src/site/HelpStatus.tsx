import { t, currentLanguage, type MessageKey } from '@/src/i18n/t';
import type { WatchedKind } from '@/src/field/classifyField';
import type { TabStatus } from '@/src/protocol/messages';

const KIND_NAMES: Record<WatchedKind, MessageKey> = {
  'access-code': 'tab_kind_access_code',
  'receipt-number': 'tab_kind_receipt_number',
};

interface Props {
  /** The helper's answer; undefined when it did not answer. */
  status: TabStatus | undefined;
}

/** One line: what the helper is doing on this USCIS page. */
export function HelpStatus({ status }: Props) {
  let text: string;
  if (!status) text = t('tab_status_unknown');
  else if (status.helping.length === 0) text = t('tab_helping_none');
  else text = t('tab_helping', new Intl.ListFormat(currentLanguage(), { type: 'unit', style: 'short' }).format(status.helping.map((kind) => t(KIND_NAMES[kind]))));
  return (
    <p class="tab-help-status" data-helping={status ? status.helping.join(' ') || 'none' : 'unknown'}>
      {text}
    </p>
  );
}
