import { announceTab } from '@/src/clinic/announceTab';
import { USCIS_PAGES_ANY_SCHEME } from '@/src/site/uscisPages';

// The origin announcer, for Start over on a shared computer: in every frame
// of every USCIS page, https and plain http, at document_start (before any
// page script, so a page that stores data and redirects at once is known
// too), it tells the background "a USCIS page is here". The background takes
// the origin from the browser's own record of the sender, never from the
// page. It reads nothing of the page and says nothing else; it also answers
// the background's "still on USCIS?" before a tab is closed (an http page
// has no other script of ours to answer).
export default defineContentScript({
  matches: USCIS_PAGES_ANY_SCHEME,
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    announceTab(ctx.signal);
  },
});
