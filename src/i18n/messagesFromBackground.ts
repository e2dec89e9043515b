import { browser } from 'wxt/browser';
import type { MessageOf } from '@/src/protocol/messages';
import type { Messages } from './t';

// A content script cannot load a locale's chunk, so it asks the background,
// which holds every table. Only the folder name crosses; nothing typed does.
export async function messagesFromBackground(folder: string): Promise<Messages | undefined> {
  const request: MessageOf<'ach:messages'> = { type: 'ach:messages', folder };
  return (await browser.runtime.sendMessage(request)) as Messages | undefined;
}
