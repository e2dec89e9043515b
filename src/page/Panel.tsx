import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from 'lucide-preact';
import type { Finding, FindingKind, Inspection } from '@/src/inspector/types';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';
import { Remedy } from '@/src/cause/Remedy';
import { FindingList, type FindingListProps } from '@/src/ui/FindingList';
import { compactLine } from '@/src/ui/compactLine';
import { fixLabel } from '@/src/ui/findingText';
import { isClean } from '@/src/ui/isClean';
import { isolated } from '@/src/ui/isolated';
import { MoveButton, type MoveOffer } from './MoveButton';
import type { WriteNote } from './panelState';

export interface PanelProps {
  /** Null while the field is untouched or empty: then nothing is drawn. */
  inspection: Inspection | null;
  /** Absent when no fix should be offered (a page of pasted text is no code to mend). */
  onFix?: FindingListProps['onFix'];
  /** What "Fix all" would give, for its preview (never shown on the page by the panel: see panel.css). */
  preview?: string;
  /** Set right after a fix, until the person types again. */
  onUndo?: () => void;
  /** What the polite live region says; updated once typing settles. */
  announcement: string;
  /** The details (each character, its name and position) are shown. Set by mountPanel. */
  expanded?: boolean;
  /** Shows or hides the details. Set by mountPanel. */
  onToggle?: () => void;
  /** The close button: hides the panel until the next input. Set by mountPanel. */
  onClose?: () => void;
  /** The field hides what is typed (a password-style box): no character is drawn. Set by mountPanel. */
  masked?: boolean;
  /** The right-box fix: the value belongs in the other, empty box (written by helpField). */
  move?: MoveOffer;
  /** What the page did to our last write, when it did not take it whole (helpField hears it). */
  note?: WriteNote;
}

// Why it happened and how to stop it, under the finding it explains (its row carries data-cause).
const remedyOf = (finding: Finding) =>
  finding.cause ? <Remedy cause={finding.cause} bare /> : finding.kind === 'caps-lock' ? <Remedy capsLock bare /> : null;

// A problem and a caution carry an icon beside their words, as in the finding list (a circle, a
// triangle: shape as well as colour); a hint is quiet.
const ICONS = { problem: CircleAlert, caution: TriangleAlert, info: null } as const;

// A write the page did not take whole: said calmly, with what to do (the findings are of what the field holds).
const NOTES = { 'not-taken': 'panel_not_taken', 'partly-taken': 'panel_partly_taken', 'partly-undone': 'panel_partly_undone' } as const;

/** The one fix the compact line offers: "Fix all" when several are certain, else the top finding's own. */
function firstFix(inspection: Inspection, onFix: NonNullable<PanelProps['onFix']>): { kind: FindingKind | 'all'; label: string; apply: () => void } | null {
  const { fixable } = inspection;
  if (fixable.length > 1) return { kind: 'all', label: t('fix_all'), apply: () => onFix(fixable, 'all') };
  const one: Finding | undefined = inspection.findings.find((f) => f.fixable);
  return one ? { kind: one.kind, label: fixLabel(one.kind), apply: () => onFix([one.kind], one.kind) } : null;
}

/**
 * The panel beside a watched field. By default one line: the most important
 * finding and its fix (or "Fix all"), a Details button and a close button;
 * the details (FindingList, with every test hook) stay in the DOM while
 * collapsed, only hidden.
 */
export function Panel({ inspection, onFix, preview, onUndo, announcement, expanded = false, onToggle, onClose, masked = false, move, note = null }: PanelProps) {
  // Clean: "No problems found", with any quiet hint or Caps Lock caution in the details.
  const state = !inspection ? 'hidden' : isClean(inspection) || !inspection.findings.length ? 'ok' : 'findings';
  const top = state === 'findings' ? inspection?.findings[0] : undefined;
  const fix = state === 'findings' && inspection && onFix ? firstFix(inspection, onFix) : null;
  const hasDetails = !!inspection && inspection.findings.length > 0;
  const Icon = top ? ICONS[top.severity] : null;
  const noted = note ? t(NOTES[note]) : '';
  return (
    <div
      class={masked ? 'panel masked' : 'panel'}
      data-state={state}
      data-expanded={expanded ? 'true' : 'false'}
      hidden={state === 'hidden' && !onUndo && !note}
      lang={currentLanguage()}
      dir={currentDirection()}
      role="group"
      aria-label={t('panel_title')}
    >
      {/* One live region for the whole panel, always present so it is announced reliably. */}
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {noted ? `${announcement} ${noted}`.trim() : announcement}
      </p>
      {(state !== 'hidden' || onUndo || noted) && (
        <div class="line">
          {top && (
            <p class={`summary ${top.severity}`}>
              {Icon && <Icon class="icon" aria-hidden="true" />}
              {isolated(compactLine(top))}
            </p>
          )}
          {state === 'ok' && (
            <p class="ok" data-finding-none="">
              <CircleCheck class="icon" aria-hidden="true" />
              {t('panel_ok')}
            </p>
          )}
          {noted && (
            <p class="note" data-note={note}>
              <Info class="icon" aria-hidden="true" />
              {noted}
            </p>
          )}
          {onUndo && (
            <p class="undo">
              {/* "Changed" is not what happened when the page took only part of it: the note says so. */}
              {!noted && <>{t('undo_done')} </>}
              <button type="button" class="fix" data-undo="" onClick={onUndo}>
                {t('undo')}
              </button>
            </p>
          )}
          {fix && !onUndo && (
            <button type="button" class="fix" data-fix={fix.kind} onClick={fix.apply}>
              {fix.label}
            </button>
          )}
          {state === 'findings' && move && !onUndo && <MoveButton move={move} />}
          {hasDetails && onToggle && (
            <button type="button" class="toggle" aria-expanded={expanded ? 'true' : 'false'} aria-controls="details" onClick={onToggle}>
              {t('panel_details')}
            </button>
          )}
          {onClose && (
            <button type="button" class="close" aria-label={t('panel_close')} title={t('panel_close')} onClick={onClose}>
              <X class="icon" aria-hidden="true" />
            </button>
          )}
        </div>
      )}
      {hasDetails && inspection && (
        <div id="details" class="details" hidden={!expanded}>
          <p class="title">{t('panel_title')}</p>
          <FindingList inspection={inspection} onFix={onFix} preview={preview} remedy={remedyOf} />
        </div>
      )}
    </div>
  );
}
