import { createCauseBook } from './createCauseBook';
import type { Cause, InputFact } from './types';
import { withCauses } from './withCauses';

/**
 * The findings with `cause` set where the field's events tell one, decided
 * afresh from the recorded facts (a few hundred small facts at most: well
 * under a millisecond). The one call the panel makes per inspection.
 */
export function findingsWithCauses<F extends { chars: ReadonlyArray<{ text: string }> }>(
  findings: readonly F[],
  facts: readonly InputFact[],
): Array<F & { cause?: Cause }> {
  if (findings.length === 0) return [];
  const book = createCauseBook();
  for (const fact of facts) book.add(fact);
  return withCauses(findings, book);
}
