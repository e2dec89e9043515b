import type { WatchedKind } from '@/src/field/classifyField';

// What the popup and the context menu ask a uscis.gov tab's content script,
// over runtime messaging (never through the page). Nothing in a message or
// an answer is ever what was typed.

/** Which box a request is about: the text box focused last, or the one right-clicked last. */
export type BoxSource = 'last-focused' | 'context-menu';

export type TabRequest =
  | { type: 'ach:tab-status' }
  | { type: 'ach:help-box'; kind: WatchedKind; box: BoxSource }
  | { type: 'ach:stop-box'; box: BoxSource };

/** The box a request is about, as far as the helper is concerned. */
export type LastBox =
  | 'none' // no text box focused (or right-clicked) on this page yet
  | 'refused' // a password, e-mail or other box the helper never reads
  | 'helped' // helped now, by the finder's guess or the person's choice
  | 'not-helped'; // a text box the helper leaves alone

export interface TabStatus {
  /** Each kind of box found on the page (helped when a person reaches it), once. */
  helping: WatchedKind[];
  lastBox: LastBox;
}

export type BoxReply = { ok: true } | { ok: false; reason: 'no-box' | 'refused' };

const KINDS: readonly string[] = ['access-code', 'receipt-number'] satisfies WatchedKind[];
const SOURCES: readonly string[] = ['last-focused', 'context-menu'] satisfies BoxSource[];

/** A request from our popup or background, checked field by field. */
export function isTabRequest(message: unknown): message is TabRequest {
  const m = message as Partial<Record<string, unknown>> | null;
  if (typeof m !== 'object' || m === null) return false;
  if (m.type === 'ach:tab-status') return true;
  if (m.type === 'ach:help-box') return KINDS.includes(m.kind as string) && SOURCES.includes(m.box as string);
  if (m.type === 'ach:stop-box') return SOURCES.includes(m.box as string);
  return false;
}
