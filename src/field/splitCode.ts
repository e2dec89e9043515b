import { classifyField, type WatchedKind } from './classifyField';
import { fieldFacts } from './FieldFacts';

/** Plain facts about one box of a possible split code (collectSplitFacts). */
export interface SplitBoxFacts {
  /** The type attribute, lowercased (`text` when absent). */
  type: string;
  /** The maxlength attribute; -1 when absent. */
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
}

/** A split code: which kind of code, and how many characters the boxes hold together. */
export interface SplitCode {
  kind: WatchedKind;
  length: number;
}

// A split code's box holds a few characters (the "short boxes").
const MAX_BOX = 6;
// Two to eight boxes: more is a grid of something else.
const MIN_BOXES = 2;
const MAX_BOXES = 8;
const TEXT_TYPES = new Set(['text', 'tel', 'number', 'search', '']);

// "characters 1 to 4", "characters 5-8", "digits 9 through 12", "part 2 of 3", "box 1", "2 of 3".
const SEQUENCE = /\b\d+\s*(to|through|thru|-|–|—)\s*\d+\b|\b(part|box|group|section)\s*\d+\b|\b\d+\s+of\s+\d+\b/i;

const kindOfName = (name: string): WatchedKind | null => {
  if (!name) return null;
  const decision = classifyField(fieldFacts({ labels: [name] }));
  return decision && decision.kind !== 'excluded' ? decision.kind : null;
};

/**
 * Whether adjacent short boxes together hold one code: every input of the
 * group is a text box of at most six characters, two to eight of them, tied
 * into one group (a fieldset's legend, a group role, a label they share, or
 * labels numbering their parts, "characters 1 to 4"), and the group's name
 * (or the boxes' own words) says which code. A pure decision over facts.
 */
export function splitCode(facts: SplitCodeFacts): SplitCode | null {
  const { boxes } = facts;
  if (boxes.length < MIN_BOXES || boxes.length > MAX_BOXES) return null;
  if (!boxes.every((box) => TEXT_TYPES.has(box.type) && box.maxLength >= 1 && box.maxLength <= MAX_BOX)) return null;
  const numbered = boxes.every((box) => SEQUENCE.test(box.label));
  if (facts.tie === 'none' && !numbered) return null;
  const kind = kindOfName(facts.groupName) ?? kindOfName(boxes[0]!.label.replace(SEQUENCE, ' '));
  if (!kind) return null;
  return { kind, length: boxes.reduce((sum, box) => sum + box.maxLength, 0) };
}
