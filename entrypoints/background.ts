import { listenForClinic } from '@/src/clinic/clinicBackground';
import { contentScriptTable } from '@/src/i18n/backgroundTables';
import { MESSAGES_REQUEST, type MessagesRequest } from '@/src/i18n/messagesFromBackground';

// The background holds no state about what people type. It hands a content
// script the messages of the language picked in the popup (see
// messagesFromBackground), and gives tests a stable extension id.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<MessagesRequest> | null;
    if (request?.type !== MESSAGES_REQUEST || typeof request.folder !== 'string') return undefined;
    return contentScriptTable(request.folder);
  });
  // Clinic mode: which tabs are USCIS, and Start over on a shared computer.
  listenForClinic();
});
