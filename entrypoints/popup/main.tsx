import { render } from 'preact';
import { currentLanguage } from '@/src/i18n/t';
import { Popup } from '@/src/popup/Popup';

// Marks read by the end-to-end test: scripts loaded, then first render done (budget: 100 ms).
performance.mark('popup-start');
document.documentElement.lang = currentLanguage();
render(<Popup />, document.getElementById('app')!);
performance.mark('popup-rendered');
