import type { CauseBook } from './createCauseBook.ts';
import type { Cause } from './types.ts';

interface HasChars {
  chars: ReadonlyArray<{ text: string }>;
}

/**
 * The cause of a finding: the cause of the first of its characters that has
 * one. A finding about the whole text (a receipt number in the wrong box)
 * lists no characters and gets none.
 */
export function causeOfChars(book: CauseBook, chars: HasChars['chars']): Cause | undefined {
  for (const char of chars) {
    const cause = book.causeOf(char.text);
    if (cause) return cause;
  }
  return undefined;
}

/** The findings with their `cause` set where the events tell one; the others unchanged. */
export function withCauses<F extends HasChars>(findings: readonly F[], book: CauseBook): Array<F & { cause?: Cause }> {
  return findings.map((finding) => {
    const cause = causeOfChars(book, finding.chars);
    return cause ? { ...finding, cause } : finding;
  });
}
