import { render, type VNode } from 'preact';
import { followLanguage } from '@/src/i18n/followLanguage';
import { localeTable } from '@/src/i18n/localeTables';
import { currentDirection, currentLanguage, t, type MessageKey } from '@/src/i18n/t';

/**
 * Draws one of the extension's pages into its `#app` in the language picked
 * in the popup (or the browser's), with the page's lang, direction and
 * title, and again whenever that language changes.
 */
export function drawPage(view: () => VNode, title?: MessageKey, onDrawn?: () => void): void {
  const app = document.getElementById('app')!;
  const draw = () => {
    document.documentElement.lang = currentLanguage();
    document.documentElement.dir = currentDirection();
    if (title) document.title = t(title);
    render(view(), app);
    onDrawn?.();
  };
  followLanguage(localeTable, draw, new AbortController().signal).catch(draw);
}
