import type { FixKey, PanelView } from './panelState';

// The one protocol between the content script and the panel's frame (an
// extension page, out of the page's reach). The content script hands the
// frame a MessageChannel port once, with the secret it put in the frame's
// address; everything after goes over that port, never through the page.

/** The handshake's message type, posted once to the frame's window with the port. */
export const PORT_MESSAGE = 'access-code-helper:port';

/** A press in the panel, as the reducer hears it. */
export type PanelAction =
  | { type: 'fix'; key: FixKey }
  | { type: 'undo' }
  | { type: 'move' }
  | { type: 'toggle' }
  | { type: 'close' }
  /** The marker was pressed: the whole panel shows. */
  | { type: 'reopen' };

/** Content script to frame. */
export type ToFrame =
  /** Draw this; `lang` is the page's language tag when no language is picked in the popup. */
  | { type: 'view'; view: PanelView; lang?: string; maxWidth: number }
  /** Keyboard focus enters the panel at its first or last action. */
  | { type: 'enter'; at: 'first' | 'last' }
  /** Kept for the page's next panel: draw nothing until then. */
  | { type: 'clear' };

/** Frame to content script. */
export type FromFrame =
  /** A press, with its point in the frame (CSS px) so the content script can tell it was not made through a page layer. */
  | { type: 'press'; action: PanelAction; x: number; y: number }
  /** Keys and focus inside the panel. */
  | { type: 'key'; action: PanelAction }
  /** The panel's own size, to size the frame. */
  | { type: 'size'; width: number; height: number }
  /** Tab past the last action (forward) or Shift+Tab before the first (back). */
  | { type: 'leave'; back: boolean }
  /** Escape in the panel. */
  | { type: 'escape' };

/** Whether a message from the frame has a shape we know (the port is ours alone, but a failure of ours must not throw). */
export function isFromFrame(data: unknown): data is FromFrame {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';
}
