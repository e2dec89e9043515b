import type { FieldKind } from '@/src/inspector/types';
import type { FieldFacts } from './FieldFacts';
import { mayHoldCode } from './inputTypes';
import {
  ACCESS_CODE_PHRASES,
  ACCESS_CODE_TOKENS,
  EXCLUDED_PHRASES,
  EXCLUDED_TOKENS,
  NAMED_ACCESS_CODE_PHRASES,
  RECEIPT_PHRASES,
  RECEIPT_TOKENS,
  SEARCH_SIGNS,
  WIDGET_DEFAULT_AUTOCOMPLETE,
} from './keywords';

/** The inspector's field kinds: one list of the fields we help with. */
export type WatchedKind = FieldKind;

/** Which fact decided, strongest first (for tests and debugging). */
export type Signal =
  | 'type'
  | 'search'
  | 'autocomplete'
  | 'token'
  | 'label'
  | 'aria-label'
  | 'placeholder'
  | 'description'
  | 'nearby-text';

export type FieldDecision =
  | { kind: WatchedKind; signal: Signal }
  | { kind: 'excluded'; signal: Signal }
  | null;

/** Lowercase, accents removed, runs of space collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text as a run of whole words with a space at each end, so a phrase matches
 * whole words only (" app " is not inside " application "). Punctuation
 * separates words, except `#` ("receipt #").
 */
function asWords(text: string): string {
  const words = normalizeText(text).replace(/[^a-z0-9#]+/g, ' ').trim();
  return words ? ` ${words} ` : '';
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

const phrasesAsWords = (list: readonly string[]) => list.map(asWords);
const ACCESS_PHRASES = phrasesAsWords(ACCESS_CODE_PHRASES);
const RECEIPT = phrasesAsWords(RECEIPT_PHRASES);
const EXCLUDED = phrasesAsWords(EXCLUDED_PHRASES);
const NAMED = phrasesAsWords(NAMED_ACCESS_CODE_PHRASES);

// A field can only be helped when it holds every word of some access-code or
// receipt rule, so one word of each (its longest) is enough to look for
// first. A field whose facts hold none of these words cannot be ours and is
// passed over after one test, exclusions unread: a form of 20,000 inputs is
// read in a blink.
const longestWord = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a), '');
const HINT = new RegExp(
  [
    ...[ACCESS_CODE_TOKENS, RECEIPT_TOKENS].flat().map(longestWord),
    ...[ACCESS_PHRASES, RECEIPT].flat().map((phrase) => longestWord(phrase.split(/[^a-z0-9]+/))),
  ].join('|'),
);

/** What one group of facts says: each of the three may be true at once. */
interface Reading {
  excluded: boolean;
  access: boolean;
  receipt: boolean;
}

function readTokens(values: string[]): Reading {
  const tokens = values.map(tokenize);
  return {
    excluded: tokens.some((t) => hasSequence(t, EXCLUDED_TOKENS)),
    access: tokens.some((t) => hasSequence(t, ACCESS_CODE_TOKENS)),
    receipt: tokens.some((t) => hasSequence(t, RECEIPT_TOKENS)),
  };
}

function readText(values: string[]): Reading {
  const texts = values.map(asWords).filter(Boolean);
  const has = (phrases: string[]) => texts.some((text) => phrases.some((p) => text.includes(p)));
  return { excluded: has(EXCLUDED), access: has(ACCESS_PHRASES), receipt: has(RECEIPT) };
}

/** A search box: its own type, a search landmark around it, or a question as its placeholder. */
function isSearchBox(facts: FieldFacts): boolean {
  return (
    facts.type === SEARCH_SIGNS.type ||
    facts.inSearch ||
    SEARCH_SIGNS.placeholderMarks.some((mark) => facts.placeholder.includes(mark))
  );
}

/**
 * A widget's default that an explicit name outranks: autocomplete="one-time-code"
 * set by a code component, on a field whose label or aria-label says
 * "Online Access Code". Only this one exclusion gives way; two-step words in
 * any other fact still win.
 */
function isOutrankedDefault(facts: FieldFacts): boolean {
  if (!WIDGET_DEFAULT_AUTOCOMPLETE.includes(normalizeText(facts.autocomplete))) return false;
  const names = [...facts.labels, facts.ariaLabel].map(asWords);
  return names.some((name) => NAMED.some((phrase) => name.includes(phrase)));
}

/** Decides what a field is from its facts, strongest signal first. */
export function classifyField(facts: FieldFacts): FieldDecision {
  if (facts.tag !== 'input' && facts.tag !== 'textarea') return null;
  if (!mayHoldCode(facts.type)) return { kind: 'excluded', signal: 'type' };
  const all = [facts.autocomplete, facts.id, facts.name, ...facts.labels, facts.ariaLabel, facts.placeholder, ...facts.descriptions, facts.nearbyText];
  if (!HINT.test(normalizeText(all.join(' ')))) return null;
  if (isSearchBox(facts)) return { kind: 'excluded', signal: 'search' };
  const tiers: Array<[Signal, Reading]> = [
    ['autocomplete', readTokens([facts.autocomplete])],
    ['token', readTokens([facts.id, facts.name])],
    ['label', readText(facts.labels)],
    ['aria-label', readText([facts.ariaLabel])],
    ['placeholder', readText([facts.placeholder])],
    ['description', readText(facts.descriptions)],
    ['nearby-text', readText([facts.nearbyText])],
  ];
  // An exclusion in any fact wins over every other fact: "Two-step access
  // code" next to id="accessCode" is a two-step field. The one exception is
  // a code component's default autocomplete under the code's own name.
  const outranked = isOutrankedDefault(facts);
  const excludedBy = tiers.find(([signal, reading]) => reading.excluded && !(outranked && signal === 'autocomplete'));
  if (excludedBy) return { kind: 'excluded', signal: excludedBy[0] };
  // Otherwise the strongest fact that is unambiguous decides.
  for (const [signal, { access, receipt }] of tiers) {
    if (access && !receipt) return { kind: 'access-code', signal };
    if (receipt && !access) return { kind: 'receipt-number', signal };
  }
  return null;
}
