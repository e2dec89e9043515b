import type { Inspection } from '@/src/inspector/types';
import { findingsWithCauses } from './findingsWithCauses';
import type { InputFact } from './types';

/**
 * The inspection with each finding's `cause` set where the field's recorded
 * events tell one (recordInputFacts). For the panel API:
 * `api.withCauses(api.inspect(value, kind, options), log.facts())`.
 */
export function inspectionWithCauses(inspection: Inspection, facts: readonly InputFact[]): Inspection {
  return inspection.findings.length === 0 ? inspection : { ...inspection, findings: findingsWithCauses(inspection.findings, facts) };
}
