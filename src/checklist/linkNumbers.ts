import { checklistSteps, type ChecklistStep } from './steps';

/**
 * Each official address the steps link to, numbered in the order it first
 * appears: the printout writes an address once in its list and the steps
 * point to it by number (the new-code page is linked from four steps).
 */
export function linkNumbers(steps: readonly ChecklistStep[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const step of steps) for (const link of step.links) if (!numbers.has(link.url)) numbers.set(link.url, numbers.size + 1);
  return numbers;
}

/** The checklist's addresses and their numbers, for the screen's links and the printed list alike. */
export const checklistLinks: ReadonlyMap<string, number> = linkNumbers(checklistSteps);
