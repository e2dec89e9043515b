import { watchFields } from '@/src/field/watchFields';
import { guard } from '@/src/page/guard';
import { helpField } from '@/src/page/helpField';

// USCIS pages only (the manifest's one host). Runs in every frame so a form
// inside a same-origin iframe is helped too.
export default defineContentScript({
  matches: ['https://*.uscis.gov/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    guard(() => watchFields(document, ctx.signal, (field, kind) => helpField(field, kind)))();
  },
});
