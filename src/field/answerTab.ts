import type { BoxReply, BoxSource, LastBox, TabRequest, TabStatus } from '@/src/protocol/messages';
import type { ChosenBoxes } from './chosenBoxes';
import { mayHoldCode } from './inputTypes';
import type { LastBoxTracker } from './lastBox';
import type { FieldWatch } from './watchFields';

interface Parts {
  watcher: FieldWatch;
  choices: ChosenBoxes;
  last: LastBoxTracker;
}

/**
 * Answers the popup's and the context menu's questions in this page: what
 * the helper is doing here, and "help / stop helping this box". Each answer
 * names kinds and states, never a value.
 */
export function answerTab({ watcher, choices, last }: Parts) {
  const boxOf = (source: BoxSource) => (source === 'context-menu' ? last.rightClicked() : last.focused());
  const stateOf = (field: HTMLInputElement | null): LastBox => {
    if (!field) return 'none';
    if (!mayHoldCode(field.type)) return 'refused';
    return watcher.isHelped(field) ? 'helped' : 'not-helped';
  };

  return async (request: TabRequest): Promise<TabStatus | BoxReply> => {
    if (request.type === 'ach:tab-status') {
      return { helping: [...new Set(watcher.survey())], lastBox: stateOf(last.focused()) };
    }
    const field = boxOf(request.box);
    if (!field) return { ok: false, reason: 'no-box' };
    if (!mayHoldCode(field.type)) return { ok: false, reason: 'refused' };
    if (request.type === 'ach:help-box') {
      await choices.choose(field, request.kind);
    } else if (request.type === 'ach:stop-box' && watcher.guess(field)) {
      await choices.choose(field, 'none'); // the finder would help it again: remember "not this one"
    } else {
      await choices.forget(field);
    }
    watcher.reconsider(field);
    return { ok: true };
  };
}
