import { setFieldValue } from './setFieldValue';

/**
 * The boxes that hold one watched code: one field, or the boxes of a code
 * split into short parts. The panel reads and writes the code through this,
 * so positions count across the boxes and a fix gives each box its share.
 */
export interface CodeBoxes {
  readonly fields: readonly HTMLInputElement[];
  /** The whole code, the boxes' values joined. */
  read(): string;
  /** Writes the whole code back, each box its share, the way typing would. */
  write(value: string): void;
  /** How many characters the boxes hold together; -1 for no limit. */
  maxLength(): number;
}

/** One field holding the whole code. */
export function singleBox(field: HTMLInputElement): CodeBoxes {
  return {
    fields: [field],
    read: () => field.value,
    write: (value) => setFieldValue(field, value),
    maxLength: () => field.maxLength,
  };
}
