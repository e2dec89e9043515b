// A run of Latin letters and digits: a code (EAC1234567890), a name kept in
// English inside a translation (Online Access Code), an address (uscis.gov),
// a single letter (l). What joins words of one name or one code (spaces,
// dots, dashes, colons, slashes) stays inside the run when Latin follows it.
const LATIN_RUN = /[\p{Script=Latin}0-9](?:[\p{Script=Latin}0-9 .,:/@+_'’-]*[\p{Script=Latin}0-9/])?/gu;

/**
 * The text cut into pieces that alternate: other text, a Latin run, other
 * text, ... (the first and last may be empty), so a right-to-left sentence
 * can isolate each run. "١ و I" gives ["١ و ", "I", ""].
 */
export function latinRuns(text: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    pieces.push(text.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}
