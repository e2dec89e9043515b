// What Start over did, item by item, as names; the page words each one.
export type StartOverItem = 'cleared' | 'sign-out' | 'cache' | 'cache-storage' | 'tabs' | 'form-data' | 'history' | 'language' | 'clipboard';

export type StartOverOutcome =
  /** Done. */
  | 'done'
  /** Nothing to do (no USCIS tab open; the checker copied nothing; no USCIS address in the history). */
  | 'nothing'
  /** Left as it was, because the person did not tick it in the confirmation. */
  | 'kept'
  /** The browser has no way to do it for USCIS alone, or gave no permission: the person does it by hand. */
  | 'by-hand'
  /** Tried, and the browser refused. */
  | 'failed';

export interface StartOverResult {
  item: StartOverItem;
  outcome: StartOverOutcome;
  /** How many (tabs closed, history addresses deleted). */
  count?: number;
}
