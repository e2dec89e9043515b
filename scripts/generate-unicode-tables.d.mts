/** The text of src/inspector/unicodeTables.ts as the pinned Unicode data makes it. */
export function generate(): string;
