import { classify } from './classify.ts';

/** Whether a code point draws nothing (white space or invisible), so a view shows an empty box for it. */
export function isBlank(cp: number): boolean {
  const { cls } = classify(cp);
  return cls === 'space' || cls === 'invisible';
}
