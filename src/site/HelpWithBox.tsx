import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/src/i18n/t';
import type { WatchedKind } from '@/src/field/classifyField';
import type { BoxReply, LastBox, TabRequest } from '@/src/protocol/messages';

interface Props {
  /** The box the person clicked last on the page, as the helper sees it. */
  lastBox: LastBox;
  /** Sends a request about that box; undefined when the page did not answer. */
  send: (request: TabRequest) => Promise<BoxReply | undefined>;
  /** Called after a change, to read the status again. */
  onChanged: () => void;
}

type Outcome = 'done' | 'stopped' | 'no-box' | 'refused';
const OUTCOMES: Record<Outcome, MessageKey> = {
  done: 'box_help_done',
  stopped: 'box_help_stopped',
  'no-box': 'box_help_no_box',
  refused: 'box_help_refused',
};

/**
 * A way in when the finder guessed wrong: "Help with the box I clicked
 * last", then the person says what goes in it; "Stop helping this box"
 * undoes it (or turns off a wrong guess).
 */
export function HelpWithBox({ lastBox, send, onChanged }: Props) {
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (request: TabRequest, success: Outcome) => {
    const reply = await send(request);
    setAsking(false);
    setOutcome(reply?.ok ? success : reply ? reply.reason : 'no-box');
    onChanged();
  };
  const choose = (kind: WatchedKind) => void run({ type: 'ach:help-box', kind, box: 'last-focused' }, 'done');

  return (
    <div class="help-with-box">
      <button type="button" aria-expanded={asking} onClick={() => { setAsking(!asking); setOutcome(null); }}>
        {t('box_help_button')}
      </button>
      {asking && (
        <fieldset class="help-with-box-kind">
          <legend>{t('box_help_question')}</legend>
          <button type="button" onClick={() => choose('access-code')}>
            {t('box_help_access_code')}
          </button>{' '}
          <button type="button" onClick={() => choose('receipt-number')}>
            {t('box_help_receipt_number')}
          </button>
        </fieldset>
      )}
      {lastBox === 'helped' && !asking && (
        <button type="button" onClick={() => void run({ type: 'ach:stop-box', box: 'last-focused' }, 'stopped')}>
          {t('box_help_stop')}
        </button>
      )}
      <p role="status" class="help-with-box-outcome">
        {outcome && t(OUTCOMES[outcome])}
      </p>
    </div>
  );
}
