import type { ComponentChildren } from 'preact';
import { currentDirection } from '@/src/i18n/t';
import { latinRuns } from '@/src/i18n/latinRuns';

/**
 * A translated sentence with each run of Latin letters and digits in its own
 * `<bdi dir="ltr">`, drawn in the code font: in Arabic, "0 وO، و1 وI وl"
 * keeps every code in order and a Latin I or l never passes for an alef.
 * Left-to-right sentences are returned as they are (nothing to reorder).
 */
export function isolated(text: string): ComponentChildren {
  if (currentDirection() !== 'rtl') return text;
  const pieces = latinRuns(text);
  if (pieces.length === 1) return text;
  return pieces.map((piece, k) =>
    k % 2 === 1 ? (
      <bdi key={k} dir="ltr" class="latin">
        {piece}
      </bdi>
    ) : (
      piece
    ),
  );
}
