import type { Inspection } from '@/src/inspector/types';
import { createCauseBook } from './createCauseBook';
import type { Cause, InputFact } from './types';

type HasChars = { chars: ReadonlyArray<{ text: string }> };

/**
 * The findings with `cause` set where the field's recorded events
 * (recordInputFacts) tell one, decided afresh from the facts (a few hundred
 * small facts at most: well under a millisecond). A finding's cause is that
 * of the first of its characters that has one; a finding about the whole
 * text (a receipt number in the wrong box) lists no characters and gets none.
 */
export function findingsWithCauses<F extends HasChars>(findings: readonly F[], facts: readonly InputFact[]): Array<F & { cause?: Cause }> {
  if (findings.length === 0) return [];
  const book = createCauseBook();
  for (const fact of facts) book.add(fact);
  return findings.map((finding) => {
    for (const char of finding.chars) {
      const cause = book.causeOf(char.text);
      if (cause) return { ...finding, cause };
    }
    return finding;
  });
}

/**
 * The inspection with each finding's cause, for the panel API:
 * `api.withCauses(api.inspect(value, kind, options), log.facts())`.
 */
export function inspectionWithCauses(inspection: Inspection, facts: readonly InputFact[]): Inspection {
  return inspection.findings.length === 0 ? inspection : { ...inspection, findings: findingsWithCauses(inspection.findings, facts) };
}
