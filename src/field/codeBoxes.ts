import { setFieldValue, typeIntoBox } from './setFieldValue';

/** What one box did with its share of a write: left alone (it held it already), took it, or holds something else. */
export type BoxWrite = 'unchanged' | 'took' | 'refused';

/**
 * What a write gave, read back from the boxes once the page's own code has
 * run: the panel's reducer keeps Undo for what took and says when something
 * did not (a component that refused a character, a page that reformats).
 */
export interface WriteOutcome {
  /** The code we meant the boxes to hold. */
  wanted: string;
  /** What they hold now, read back. */
  now: string;
  /** Per box, in order. */
  boxes: readonly BoxWrite[];
}

/** Whether the write took whole: the boxes hold what we meant. */
export const tookWhole = (outcome: WriteOutcome): boolean => outcome.now === outcome.wanted;

/**
 * What a write of ours came to, for the panel: it took whole; it partly
 * took (some boxes took their share, others refused: Undo puts back what
 * took, and the panel must not show the code as fixed); or none of it stayed
 * (a component kept its own value, or a page rewrote ours: nothing of ours
 * to undo).
 */
export type WriteVerdict = 'took' | 'partly' | 'refused';

export function writeVerdict(outcome: WriteOutcome): WriteVerdict {
  if (outcome.now === outcome.wanted) return 'took';
  return outcome.boxes.includes('took') ? 'partly' : 'refused';
}

/**
 * The boxes that hold one watched code: one field, or the boxes of a code
 * split into short parts. The panel reads and writes the code through this,
 * so positions count across the boxes and a fix gives each box its share.
 */
export interface CodeBoxes {
  readonly fields: readonly HTMLInputElement[];
  /** The whole code, the boxes' values joined. */
  read(): string;
  /**
   * Writes the whole code back, each box its share, the way typing would.
   * One field is written at once (its outcome read back straight after:
   * frameworks re-render a controlled field within its input event); a group
   * of boxes box by box, giving the page's code a turn after each focus, so
   * the outcome comes as a promise.
   */
  write(value: string): WriteOutcome | Promise<WriteOutcome>;
  /** How many characters the boxes hold together; -1 for no limit. */
  maxLength(): number;
  /** Puts the caret where typing goes on: the first box not full, else the last. */
  focus(): void;
}

/** One field holding the whole code. */
export function singleBox(field: HTMLInputElement): CodeBoxes {
  return {
    fields: [field],
    read: () => field.value,
    write(value) {
      if (field.value === value) return { wanted: value, now: value, boxes: ['unchanged'] };
      setFieldValue(field, value);
      return { wanted: value, now: field.value, boxes: [field.value === value ? 'took' : 'refused'] };
    },
    maxLength: () => field.maxLength,
    focus: () => field.focus(),
  };
}

/** A turn for the page's own code: its framework renders in a microtask or a task after a focus or a key. */
const pageTurn = (field: HTMLInputElement) =>
  new Promise<void>((resolve) => (field.ownerDocument.defaultView ?? globalThis).setTimeout(resolve, 0));

/**
 * The boxes of a split code, in order, each taking `sizes[i]` characters
 * (its maxlength when not given; the last box takes the rest). A value is
 * written back box by box where the share changed, as a person would:
 * focus that box (a code component writes a key into the box it believes
 * focused), let the page's code run, then the same path a typed character or
 * a Backspace takes. Then each box is read back.
 */
export function splitBoxes(fields: readonly HTMLInputElement[], sizes: readonly number[] = fields.map((f) => (f.maxLength > 0 ? f.maxLength : Infinity))): CodeBoxes {
  const read = () => fields.map((field) => field.value).join('');
  const sharesOf = (value: string) => {
    let at = 0;
    return fields.map((_, i) => {
      const share = i === fields.length - 1 ? value.slice(at) : value.slice(at, at + sizes[i]!);
      at += share.length;
      return share;
    });
  };
  return {
    fields,
    read,
    async write(value) {
      const shares = sharesOf(value);
      const written = fields.map((field, i) => field.value !== shares[i]);
      for (const [i, field] of fields.entries()) {
        if (!written[i] || field.value === shares[i]) continue;
        field.focus();
        await pageTurn(field);
        typeIntoBox(field, shares[i]!);
      }
      await pageTurn(fields[0]!);
      const boxes = fields.map((field, i): BoxWrite => (!written[i] ? 'unchanged' : field.value === shares[i] ? 'took' : 'refused'));
      return { wanted: value, now: read(), boxes };
    },
    maxLength: () => (sizes.every(Number.isFinite) ? sizes.reduce((sum, size) => sum + size, 0) : -1),
    focus() {
      (fields.find((field, i) => field.value.length < sizes[i]!) ?? fields.at(-1))?.focus();
    },
  };
}
