import { splitBoxes, type CodeBoxes } from './codeBoxes';
import type { WatchedKind } from './classifyField';
import { collectSplitFacts } from './collectSplitFacts';
import { inputOf } from './inputTypes';
import { splitCode } from './splitCode';

/** Called for each split code found; returns how to let go of it. */
export type OnSplitCode = (boxes: CodeBoxes, kind: WatchedKind) => () => void;


/** The boxes, kind and each box's share of the split code a box belongs to, or null (one attribute read for most fields). */
export function splitCodeOf(field: HTMLInputElement): { fields: HTMLInputElement[]; kind: WatchedKind; sizes: number[] } | null {
  const collected = collectSplitFacts(field);
  const code = collected && splitCode(collected.facts);
  return code && collected ? { fields: collected.fields, kind: code.kind, sizes: code.sizes } : null;
}

/**
 * Finds codes split into short boxes when a person reaches one of the boxes
 * (focus or input), and hands the whole group to `onSplitCode` once: one
 * panel for the code. The group is let go when one of its boxes leaves the
 * page; only the boxes' parents are observed for that.
 */
export function watchSplitCodes(doc: Document, signal: AbortSignal, onSplitCode: OnSplitCode): void {
  const helped = new Map<HTMLInputElement, () => void>();

  const release = (fields: readonly HTMLInputElement[]) => {
    const letGo = helped.get(fields[0]!);
    for (const field of fields) helped.delete(field);
    letGo?.();
  };

  const groups: Array<readonly HTMLInputElement[]> = [];
  const observer = new MutationObserver(() => {
    for (const fields of groups.splice(0)) {
      if (fields.every((field) => field.isConnected)) groups.push(fields);
      else release(fields);
    }
    observe();
  });
  const observe = () => {
    observer.disconnect();
    for (const fields of groups) for (const field of fields) if (field.parentNode) observer.observe(field.parentNode, { childList: true });
  };

  const onEvent = (event: Event) => {
    const field = inputOf(event);
    if (!field || helped.has(field)) return;
    const code = splitCodeOf(field);
    if (!code || code.fields.some((box) => helped.has(box))) return;
    const letGo = onSplitCode(splitBoxes(code.fields, code.sizes), code.kind);
    for (const box of code.fields) helped.set(box, letGo);
    groups.push(code.fields);
    observe();
  };
  doc.addEventListener('focusin', onEvent, { capture: true, signal });
  doc.addEventListener('input', onEvent, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const fields of groups.splice(0)) release(fields);
  }, { once: true });
}
