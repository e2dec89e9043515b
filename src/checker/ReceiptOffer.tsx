import { t, type MessageKey } from '@/src/i18n/t';
import type { FieldKind } from '@/src/inspector/types';

interface Props {
  /** The mode offered. */
  to: FieldKind;
  onSwitch: (to: FieldKind) => void;
}

const WORDS: Record<FieldKind, { offer: MessageKey; button: MessageKey }> = {
  'receipt-number': { offer: 'checker_offer_receipt', button: 'checker_switch_receipt' },
  'access-code': { offer: 'checker_offer_access_code', button: 'checker_switch_access_code' },
};

/**
 * Offered when the text has the other identifier's shape: a receipt number
 * typed in access-code mode, or an access code in receipt-number mode.
 * Test hook: `data-offer="<field kind>"`.
 */
export function ReceiptOffer({ to, onSwitch }: Props) {
  return (
    <p class="receipt-offer" data-offer={to}>
      {t(WORDS[to].offer)}{' '}
      <button type="button" onClick={() => onSwitch(to)}>
        {t(WORDS[to].button)}
      </button>
    </p>
  );
}
