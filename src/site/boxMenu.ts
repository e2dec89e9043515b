import { browser, type Browser } from 'wxt/browser';
import { t } from '@/src/i18n/t';
import type { WatchedKind } from '@/src/field/classifyField';
import type { TabRequest } from '@/src/protocol/messages';
import { USCIS_PAGES } from './uscisPages';

// "Help with this box" in the context menu of text boxes on uscis.gov pages
// (desktop browsers). The person says which box it is; the tab's content
// script remembers the choice for that page. Firefox for Android has no
// context menus (no `menus` / `contextMenus` API there; the permission is
// ignored with a warning, the add-on still installs): the popup's "Help with
// the box I clicked last" is the way there, and this file does nothing.

const PARENT = 'ach-help-box';

const ITEMS: Record<string, TabRequest> = {
  'ach-help-box-access-code': { type: 'ach:help-box', kind: 'access-code' satisfies WatchedKind, box: 'context-menu' },
  'ach-help-box-receipt-number': { type: 'ach:help-box', kind: 'receipt-number' satisfies WatchedKind, box: 'context-menu' },
  'ach-stop-box': { type: 'ach:stop-box', box: 'context-menu' },
};

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'frameId'>;

/** The part of `contextMenus` (Chromium, Firefox) or `menus` (Firefox) used here. */
interface Menus {
  create(properties: { id: string; title: string; contexts: ['editable']; documentUrlPatterns: string[]; parentId?: string }): unknown;
  removeAll(): Promise<void> | void;
  onClicked: { addListener(listener: (info: ClickInfo, tab?: { id?: number }) => void): void };
}

/** The context-menu API where the browser has one (not Firefox for Android). */
const menusApi = (): Menus | undefined =>
  (browser as unknown as { contextMenus?: Menus; menus?: Menus }).contextMenus ?? (browser as unknown as { menus?: Menus }).menus;

/** Sends the clicked item's request to the frame that was right-clicked. */
export async function onBoxMenuClicked(info: ClickInfo, tab: { id?: number } | undefined): Promise<void> {
  const request = ITEMS[String(info.menuItemId)];
  if (!request || tab?.id === undefined) return;
  try {
    await browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 });
  } catch {
    // The page has no helper (still loading, or reloaded meanwhile): nothing to do.
  }
}

/** Creates the items afresh (each start of the background) and listens for clicks. */
export function setUpBoxMenu(): void {
  const menus = menusApi();
  if (!menus) return;
  const item = (id: string, title: string, parentId?: string) =>
    menus.create({ id, title, contexts: ['editable'], documentUrlPatterns: USCIS_PAGES, ...(parentId && { parentId }) });
  void Promise.resolve(menus.removeAll()).then(() => {
    item(PARENT, t('menu_help_box'));
    item('ach-help-box-access-code', t('menu_help_box_access_code'), PARENT);
    item('ach-help-box-receipt-number', t('menu_help_box_receipt_number'), PARENT);
    item('ach-stop-box', t('box_help_stop'), PARENT);
  }, () => {});
  menus.onClicked.addListener((info, tab) => void onBoxMenuClicked(info, tab));
}
