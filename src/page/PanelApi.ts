import type { FieldKind, FindingKind, Inspection, InspectOptions } from '@/src/inspector/types';
import type { InputFact } from '@/src/cause/types';
import type { Language } from '@/src/i18n/languages';
import type { MountedPanel, PanelCallbacks } from './mountPanel';

/**
 * What the content script needs from the panel bundle: the inspector, the
 * panel's frame and the words. That bundle (entrypoints/panel.ts) loads when
 * a watched field first gets focus or the pointer rests on it, so a USCIS
 * page where nobody types a code pays for the small field finder alone; the
 * panel itself is drawn in its own frame (entrypoints/panel-frame).
 */
export interface PanelApi {
  inspect(text: string, field: FieldKind, options?: InspectOptions): Inspection;
  /** The text with the certain fixes of `kinds` applied; called when a fix is clicked. */
  applyFixes(text: string, field: FieldKind, kinds: readonly FindingKind[], options?: InspectOptions): string;
  /** The inspection with each finding's cause, from the field's recorded events (recordInputFacts). */
  withCauses(inspection: Inspection, facts: readonly InputFact[]): Inspection;
  /** One panel for a field, or for the boxes of a split code (placed against their union). */
  mountPanel(fields: readonly HTMLInputElement[], callbacks: PanelCallbacks): MountedPanel;
  /** Makes the panel's frame ready in the document before the first key (a watched field got focus). */
  preparePanel(doc: Document): void;
  /** Lets go of the ready frame (the content script is going). */
  forgetPanels(doc: Document): void;
  /** What the live region says for an inspection. */
  summary(inspection: Inspection | null): string;
  /** Speaks the language picked in the popup (else the page's, then the browser's) from now on; `redraw` repaints. */
  followLanguage(redraw: () => void, signal: AbortSignal, pageLanguage?: () => Language | undefined): void;
}

/** Where the panel bundle leaves its API for the content script (same isolated world). */
export const PANEL_API = Symbol.for('access-code-helper.panel-api');

/** The API once loaded, and how to load it. */
export interface PanelLoader {
  api?: PanelApi;
  load(): Promise<PanelApi>;
}
