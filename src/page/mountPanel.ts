import { h, render } from 'preact';
import findingsCss from '@/src/ui/findings.css?inline';
import { Panel, type PanelProps } from './Panel';
import panelCss from './panel.css?inline';

export interface MountedPanel {
  render(props: PanelProps): void;
  remove(): void;
}

const CSS = panelCss + findingsCss;

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

// A panel left by an earlier copy of this content script: Firefox unloads the
// old copy when the extension is reloaded or updated, leaving its panel in the
// page with nobody to update it, and injects a new copy that would add a
// second one. Only a host with our panel inside counts, so a page's own
// element of the same name is never touched.
function removeStalePanel(anchor: Element): void {
  const next = anchor.nextElementSibling;
  if (next?.localName === 'access-code-helper' && next.shadowRoot?.querySelector('.panel')) next.remove();
}

/**
 * Puts the panel's host right after the field (after its label when the
 * label wraps it, so the panel never becomes part of the field's name), in
 * the field's own document or shadow root. The panel pushes the page's own
 * text down instead of covering it.
 */
export function mountPanel(field: HTMLInputElement): MountedPanel {
  const doc = field.ownerDocument;
  const host = doc.createElement('access-code-helper');
  const shadow = host.attachShadow({ mode: 'open' });
  style(shadow, doc);
  const container = doc.createElement('div');
  shadow.append(container);
  const wrappingLabel = field.parentElement?.closest('label');
  removeStalePanel(wrappingLabel ?? field);
  (wrappingLabel ?? field).after(host);
  return {
    render(props) {
      if (!host.isConnected) (wrappingLabel ?? field).after(host); // the page removed it: back on the next change
      render(h(Panel, props), container);
    },
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
