import { t } from '@/src/i18n/t';

interface Props {
  onStartOver(): void;
}

/** Clears everything the last person left, on a shared computer. */
export function StartOver({ onStartOver }: Props) {
  return (
    <button type="button" class="start-over" onClick={onStartOver}>
      {t('popup_start_over')}
    </button>
  );
}
