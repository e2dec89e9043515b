import type { Severity } from './types.ts';

/** Strongest first: findings are listed in this order, and a character under its strongest only. */
export const severityRank: Readonly<Record<Severity, number>> = { problem: 0, caution: 1, info: 2 };
