import { t } from '@/src/i18n/t';

interface Props {
  onSwitch: () => void;
}

/** Offered in access-code mode when the text has a receipt number's shape. */
export function ReceiptOffer({ onSwitch }: Props) {
  return (
    <p class="receipt-offer" data-offer="receipt-number">
      {t('checker_offer_receipt')}{' '}
      <button type="button" onClick={onSwitch}>
        {t('checker_switch_receipt')}
      </button>
    </p>
  );
}
