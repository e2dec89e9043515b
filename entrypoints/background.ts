import { listenForClinic } from '@/src/clinic/clinicBackground';
import { contentScriptTable } from '@/src/i18n/backgroundTables';
import { MESSAGES_REQUEST, type MessagesRequest } from '@/src/i18n/messagesFromBackground';
import { onBoxMenuClicked, setUpBoxMenu } from '@/src/site/boxMenu';

// The background holds no state about what people type. It hands a content
// script the messages of the language picked in the popup (see
// messagesFromBackground), offers "Help with this box" in the context menu
// of uscis.gov text boxes (see boxMenu), and gives tests a stable extension id.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<MessagesRequest> | null;
    if (request?.type !== MESSAGES_REQUEST || typeof request.folder !== 'string') return undefined;
    return contentScriptTable(request.folder);
  });
  setUpBoxMenu();
  // The menu's click handler, reachable from the background's own console
  // (and the end-to-end tests, as headless browsers show no menu). Only the
  // extension's own pages can reach this scope.
  Object.assign(globalThis, { onBoxMenuClicked });
  // Clinic mode: which tabs are USCIS, and Start over on a shared computer.
  listenForClinic();
});
