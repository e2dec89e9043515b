import type { ComponentChildren } from 'preact';
import { CircleAlert, TriangleAlert } from 'lucide-preact';
import type { CharInfo, Finding, FindingKind, Inspection } from '@/src/inspector/types';
import { t } from '@/src/i18n/t';
import { charLabel, positionLabel } from './charLabel';
import { findingText, fixLabel, severityLabel } from './findingText';
import { Glyph } from './Glyph';
import { isolated } from './isolated';

// A finding lists its first few characters, and the preview of "Fix all" its
// first few dozen: a 1 MB paste must not draw a million rows.
const SHOWN_CHARS = 6;
const PREVIEW_LENGTH = 40;
const preview = (value: string) => (value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value);

// A problem and a caution carry an icon (a circle, a triangle: shape as well as colour) beside their word; a hint is quiet.
const ICONS = { problem: CircleAlert, caution: TriangleAlert, info: null } as const;

export interface FindingListProps {
  inspection: Inspection;
  /**
   * Why it happened and how to stop it, for a finding with a cause (or Caps
   * Lock): given by the caller, so a view without causes pays nothing for them.
   */
  remedy?: (finding: Finding) => ComponentChildren;
  /**
   * Applies certain fixes: the caller computes the new value at click time,
   * applyFixes(text, field, kinds, options) on the text it inspected; label
   * is the finding's kind, or 'all' for "Fix all". Without it, no fix buttons.
   */
  onFix?: (kinds: readonly FindingKind[], label: FindingKind | 'all') => void;
  /** What "Fix all" would give, shown beside its button (the caller computes it for a short text only). */
  preview?: string;
}

/**
 * The findings, problems first, quiet hints last: plain words, each
 * character drawn large with its position and name, and a fix button (saying
 * what it does) where the fix is certain. Test hooks (public contract):
 * `data-finding="<kind>"` and `data-severity` on each finding,
 * `data-fix="<kind>|all"` on each fix button.
 */
export function FindingList({ inspection, onFix, preview: result, remedy }: FindingListProps) {
  const { findings, fixable } = inspection;
  return (
    <div class="finding-list">
      <ul>
        {findings.map((finding) => (
          <FindingRow key={finding.kind} finding={finding} onFix={onFix} remedy={remedy} />
        ))}
      </ul>
      {onFix && fixable.length > 1 && (
        <p class="fix-all">
          <button type="button" class="fix" data-fix="all" onClick={() => onFix(fixable, 'all')}>
            {t('fix_all')}
          </button>
          {result !== undefined && (
            <>
              {' '}
              <span class="preview">
                {t('fix_all_preview')}{' '}
                <bdi class="code" dir="ltr">{preview(result)}</bdi>
              </span>
            </>
          )}
        </p>
      )}
    </div>
  );
}

function FindingRow({ finding, onFix, remedy }: { finding: Finding; onFix?: FindingListProps['onFix']; remedy?: FindingListProps['remedy'] }) {
  const Icon = ICONS[finding.severity];
  // cut-off: the characters that did not fit, which are not in the field.
  const chars = finding.lost ?? finding.chars;
  return (
    <li class={`finding ${finding.severity}`} data-finding={finding.kind} data-severity={finding.severity} data-cause={finding.cause?.kind}>
      <p class="message">
        <span class="severity">
          {Icon !== null && <Icon class="icon" aria-hidden="true" />}
          {severityLabel(finding.severity)}:
        </span>{' '}
        {isolated(findingText(finding))}
      </p>
      <CharList chars={chars} count={finding.count} />
      {remedy?.(finding)}
      {onFix && finding.fixable && (
        <button type="button" class="fix" data-fix={finding.kind} onClick={() => onFix([finding.kind], finding.kind)}>
          {fixLabel(finding.kind)}
        </button>
      )}
    </li>
  );
}

function CharList({ chars, count }: { chars: readonly CharInfo[]; count: number }) {
  const shown = chars.slice(0, SHOWN_CHARS);
  const more = count - shown.length;
  if (shown.length === 0) return null;
  return (
    <ul class="chars">
      {shown.map((char) => (
        <li key={char.index} class="char">
          <Glyph char={char} />
          <span class="char-text">
            <span class="position">{isolated(positionLabel(char.position))}</span>
            <span class="name">{isolated(charLabel(char.name))}</span>
            {char.replacement !== undefined && char.replacement !== '' && (
              <span class="becomes">
                {t('becomes')}{' '}
                <bdi class="code" dir="ltr">{char.replacement}</bdi>
              </span>
            )}
          </span>
        </li>
      ))}
      {more > 0 && <li class="more">{t('more_chars', more)}</li>}
    </ul>
  );
}
