import type { WatchedKind } from '@/src/field/classifyField';
import type { StartOverResult } from '@/src/clinic/startOverResult';

// The one typed protocol of runtime messages between the extension's pages,
// the background and the content scripts. Every type starts with one prefix;
// each context has one listener, and every message it gets passes the one
// validator below before it is looked at. Nothing in a message or an answer
// is ever what was typed.

export const PREFIX = 'ach:';

/** Which box a request is about: the text box focused last, or the one right-clicked last. */
export type BoxSource = 'last-focused' | 'context-menu';

/** What the person ticked in Start over's confirmation. */
export interface StartOverChoices {
  /** Every site's saved form entries (on by default). */
  formData: boolean;
  /** Firefox only: every site's cache (off by default). */
  cache: boolean;
}

export type Message =
  // Popup to a USCIS tab's helper: what are you doing here?
  | { type: 'ach:tab-status' }
  // Popup or context menu to a USCIS tab's helper: help this box, or stop.
  | { type: 'ach:help-box'; kind: WatchedKind; box: BoxSource }
  | { type: 'ach:stop-box'; box: BoxSource }
  // Origin announcer to background, in every frame at document_start: "this frame shows a USCIS page" (the sender says which).
  | { type: 'ach:uscis-tab' }
  // Background to a tab's top frame: "still on USCIS?"; only the origin announcer answers.
  | { type: 'ach:still-uscis' }
  // The extension's pages to background: how many USCIS tabs are open.
  | { type: 'ach:count-uscis-tabs' }
  // The extension's pages to background: close the tabs, sign out, remove form entries, cache and history.
  | ({ type: 'ach:clinic-start-over'; done: StartOverResult[] } & StartOverChoices)
  // Panel (content script) to background: a locale's table, which a content script cannot load itself.
  | { type: 'ach:messages'; folder: string };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The context whose one listener answers a message. */
export type Listener = 'background' | 'helper' | 'announcer';

/**
 * Where each message goes, and who may send it: `our-pages`, the extension's
 * own pages only (the background checks the sender's id and address), never
 * a content script; `extension`, our pages or the background (the only ones
 * that can reach a content script); `content-scripts`, ours in any page.
 */
export const PROTOCOL: Record<MessageType, { to: Listener; from: 'our-pages' | 'extension' | 'content-scripts' }> = {
  'ach:tab-status': { to: 'helper', from: 'extension' },
  'ach:help-box': { to: 'helper', from: 'extension' },
  'ach:stop-box': { to: 'helper', from: 'extension' },
  'ach:uscis-tab': { to: 'background', from: 'content-scripts' },
  'ach:still-uscis': { to: 'announcer', from: 'extension' },
  'ach:count-uscis-tabs': { to: 'background', from: 'our-pages' },
  'ach:clinic-start-over': { to: 'background', from: 'our-pages' },
  'ach:messages': { to: 'background', from: 'content-scripts' },
};

const KINDS: readonly unknown[] = ['access-code', 'receipt-number'] satisfies WatchedKind[];
const SOURCES: readonly unknown[] = ['last-focused', 'context-menu'] satisfies BoxSource[];
type Fields = Partial<Record<string, unknown>>;

// Each type's fields, checked one by one (a message is whatever anyone sent).
const VALID: Record<MessageType, (m: Fields) => boolean> = {
  'ach:tab-status': () => true,
  'ach:help-box': (m) => KINDS.includes(m.kind) && SOURCES.includes(m.box),
  'ach:stop-box': (m) => SOURCES.includes(m.box),
  'ach:uscis-tab': () => true,
  'ach:still-uscis': () => true,
  'ach:count-uscis-tabs': () => true,
  'ach:clinic-start-over': (m) => typeof m.formData === 'boolean' && typeof m.cache === 'boolean' && Array.isArray(m.done),
  'ach:messages': (m) => typeof m.folder === 'string',
};

/** The one validator: a message of the protocol, well formed, or null. */
export function readMessage(message: unknown): Message | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Fields;
  if (typeof m.type !== 'string' || !Object.hasOwn(VALID, m.type)) return null;
  return VALID[m.type as MessageType](m) ? (message as Message) : null;
}

/** A message of the protocol for the given listener, or null. */
export function readMessageFor(listener: Listener, message: unknown): Message | null {
  const m = readMessage(message);
  return m && PROTOCOL[m.type].to === listener ? m : null;
}

// What the popup and the context menu ask a USCIS tab's helper.
export type TabRequest = MessageOf<'ach:tab-status' | 'ach:help-box' | 'ach:stop-box'>;

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

/** A request from our popup or background for the helper, checked field by field. */
export const isTabRequest = (message: unknown): message is TabRequest => readMessageFor('helper', message) !== null;
