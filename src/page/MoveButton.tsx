import type { FieldKind } from '@/src/inspector/types';
import { t, type MessageKey } from '@/src/i18n/t';

/** The right-box fix: what the panel offers when the code is in the other box's place. */
export interface MoveOffer {
  /** The box the value belongs in (empty, on the same page). */
  to: FieldKind;
  onMove: () => void;
}

const LABELS: Record<FieldKind, MessageKey> = {
  'receipt-number': 'move_to_receipt_number',
  'access-code': 'move_to_access_code',
};

/** One button that moves the value to the box it belongs in (test hook `data-fix="move"`). */
export function MoveButton({ move }: { move: MoveOffer }) {
  return (
    <button type="button" class="fix" data-fix="move" onClick={move.onMove}>
      {t(LABELS[move.to])}
    </button>
  );
}
