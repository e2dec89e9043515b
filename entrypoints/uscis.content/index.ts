import { watchFields } from '@/src/field/watchFields';
import { guard } from '@/src/page/guard';
import { helpField, redrawPanels } from '@/src/page/helpField';
import { panelLoader } from '@/src/page/loadPanelApi';

// USCIS pages only (the manifest's one host). Runs in every frame so a form
// inside a same-origin iframe is helped too. This bundle is only the field
// finder; the panel, the inspector and the words load on first touch.
export default defineContentScript({
  matches: ['https://*.uscis.gov/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Once the panel bundle is here, it follows the language picked in the popup.
    const loader = panelLoader((api) => api.followLanguage(redrawPanels, ctx.signal));
    guard(() => watchFields(document, ctx.signal, (field, kind) => helpField(field, kind, loader)))();
  },
});
