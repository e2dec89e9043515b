import { browser } from 'wxt/browser';
import type { Messages } from './t';

// A content script cannot load a locale's chunk, so it asks the background,
// which holds every table. Only the folder name crosses; nothing typed does.
export const MESSAGES_REQUEST = 'access-code-helper:messages';

export interface MessagesRequest {
  type: typeof MESSAGES_REQUEST;
  folder: string;
}

export async function messagesFromBackground(folder: string): Promise<Messages | undefined> {
  const request: MessagesRequest = { type: MESSAGES_REQUEST, folder };
  return (await browser.runtime.sendMessage(request)) as Messages | undefined;
}
