import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '@/src/ui/font.css';
import { recordInputFacts, type InputFactLog } from '@/src/cause/recordInputFacts';
import { t } from '@/src/i18n/t';
import { applyFixes } from '@/src/inspector/applyFixes';
import { inspect } from '@/src/inspector/inspect';
import type { FieldKind } from '@/src/inspector/types';
import { readBack } from '@/src/inspector/readBack';
import { FindingList } from '@/src/ui/FindingList';
import { isClean } from '@/src/ui/isClean';
import '@/src/ui/findings.css';
import '@/src/cause/remedy.css';
import { CopyButton } from './CopyButton';
import { FieldChoice } from './FieldChoice';
import { looksLikeReceiptNumber } from './looksLikeReceiptNumber';
import { ReadBack } from './ReadBack';
import { ReceiptOffer } from './ReceiptOffer';
import './Checker.css';

/**
 * A field to check a code before going to the site: the same findings as on
 * the page, the code read back character by character and spelled for the
 * phone, and a copy button; for an access code or a receipt number.
 * What is typed lives in this component's state only: never stored, never sent.
 */
// The checker is in the extension's own popup: no page script there sends events.
const OWN_PAGE = () => true;

export function Checker() {
  const [text, setText] = useState('');
  const [capsLock, setCapsLock] = useState(false);
  const [field, setField] = useState<FieldKind>('access-code');
  const inspection = useMemo(() => inspect(text, field, { capsLock }), [text, field, capsLock]);
  // The other identifier's shape: offer to check it with that one's rules.
  const offer = useMemo((): FieldKind | null => {
    if (field === 'access-code') return looksLikeReceiptNumber(text) ? 'receipt-number' : null;
    return inspection.findings.some((f) => f.kind === 'looks-like-access-code') ? 'access-code' : null;
  }, [text, field, inspection]);
  const chars = useMemo(() => readBack(text), [text]);
  // Why each character got in (keyboard layout, input method, paste), from this field's own events.
  // Attached as the field is made (a ref callback), not in an effect that runs late and could miss the first keys.
  const input = useRef<HTMLInputElement | null>(null);
  const log = useRef<InputFactLog | null>(null);
  const listening = useRef(new AbortController());
  // A ref callback runs at commit, not during render, so writing refs here is
  // what refs are for; the linter's React-compiler rule cannot tell.
  const attach = (el: HTMLInputElement | null) => {
    // oxlint-disable-next-line react/immutability
    input.current = el;
    // oxlint-disable-next-line react/immutability
    if (el && !log.current) log.current = recordInputFacts(el, { signal: listening.current.signal, trusted: OWN_PAGE });
  };
  useEffect(() => () => listening.current.abort(), []);
  const extras = useExtras(text !== '');
  // A code is short: "Fix all" is worked out here for the preview and the copy button.
  const copyValue = useMemo(
    () => (inspection.fixable.length > 0 ? applyFixes(text, field, inspection.fixable) : text),
    [text, field, inspection],
  );

  const onKey = (event: KeyboardEvent) => {
    setCapsLock(event.getModifierState?.('CapsLock') ?? false);
  };

  // The offer's button goes away with the switch: the field keeps the focus.
  const switchTo = (next: FieldKind) => {
    setField(next);
    input.current?.focus();
  };

  return (
    <section class="checker" aria-labelledby="checker-heading">
      <h2 id="checker-heading">{t('checker_heading')}</h2>
      <FieldChoice value={field} onChange={setField} />
      <label for="checker-input" class="subheading">
        {t(field === 'receipt-number' ? 'checker_label_receipt' : 'checker_label')}
      </label>
      <input
        ref={attach}
        id="checker-input"
        class="checker-input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        dir="ltr"
        aria-describedby="checker-hint"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKey}
        onKeyUp={onKey}
      />
      <p id="checker-hint" class="hint">
        {t('checker_hint')}
      </p>
      <div class="checker-results" aria-live="polite">
        {text !== '' && isClean(inspection) && (
          <p class="checker-clear" data-finding-count="0">
            {t('checker_no_findings')}
          </p>
        )}
        {text !== '' && inspection.findings.length > 0 && (
          <FindingList
            inspection={inspection}
            onFix={(kinds) => setText(applyFixes(text, field, kinds))}
            preview={copyValue}
          />
        )}
        {text !== '' && extras && (
          <extras.CheckerRemedies findings={extras.findingsWithCauses(inspection.findings, log.current?.facts() ?? [])} />
        )}
        {offer && <ReceiptOffer to={offer} onSwitch={switchTo} />}
      </div>
      {text !== '' && (
        <>
          <ReadBack chars={chars} />
          {extras && <extras.PhoneticSpelling chars={chars} />}
          <CopyButton value={copyValue} cleaned={copyValue !== text} />
        </>
      )}
    </section>
  );
}

type Extras = typeof import('./checkerExtras');

/** The checker's extras, loaded the first time they are `wanted` (a chunk of the extension itself, never the network). */
function useExtras(wanted: boolean): Extras | null {
  const [extras, setExtras] = useState<Extras | null>(null);
  useEffect(() => {
    if (wanted && !extras) void import('./checkerExtras').then((module) => setExtras(() => module));
  }, [wanted, extras]);
  return extras;
}
