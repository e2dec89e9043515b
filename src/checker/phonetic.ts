import type { CharInfo, CharName } from '@/src/inspector/types';
import type { MessageKey } from '@/src/i18n/t';

// The spelling words for reading a code over the phone. They stay in English
// in every language on purpose: they are what the USCIS Contact Center
// understands. Letters: the ICAO/NATO alphabet as ICAO spells it (ICAO
// Annex 10, Vol. II, 5.2.1.3: Alfa, Juliett). Digits: the plain English words;
// ICAO's radio forms (tree, fife, niner) are not what a phone agent expects.
export const SPELLING_WORDS: Readonly<Record<string, string>> = {
  A: 'Alfa', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo', F: 'Foxtrot', G: 'Golf', H: 'Hotel', I: 'India',
  J: 'Juliett', K: 'Kilo', L: 'Lima', M: 'Mike', N: 'November', O: 'Oscar', P: 'Papa', Q: 'Quebec', R: 'Romeo',
  S: 'Sierra', T: 'Tango', U: 'Uniform', V: 'Victor', W: 'Whiskey', X: 'X-ray', Y: 'Yankee', Z: 'Zulu',
};
export const DIGIT_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Words a message table gives: `t` for the person's language, or English for an English voice. */
export type Say = (key: MessageKey, ...subs: string[]) => string;

/**
 * One character as read over the phone: "capital K as in Kilo", "7 (seven)"
 * shown and "seven" spoken, and for anything else its name ("Cyrillic
 * capital O", "no-break space"), which `nameOf` words.
 */
export function phoneticLine(char: CharInfo, say: Say, nameOf: (name: CharName) => string, spoken = false): string {
  const { name } = char;
  if (name.key === 'capital') return say('phonetic_capital', name.value, SPELLING_WORDS[name.value]!);
  if (name.key === 'small') return say('phonetic_small', name.value, SPELLING_WORDS[name.value.toUpperCase()]!);
  if (name.key === 'digit') {
    const word = DIGIT_WORDS[Number(name.value)]!;
    return spoken ? word : say('phonetic_digit', name.value, word);
  }
  return nameOf(name);
}

/** The whole code as one text to speak, a pause between characters. */
export function phoneticSpeech(chars: readonly CharInfo[], say: Say, nameOf: (name: CharName) => string): string {
  return chars.map((char) => phoneticLine(char, say, nameOf, true)).join('. ');
}
