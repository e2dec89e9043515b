/**
 * The text an edit put in: what `after` has between the part it shares with
 * `before` at the start and the part it shares at the end. Every browser
 * gives the value; not every one gives the inserted text (a paste's `data`
 * is null in some, autofill has none at all).
 */
export function insertedText(before: string, after: string): string {
  let start = 0;
  const most = Math.min(before.length, after.length);
  while (start < most && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < most - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return after.slice(start, after.length - end);
}
