import type { FieldKind } from '@/src/inspector/types';
import type { FieldFacts } from './FieldFacts';
import {
  ACCESS_CODE_PHRASES,
  ACCESS_CODE_TOKENS,
  EXCLUDED_PHRASES,
  EXCLUDED_TOKENS,
  RECEIPT_PHRASES,
  RECEIPT_TOKENS,
} from './keywords';

/** The inspector's field kinds: one list of the fields we help with. */
export type WatchedKind = FieldKind;

/** Which fact decided, strongest first (for tests and debugging). */
export type Signal = 'type' | 'autocomplete' | 'token' | 'label' | 'aria-label' | 'placeholder' | 'nearby-text';

export type FieldDecision =
  | { kind: WatchedKind; signal: Signal }
  | { kind: 'excluded'; signal: Signal }
  | null;

// Types that can never hold a code; password and email must never be read.
const NEVER_TYPES = new Set(['password', 'email', 'hidden', 'checkbox', 'radio', 'file', 'submit', 'button', 'image', 'reset', 'date', 'color', 'range']);

/** Lowercase, accents removed, runs of space collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** `onlineAccessCode`, `online-access-code`, `ONLINE_ACCESS_CODE` -> online, access, code. */
export function tokenize(identifier: string): string[] {
  return normalizeText(identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function hasSequence(tokens: string[], wanted: readonly string[][]): boolean {
  return wanted.some((seq) => tokens.some((_, i) => seq.every((w, j) => tokens[i + j] === w)));
}

const normalizedPhrases = (list: readonly string[]) => list.map(normalizeText);
const ACCESS_PHRASES = normalizedPhrases(ACCESS_CODE_PHRASES);
const RECEIPT = normalizedPhrases(RECEIPT_PHRASES);
const EXCLUDED = normalizedPhrases(EXCLUDED_PHRASES);

// A field must hold every word of some rule's token sequence or phrase to be
// decided at all, so one word of each (its longest) is enough to look for
// first. A field whose facts hold none of these words is passed over after
// one test instead of seven tiers: a form of 20,000 inputs is read in a blink.
const longestWord = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a), '');
const HINT = new RegExp(
  [
    ...[ACCESS_CODE_TOKENS, RECEIPT_TOKENS, EXCLUDED_TOKENS].flat().map(longestWord),
    ...[ACCESS_PHRASES, RECEIPT, EXCLUDED].flat().map((phrase) => longestWord(phrase.split(/[^a-z0-9]+/))),
  ].join('|'),
);

type Verdict = WatchedKind | 'excluded' | null;

// One tier decides only when it is unambiguous; "excluded" always wins, so a
// field that looks even a little like a password or two-step field is left alone.
function judge(isExcluded: boolean, isAccess: boolean, isReceipt: boolean): Verdict {
  if (isExcluded) return 'excluded';
  if (isAccess && !isReceipt) return 'access-code';
  if (isReceipt && !isAccess) return 'receipt-number';
  return null;
}

function judgeTokens(values: string[]): Verdict {
  const tokens = values.map(tokenize);
  return judge(
    tokens.some((t) => hasSequence(t, EXCLUDED_TOKENS)),
    tokens.some((t) => hasSequence(t, ACCESS_CODE_TOKENS)),
    tokens.some((t) => hasSequence(t, RECEIPT_TOKENS)),
  );
}

function judgeText(values: string[]): Verdict {
  const texts = values.map(normalizeText).filter(Boolean);
  const has = (phrases: string[]) => texts.some((text) => phrases.some((p) => text.includes(p)));
  return judge(has(EXCLUDED), has(ACCESS_PHRASES), has(RECEIPT));
}

/** Decides what a field is from its facts, strongest signal first. */
export function classifyField(facts: FieldFacts): FieldDecision {
  if (facts.tag !== 'input' && facts.tag !== 'textarea') return null;
  if (NEVER_TYPES.has(facts.type)) return { kind: 'excluded', signal: 'type' };
  const all = [facts.autocomplete, facts.id, facts.name, ...facts.labels, facts.ariaLabel, facts.placeholder, facts.nearbyText];
  if (!HINT.test(normalizeText(all.join(' ')))) return null;
  const tiers: Array<[Signal, () => Verdict]> = [
    ['autocomplete', () => judgeTokens([facts.autocomplete])],
    ['token', () => judgeTokens([facts.id, facts.name])],
    ['label', () => judgeText(facts.labels)],
    ['aria-label', () => judgeText([facts.ariaLabel])],
    ['placeholder', () => judgeText([facts.placeholder])],
    ['nearby-text', () => judgeText([facts.nearbyText])],
  ];
  for (const [signal, decide] of tiers) {
    const kind = decide();
    if (kind) return { kind, signal };
  }
  return null;
}
