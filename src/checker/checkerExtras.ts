// Loaded when something is first typed in the checker: the spelling for the
// phone, the cause tables and the remedies stay out of the popup's first
// chunk (every popup open; its budget is in tests/e2e/sizeBudget.test.ts).
export { findingsWithCauses } from '@/src/cause/inspectionWithCauses';
export { CheckerRemedies } from './CheckerRemedies';
export { PhoneticSpelling } from './PhoneticSpelling';
