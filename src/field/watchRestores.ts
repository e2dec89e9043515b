import { mayHoldCode } from './inputTypes';

/**
 * Hands `onValue` every text input that already holds a value: when we
 * arrive (the browser restored the form on Back or reload before we ran)
 * and on each `pageshow` (a page back from the back-forward cache). Empty
 * inputs are skipped without being judged, so a fresh page costs one pass
 * over its inputs' values and nothing more; DOM changes are never watched here.
 */
export function watchRestores(doc: Document, signal: AbortSignal, onValue: (field: HTMLInputElement) => void): void {
  const scan = () => {
    if (signal.aborted) return;
    for (const input of Array.from(doc.querySelectorAll('input'))) {
      if (input.value !== '' && mayHoldCode(input.getAttribute('type'))) onValue(input);
    }
  };
  doc.defaultView?.addEventListener('pageshow', scan, { signal });
  scan();
}
