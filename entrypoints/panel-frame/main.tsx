import { startPanelFrame } from '@/src/page/panelFrame';

// The panel's own document, framed by the content script beside a watched
// field (web-accessible for uscis.gov pages only). It draws nothing until the
// content script hands it its port.
startPanelFrame(document.getElementById('panel')!);
