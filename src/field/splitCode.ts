import { classifyField, type WatchedKind } from './classifyField';
import { fieldFacts } from './FieldFacts';
import { mayHoldCode } from './inputTypes';

/** Plain facts about one box of a possible split code (collectSplitFacts). */
export interface SplitBoxFacts {
  /** The type attribute, lowercased (`text` when absent). */
  type: string;
  /** The maxlength attribute; -1 when absent (a component's boxes may have none). */
  maxLength: number;
  /** The box's own name: aria-label, labels, aria-labelledby text. */
  label: string;
}

/** How the boxes are tied together into one group. */
export type GroupTie = 'legend' | 'group-role' | 'shared-label' | 'none';

export interface SplitCodeFacts {
  tie: GroupTie;
  /** The group's name: the fieldset's legend, the group's accessible name, or the label the boxes share. */
  groupName: string;
  /** Every input of the group's container, in document order. */
  boxes: SplitBoxFacts[];
  /** Short text just before the group (a page's own "Online Access Code" above a component's boxes). */
  nearbyText?: string;
}

/** A split code: which kind of code, how many characters the boxes hold together, and each box's share. */
export interface SplitCode {
  kind: WatchedKind;
  length: number;
  /** How many characters each box takes, in order. */
  sizes: number[];
}

// A split code's box holds a few characters (the "short boxes").
const MAX_BOX = 6;
// Two to eight boxes: more is a grid of something else, unless each box
// holds one character (a code component draws one box per character, and
// the Online Account Number on the same notice has twelve digits).
const MIN_BOXES = 2;
const MAX_BOXES = 8;
const MAX_CHARACTER_BOXES = 16;
const MIN_CHARACTER_ROW = 4;

// "characters 1 to 4", "characters 5-8", "digits 9 through 12", "part 2 of 3", "box 1", "2 of 3".
const SEQUENCE = /\b\d+\s*(to|through|thru|-|–|—)\s*\d+\b|\b(part|box|group|section)\s*\d+\b|\b\d+\s+of\s+\d+\b/i;
// One numbered character: "character 3", "digit 3", "Please enter OTP character 3"
// (react-otp-input's default aria-label, on boxes with no maxlength), "carácter 3".
export const ONE_CHARACTER = /\b(character|char|digit|letter|car[aá]cter|d[ií]gito|letra)\s*#?\s*\d+\b(?!\s*(to|through|thru|-|–|—)\s*\d)/i;

/** How many characters a box takes: its maxlength, or one when its label numbers a single character; -1 when unknown. */
export const boxSize = (box: SplitBoxFacts): number => (box.maxLength >= 1 ? box.maxLength : ONE_CHARACTER.test(box.label) ? 1 : -1);

/**
 * What the group's words say: its name, the text just before it, and the
 * first box's own label (its numbering taken out), judged together by
 * classifyField, so a two-step word in any of them wins.
 */
function kindOfNames(facts: SplitCodeFacts): WatchedKind | null {
  const boxLabel = facts.boxes[0]!.label.replace(SEQUENCE, ' ').replace(ONE_CHARACTER, ' ').trim();
  const decision = classifyField(fieldFacts({ labels: facts.groupName ? [facts.groupName] : [], ariaLabel: boxLabel, nearbyText: facts.nearbyText ?? '' }));
  return decision && decision.kind !== 'excluded' ? decision.kind : null;
}

/**
 * Whether adjacent short boxes together hold one code: every input of the
 * group is a text box of at most six characters (its maxlength, or one
 * character as its label numbers it), two to eight of them (up to sixteen
 * of one character each), tied into one group (a fieldset's legend, a group
 * role, a label they share, labels numbering their parts, "characters 1
 * to 4", "character 3", or a row of four or more one-character boxes), and
 * the group's words say which code. A pure decision over facts.
 */
export function splitCode(facts: SplitCodeFacts): SplitCode | null {
  const { boxes } = facts;
  const sizes = boxes.map(boxSize);
  const max = sizes.every((size) => size === 1) ? MAX_CHARACTER_BOXES : MAX_BOXES;
  if (boxes.length < MIN_BOXES || boxes.length > max) return null;
  if (!boxes.every((box, i) => mayHoldCode(box.type) && sizes[i]! >= 1 && sizes[i]! <= MAX_BOX)) return null;
  const numbered = boxes.every((box) => SEQUENCE.test(box.label) || ONE_CHARACTER.test(box.label));
  // A row of four or more one-character boxes is a code component's own
  // drawing (PIN and OTP inputs), whatever ties them; a date or a phone
  // number has longer parts.
  const characterRow = boxes.length >= MIN_CHARACTER_ROW && sizes.every((size) => size === 1);
  if (facts.tie === 'none' && !numbered && !characterRow) return null;
  const kind = kindOfNames(facts);
  if (!kind) return null;
  return { kind, length: sizes.reduce((sum, size) => sum + size, 0), sizes };
}
