import { Popup } from '@/src/popup/Popup';
import { drawPage } from '@/src/ui/drawPage';

// Marks read by the end-to-end test: scripts loaded, then first render done.
performance.mark('popup-start');
let drawn = false;
drawPage(() => <Popup />, undefined, () => {
  if (!drawn) performance.mark('popup-rendered');
  drawn = true;
});
