// The inspector's public surface: a pure core, text in, named findings out.
export { applyFixes } from './applyFixes.ts';
export { charName } from './charName.ts';
export { classify } from './classify.ts';
export { inspect } from './inspect.ts';
export { isBlank } from './isBlank.ts';
export { MAX_LISTED } from './maxListed.ts';
export { readBack } from './readBack.ts';
export type * from './types.ts';
export type { CharClass, Classified } from './charClass.ts';
