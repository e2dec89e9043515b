import type { Inspection } from '@/src/inspector/types';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';
import { FindingList, type FindingListProps } from '@/src/ui/FindingList';
import { isClean } from '@/src/ui/isClean';

export interface PanelProps {
  /** Null while the field is untouched or empty: then nothing is drawn. */
  inspection: Inspection | null;
  /** Absent when no fix should be offered (a page of pasted text is no code to mend). */
  onFix?: FindingListProps['onFix'];
  /** What "Fix all" would give, for its preview. */
  preview?: string;
  /** Set right after a fix, until the person types again. */
  onUndo?: () => void;
  /** What the polite live region says; updated once typing settles. */
  announcement: string;
}

/** The small panel under a watched field. */
export function Panel({ inspection, onFix, preview, onUndo, announcement }: PanelProps) {
  // Clean: "No problems found", with any quiet hint or Caps Lock caution beside it.
  const state = !inspection ? 'hidden' : isClean(inspection) || !inspection.findings.length ? 'ok' : 'findings';
  return (
    <div class="panel" data-state={state} hidden={state === 'hidden' && !onUndo} lang={currentLanguage()} dir={currentDirection()}>
      {/* One live region for the whole panel, always present so it is announced reliably. */}
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {state !== 'hidden' && <p class="title">{t('panel_title')}</p>}
      {state === 'ok' && (
        <p class="ok" data-finding-none="">
          <span class="icon" aria-hidden="true">✓</span> {t('panel_ok')}
        </p>
      )}
      {inspection && inspection.findings.length > 0 && <FindingList inspection={inspection} onFix={onFix} preview={preview} />}
      {onUndo && (
        <p class="undo">
          {t('undo_done')}{' '}
          <button type="button" class="fix" data-undo="" onClick={onUndo}>
            {t('undo')}
          </button>
        </p>
      )}
    </div>
  );
}
