import type { Inspection } from '@/src/inspector/types';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';
import { FindingList, type FindingListProps } from '@/src/ui/FindingList';
import { MoveButton, type MoveOffer } from './MoveButton';

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
  /** The right-box fix: the value belongs in the other, empty box (written by helpField). */
  move?: MoveOffer;
}

/** The small panel under a watched field. */
export function Panel({ inspection, onFix, preview, onUndo, announcement, move }: PanelProps) {
  const state = !inspection ? 'hidden' : inspection.findings.length ? 'findings' : 'ok';
  return (
    <div class="panel" data-state={state} hidden={state === 'hidden' && !onUndo} lang={currentLanguage()} dir={currentDirection()}>
      {/* One live region for the whole panel, always present so it is announced reliably. */}
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {state !== 'hidden' && <p class="title">{t('panel_title')}</p>}
      {state === 'findings' && inspection && <FindingList inspection={inspection} onFix={onFix} preview={preview} />}
      {state === 'findings' && move && <MoveButton move={move} />}
      {state === 'ok' && (
        <p class="ok" data-finding-none="">
          <span class="icon" aria-hidden="true">✓</span> {t('panel_ok')}
        </p>
      )}
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
