import { render } from 'preact';
import { createPanelApi } from '@/src/page/createPanelApi';
import type { FieldContext } from '@/src/page/helpField';
import type { PanelApi, PanelLoader } from '@/src/page/PanelApi';
import { PanelFrameView } from '@/src/page/panelFrame';
import type { PanelView } from '@/src/page/panelState';

// happy-dom runs no extension frame: these tests draw the panel's view
// (what the frame draws, PanelFrameView) straight into the test document,
// with presses going to helpField as the frame's port would send them.
// Everything else (helpField, the reducer, the inspector, the view) is real.

/** The panels drawn now, with the mode each was last told. */
export const panels: Array<{ root: HTMLElement; mode: () => PanelView['mode'] }> = [];

/** The panel bundle's API with the frame replaced by a drawing in the document; `fail` makes mounting throw. */
export function testApi(options: { fail?: () => boolean } = {}): PanelApi {
  const api = createPanelApi();
  return {
    ...api,
    preparePanel() {},
    forgetPanels() {},
    mountPanel(_fields, callbacks) {
      if (options.fail?.()) throw new Error('broken');
      const root = document.createElement('div');
      document.documentElement.append(root);
      let mode: PanelView['mode'] = 'hidden';
      const entry = { root, mode: () => mode };
      panels.push(entry);
      return {
        render(view) {
          mode = view.mode;
          render(view.mode === 'hidden' ? null : <PanelFrameView view={{ ...view, mode: view.mode === 'aside' ? 'full' : view.mode }} act={callbacks.onAction} />, root);
        },
        contains: (el) => el === root,
        remove() {
          render(null, root);
          root.remove();
          panels.splice(panels.indexOf(entry), 1);
        },
      };
    },
  };
}

/** A loader whose bundle is already here. */
export function loadedLoader(api = testApi()): PanelLoader {
  return { api, load: async () => api };
}

/** The content script's context, for a test: timers on the window, one AbortSignal. */
export function testContext(): FieldContext {
  return {
    signal: new AbortController().signal,
    setTimeout: (handler, timeout) => window.setTimeout(handler, timeout),
    setInterval: (handler, timeout) => window.setInterval(handler, timeout),
  };
}

/** Every event believed, as the person's: happy-dom's events are all synthetic. */
export const trustAll = { trusted: () => true };
