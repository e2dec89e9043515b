import { t } from '@/src/i18n/t';
import type { FieldKind } from '@/src/inspector/types';

interface Props {
  value: FieldKind;
  onChange: (field: FieldKind) => void;
}

/**
 * "Online Access Code / Receipt number": which rules the checker uses. Two
 * radio buttons (arrows move between them, as screen readers expect) drawn
 * as a segmented control.
 */
export function FieldChoice({ value, onChange }: Props) {
  const option = (field: FieldKind, label: string) => (
    <label class="field-choice-option">
      <input type="radio" name="checker-field" value={field} checked={value === field} onChange={() => onChange(field)} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="field-choice">
      <legend class="subheading">{t('checker_mode_legend')}</legend>
      <div class="segmented">
        {option('access-code', t('checker_mode_access_code'))}
        {option('receipt-number', t('checker_mode_receipt'))}
      </div>
    </fieldset>
  );
}
