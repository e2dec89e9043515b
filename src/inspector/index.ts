// The inspector's public surface: a pure core, text in, named findings out.
export { applyFixes } from './applyFixes.ts';
export { charName } from './charName.ts';
export { classify, isBlank } from './classify.ts';
export { inspect } from './inspect.ts';
export { MAX_LISTED } from './findingKinds.ts';
export { readBack } from './readBack.ts';
export type * from './types.ts';
export type { CharClass, Classified } from './charClass.ts';
