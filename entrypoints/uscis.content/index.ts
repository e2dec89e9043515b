import { announceTab } from '@/src/clinic/announceTab';
import { browser } from 'wxt/browser';
import { answerTab } from '@/src/field/answerTab';
import { chosenBoxes, pageKey } from '@/src/field/chosenBoxes';
import { trackLastBox } from '@/src/field/lastBox';
import { splitCodeOf, watchSplitCodes } from '@/src/field/watchSplitCodes';
import { watchFields } from '@/src/field/watchFields';
import { guard } from '@/src/context/guard';
import { helpedPageLanguage, helpField, redrawPanels } from '@/src/page/helpField';
import { panelLoader } from '@/src/page/loadPanelApi';
import { isTabRequest } from '@/src/protocol/messages';
import { USCIS_PAGES } from '@/src/site/uscisPages';

// USCIS pages only (the manifest's one host). Runs in every frame so a form
// inside a same-origin iframe is helped too. This bundle is only the field
// finder; the inspector and the words load when a watched field gets focus
// (or the pointer rests on it), and the panel draws in its own frame.
//
// `ctx` is our own context (src/context/ContentScriptContext.ts, put in
// place of WXT's by wxt.config.ts): it posts nothing to the page and no page
// event can stop it.
export default defineContentScript({
  matches: USCIS_PAGES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Left behind by a reload or update of the extension (Chromium keeps the
    // old copy running in open pages, cut off from the extension): at the
    // person's next focus or key, ctx.isValid notices, ctx.signal aborts and
    // every panel and listener goes; the page's next load gets the new copy.
    // Registered first, so a cut-off copy stops before it would judge a field.
    const isAlive = () => void ctx.isValid;
    for (const type of ['focusin', 'keydown', 'input'] as const) ctx.addEventListener(document, type, isAlive, { capture: true });
    // Once the panel bundle is here, its words (the announcement) follow the language picked in the popup, else the page's.
    const loader = panelLoader((api) => api.followLanguage(redrawPanels, ctx.signal, helpedPageLanguage));
    // Tells the background this tab is USCIS, for Start over on a shared computer.
    guard(() => announceTab(ctx.signal))();
    // The boxes a person chose for this page ("Help with this box"), and the box they clicked last.
    const choices = chosenBoxes(document, pageKey(location));
    const last = trackLastBox(document, ctx.signal);
    // A box of a code split into short boxes is helped with its group, under one panel.
    const onField = (field: HTMLInputElement, kind: Parameters<typeof helpField>[1]) => (splitCodeOf(field) ? () => {} : helpField(field, kind, loader, ctx));
    guard(() => {
      const watcher = watchFields(document, ctx.signal, onField, { chosenKind: choices.kindOf });
      // A box chosen on an earlier visit is helped again once the choices are read.
      choices.load().then(guard((boxes) => {
        for (const box of boxes) if (box instanceof HTMLInputElement) watcher.reconsider(box);
      }), () => {});
      // The popup and the context menu ask over runtime messaging; nothing goes through the page.
      const answer = answerTab({ watcher, choices, last });
      const onMessage = (message: unknown) => (isTabRequest(message) && ctx.isValid ? answer(message) : undefined);
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    })();
    guard(() => watchSplitCodes(document, ctx.signal, (boxes, kind) => helpField(boxes, kind, loader, ctx)))();
  },
});
