import { h, render } from 'preact';
import { currentDirection } from '@/src/i18n/t';
import findingsCss from '@/src/ui/findings.css?inline';
import { followField } from './followField';
import { guard } from './guard';
import { Panel, type PanelProps } from './Panel';
import panelCss from './panel.css?inline';
import { createHost, isOurHost } from './panelHost';
import { panelKeys } from './panelKeys';

export interface MountedPanel {
  render(props: PanelProps): void;
  remove(): void;
}

export interface PanelCallbacks {
  /** The person closed the panel (Escape or the close button). */
  onClose?: () => void;
}

const CSS = panelCss + findingsCss;

// The closed shadow roots of the panels this copy of the script made, for
// our own DOM tests only: nothing of it is reachable from the page.
const roots = new Set<ShadowRoot>();
// Every panel's "let go of the page if your fields are gone": a field thrown
// away by its page (a re-render) must not leave its panel at the document's
// end, even before the field finder hears of it.
const detachers = new Set<() => void>();
/** The shadow roots of the panels shown now (DOM tests read the panel through this). */
export const panelRoots = (): ShadowRoot[] => [...roots].filter((r) => r.host.isConnected);

// Constructed style sheets are not inline styles, so a page's strict
// Content-Security-Policy cannot block them; a <style> element is the
// fallback where adopting a sheet from the extension's world is refused.
function style(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView as typeof window).CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const el = doc.createElement('style');
    el.textContent = CSS;
    shadow.append(el);
  }
}

// A field in a modal dialog: the rest of the page is inert, so the panel goes
// at the end of that dialog; anywhere else, at the very end of the document,
// after <body>, where no page selector or script looks.
function containerOf(field: HTMLInputElement): Element {
  const dialog = field.closest('dialog');
  try {
    if (dialog?.matches(':modal')) return dialog;
  } catch {
    // No :modal support: the document's end.
  }
  return field.ownerDocument.documentElement;
}

// A panel left by an earlier copy of this content script: Firefox unloads the
// old copy when the extension is reloaded or updated, leaving its panel with
// nobody to update it. Only a host of ours (name and markers) counts.
function removeStalePanels(container: Element, current: string): void {
  for (const el of Array.from(container.children)) if (isOurHost(el) && el.localName !== current) el.remove();
}

// What a password-style field hides stays hidden in the panel too.
function isMasked(field: HTMLInputElement): boolean {
  if (field.type === 'password') return true;
  const security = getComputedStyle(field).getPropertyValue('-webkit-text-security').trim();
  return security !== '' && security !== 'none';
}

/**
 * One panel for one field, or for the boxes of a code split over several.
 * Its host lives outside the page's flow (the end of the document, shown in
 * the top layer), placed against the fields' box, in a closed shadow root
 * made from the content script's world: the page can neither read nor style
 * it, and every page element keeps its box and its siblings.
 */
export function mountPanel(fields: readonly HTMLInputElement[], callbacks: PanelCallbacks = {}): MountedPanel {
  for (const detachGone of detachers) detachGone();
  const field = fields[0]!;
  const doc = field.ownerDocument;
  const host = createHost(doc);
  const shadow = host.attachShadow({ mode: 'closed' });
  style(shadow, doc);
  const container = doc.createElement('div');
  shadow.append(container);
  const place = containerOf(fields.at(-1)!);
  removeStalePanels(place, host.localName);
  place.append(host);
  roots.add(shadow);

  const abort = new AbortController();
  const follower = followField(host, fields, currentDirection, () => detach());
  let last: PanelProps | null = null;
  let expanded = false;
  let closed = false;
  // Read once (a style read costs a layout in the keystroke's task): the field's dots decide it.
  const masked = fields.some(isMasked);

  // "Looks fine" is said while the person is in the field (or the panel);
  // once they move on it steps aside, so it never sits over the next field.
  // Findings and Undo stay until dealt with.
  const focused = () => {
    const active = doc.activeElement;
    return fields.some((f) => f === active || f.getRootNode() === active?.shadowRoot) || active === host;
  };
  const shows = (props: PanelProps) => {
    if (closed || (props.inspection === null && props.onUndo === undefined)) return false;
    return props.onUndo !== undefined || (props.inspection?.findings.length ?? 0) > 0 || focused();
  };
  const connected = () => fields.some((f) => f.isConnected);
  const detach = () => {
    if (connected() || !host.isConnected) return;
    host.remove();
    follower.update(false);
  };
  detachers.add(detach);
  const draw = () => {
    if (!last) return;
    if (!connected()) return detach();
    if (!host.isConnected) place.append(host); // the page removed it: back on the next change
    const props = last;
    render(
      h(Panel, {
        ...props,
        expanded,
        masked,
        onToggle: guard(() => {
          expanded = !expanded;
          draw();
        }),
        onClose: guard(close),
      }),
      container,
    );
    // Reached by our own Tab handling only, as if after the field; never at the page's end.
    for (const button of Array.from(container.querySelectorAll('button'))) button.tabIndex = -1;
    // Characters of the code are drawn from an attribute (see panel.css), out of window.find()'s reach.
    for (const el of Array.from(container.querySelectorAll('.glyph, .code'))) {
      const text = el.textContent ?? '';
      if (el.getAttribute('data-c') !== text) el.setAttribute('data-c', text);
    }
    follower.update(shows(props));
  };
  function close() {
    closed = true;
    expanded = false;
    draw();
    callbacks.onClose?.();
  }
  // Closed until the next input.
  for (const f of fields) {
    f.addEventListener(
      'input',
      guard(() => {
        if (!closed) return;
        closed = false;
        draw();
      }),
      { signal: abort.signal },
    );
  }
  // Focus moving elsewhere may hide a "looks fine" panel; coming back shows it.
  for (const type of ['focusin', 'focusout'] as const) {
    doc.addEventListener(type, guard(() => doc.defaultView!.setTimeout(guard(draw), 0)), { capture: true, signal: abort.signal });
  }
  panelKeys(fields, shadow, {
    isShown: () => follower.side() !== null,
    actions: () => Array.from(container.querySelectorAll<HTMLElement>('button')).filter((b) => b.getClientRects().length > 0),
    close,
  }, abort.signal);

  return {
    render(props) {
      last = props;
      draw();
    },
    remove() {
      detachers.delete(detach);
      abort.abort();
      follower.stop();
      render(null, container);
      host.remove();
      roots.delete(shadow);
    },
  };
}
