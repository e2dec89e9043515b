import { afterAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import { setMessages } from '@/src/i18n/t';
// The checker loads its extras on first input; loaded here, a test that ends at once leaves no import in flight.
import '@/src/checker/checkerExtras';

// Every test starts from an empty fake browser (storage, listeners) and reads
// the real English messages (the fake browser has no i18n).
beforeEach(() => {
  fakeBrowser.reset();
  setMessages('en', en);
});

// Files share one document (isolate: false in vitest.config.ts): whatever a
// file left in it goes before the next file starts.
afterAll(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});
