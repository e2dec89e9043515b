import { render } from 'preact';
import { followLanguage } from '@/src/i18n/followLanguage';
import { localeTable } from '@/src/i18n/localeTables';
import { currentDirection, currentLanguage } from '@/src/i18n/t';
import { Popup } from '@/src/popup/Popup';

// Marks read by the end-to-end test: scripts loaded, then first render done (budget: 100 ms).
performance.mark('popup-start');
const app = document.getElementById('app')!;
let drawn = false;
const draw = () => {
  document.documentElement.lang = currentLanguage();
  document.documentElement.dir = currentDirection();
  render(<Popup />, app);
  if (!drawn) performance.mark('popup-rendered');
  drawn = true;
};
// Drawn in the language picked in the popup (or the browser's), again when it changes.
followLanguage(localeTable, draw, new AbortController().signal).catch(draw);
