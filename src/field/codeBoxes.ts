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
  /** Puts the caret where typing goes on: the first box not full, else the last. */
  focus(): void;
}

// How many characters a box of a split code takes.
const size = (field: HTMLInputElement) => (field.maxLength > 0 ? field.maxLength : Infinity);

/** One field holding the whole code. */
export function singleBox(field: HTMLInputElement): CodeBoxes {
  return {
    fields: [field],
    read: () => field.value,
    write: (value) => setFieldValue(field, value),
    maxLength: () => field.maxLength,
    focus: () => field.focus(),
  };
}

/**
 * The boxes of a split code, in order. A value is written back each box its
 * share (as many characters as its maxlength, the rest to the last box),
 * through the same path as typing, so the page's own auto-advance and
 * checks run; boxes whose share is unchanged are left alone.
 */
export function splitBoxes(fields: readonly HTMLInputElement[]): CodeBoxes {
  return {
    fields,
    read: () => fields.map((field) => field.value).join(''),
    write(value) {
      let at = 0;
      fields.forEach((field, i) => {
        const share = i === fields.length - 1 ? value.slice(at) : value.slice(at, at + size(field));
        at += share.length;
        if (field.value !== share) setFieldValue(field, share);
      });
    },
    maxLength: () => fields.reduce((sum, field) => sum + field.maxLength, 0),
    focus() {
      (fields.find((field) => field.value.length < size(field)) ?? fields.at(-1))?.focus();
    },
  };
}
