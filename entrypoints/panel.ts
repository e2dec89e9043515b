import { createPanelApi } from '@/src/page/createPanelApi';
import { PANEL_API } from '@/src/page/PanelApi';

// The panel bundle: the inspector, Preact and the words, loaded by the
// content script with import() when a watched field is first touched.
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[PANEL_API] = createPanelApi();
});
