import type { FormatProfile } from './types.ts';

// USCIS publishes neither the access code's length nor its alphabet
// (docs/DOMAIN.md), so the profile is empty and no length or alphabet finding is
// raised. When a fact is sourced, one line here turns the check on, e.g.
// { lengths: [12], alphabet: '...' }.
export const accessCodeProfile: FormatProfile = {};
