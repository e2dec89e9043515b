import { useMemo, useState } from 'preact/hooks';
import '@/src/ui/font.css';
import { t } from '@/src/i18n/t';
import { applyFixes } from '@/src/inspector/applyFixes';
import { inspect } from '@/src/inspector/inspect';
import { readBack } from '@/src/inspector/readBack';
import { FindingList } from '@/src/ui/FindingList';
import { isClean } from '@/src/ui/isClean';
import '@/src/ui/findings.css';
import { CopyButton } from './CopyButton';
import { ReadBack } from './ReadBack';
import './Checker.css';

/**
 * A field to check a code before going to the site: the same findings as on
 * the page, the code read back character by character, and a copy button.
 * What is typed lives in this component's state only: never stored, never sent.
 */
export function Checker() {
  const [text, setText] = useState('');
  const [capsLock, setCapsLock] = useState(false);
  const inspection = useMemo(() => inspect(text, 'access-code', { capsLock }), [text, capsLock]);
  const chars = useMemo(() => readBack(text), [text]);
  // A code is short: "Fix all" is worked out here for the preview and the copy button.
  const copyValue = useMemo(
    () => (inspection.fixable.length > 0 ? applyFixes(text, 'access-code', inspection.fixable) : text),
    [text, inspection],
  );

  const onKey = (event: KeyboardEvent) => {
    setCapsLock(event.getModifierState?.('CapsLock') ?? false);
  };

  return (
    <section class="checker" aria-labelledby="checker-heading">
      <h2 id="checker-heading">{t('checker_heading')}</h2>
      <label for="checker-input" class="subheading">
        {t('checker_label')}
      </label>
      <input
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
            onFix={(kinds) => setText(applyFixes(text, 'access-code', kinds))}
            preview={copyValue}
          />
        )}
      </div>
      {text !== '' && (
        <>
          <ReadBack chars={chars} />
          <CopyButton value={copyValue} cleaned={copyValue !== text} />
        </>
      )}
    </section>
  );
}
