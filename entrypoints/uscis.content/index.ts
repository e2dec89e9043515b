import { watchFields } from '@/src/field/watchFields';
import { followLanguage } from '@/src/i18n/followLanguage';
import { messagesFromBackground } from '@/src/i18n/messagesFromBackground';
import { guard } from '@/src/page/guard';
import { helpField, redrawPanels } from '@/src/page/helpField';

// USCIS pages only (the manifest's one host). Runs in every frame so a form
// inside a same-origin iframe is helped too.
export default defineContentScript({
  matches: ['https://*.uscis.gov/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    guard(() => watchFields(document, ctx.signal, (field, kind) => helpField(field, kind)))();
    // The panel speaks the language picked in the popup, else the browser's.
    followLanguage(messagesFromBackground, guard(redrawPanels), ctx.signal).catch(() => {
      // No background answer (e.g. mid-update): the browser's language stays.
    });
  },
});
