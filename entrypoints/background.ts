import { forgetUscisVisits } from '@/src/clinic/removeUscisHistory';
import { listenInBackground } from '@/src/protocol/background';
import { onBoxMenuClicked, setUpBoxMenu } from '@/src/site/boxMenu';

// The background holds no state about what people type. Its one message
// listener (src/protocol/background.ts) hands a content script the messages
// of the language picked in the popup, records which tabs are USCIS and
// starts over on a shared computer; it offers "Help with this box" in the
// context menu of uscis.gov text boxes (see boxMenu), and gives tests a
// stable extension id.
export default defineBackground(() => {
  listenInBackground();
  setUpBoxMenu();
  // The menu's click handler, reachable from the background's own console
  // (and the end-to-end tests, as headless browsers show no menu). Only the
  // extension's own pages can reach this scope.
  Object.assign(globalThis, { onBoxMenuClicked });
  // Clinic mode: USCIS pages are not kept in the history.
  forgetUscisVisits();
});
