import { classify } from './classify.ts';

/**
 * Whether an access code has nothing to report whatever the rules: only
 * capitals and digits with no lookalike among them, and more than 3 letters
 * (every identifier in identifiers.ts has at most 3). Measured: it keeps a
 * clean code's inspection about ten times faster (docs/PERFORMANCE.md).
 */
export function isPlain(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = classify(text.charCodeAt(i));
    if (!c.quiet) return false;
    if (c.cls === 'upper') letters++;
  }
  return letters > 3;
}
