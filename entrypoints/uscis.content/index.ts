import { splitCodeOf, watchSplitCodes } from '@/src/field/watchSplitCodes';
import { watchFields } from '@/src/field/watchFields';
import { guard } from '@/src/page/guard';
import { helpedPageLanguage, helpField, redrawPanels } from '@/src/page/helpField';
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
    // Left behind by a reload or update of the extension (Chromium keeps the
    // old copy running in open pages, cut off from the extension): at the
    // person's next focus or key, ctx.isValid notices, ctx.signal aborts and
    // every panel and listener goes; the page's next load gets the new copy.
    // Registered first, so a cut-off copy stops before it would judge a field.
    const isAlive = () => void ctx.isValid;
    for (const type of ['focusin', 'keydown', 'input'] as const) ctx.addEventListener(document, type, isAlive, { capture: true });
    // Once the panel bundle is here, it follows the language picked in the popup, else the page's.
    const loader = panelLoader((api) => api.followLanguage(redrawPanels, ctx.signal, helpedPageLanguage));
    // A box of a code split into short boxes is helped with its group, under one panel.
    guard(() => watchFields(document, ctx.signal, (field, kind) => (splitCodeOf(field) ? () => {} : helpField(field, kind, loader))))();
    guard(() => watchSplitCodes(document, ctx.signal, (boxes, kind) => helpField(boxes, kind, loader)))();
  },
});
