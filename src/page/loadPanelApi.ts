import { browser } from 'wxt/browser';
import { PANEL_API, type PanelApi, type PanelLoader } from './PanelApi';

/**
 * Loads the panel bundle (a web-accessible module of the extension, run in
 * the content script's own isolated world) the first time it is needed;
 * `onLoaded` runs once, when it arrives.
 */
export function panelLoader(onLoaded: (api: PanelApi) => void): PanelLoader {
  let loading: Promise<PanelApi> | undefined;
  const loader: PanelLoader = {
    load() {
      loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/panel.js')).then(() => {
        const api = (globalThis as Record<symbol, PanelApi | undefined>)[PANEL_API];
        if (!api) throw new Error('panel bundle did not register');
        loader.api = api;
        onLoaded(api);
        return api;
      });
      return loading;
    },
  };
  return loader;
}
