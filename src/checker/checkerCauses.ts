// Loaded when the checker first has findings: the cause tables and remedies
// stay out of the popup's first chunk (every popup open).
export { findingsWithCauses } from '@/src/cause/findingsWithCauses';
export { CheckerRemedies } from './CheckerRemedies';
