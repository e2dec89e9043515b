import type { Inspection } from '@/src/inspector/types';

/**
 * Whether a text with something in it has nothing to correct or check: only
 * quiet hints and Caps Lock (a caution about the keyboard, not the text) are
 * left. Then the view says "No problems found" and shows those beside it; a
 * correct code must look correct. A cut-off paste is a problem, so never clean.
 */
export function isClean(inspection: Inspection): boolean {
  return inspection.empty !== true && inspection.findings.every((f) => f.severity === 'info' || f.kind === 'caps-lock');
}
