export const UNICODE_VERSION: string;
export const PINNED: Record<string, string>;
/** confusables.txt: a code point to its prototype. */
export function readConfusables(): Map<number, number[]>;
export interface UcdChar {
  name: string;
  category: string;
  /** UnicodeData field 5, e.g. '<font> 0041' or '004B'. */
  decomposition?: string;
  /** UnicodeData field 7 (Numeric_Type Decimal or Digit). */
  digit?: string;
}
export function readUcd(): {
  version: string;
  chars: Map<number, UcdChar>;
  charAt(cp: number): UcdChar | undefined;
  whiteSpace: Array<[number, number]>;
  ignorable: Array<[number, number]>;
  scripts: Array<[number, number, string]>;
  scriptCodes: Map<string, string>;
};
export function codePointsOf(pairs: Iterable<readonly [number, number]>): Generator<number>;
