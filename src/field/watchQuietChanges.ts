/**
 * Notices a code that changes with no input event while the person is in
 * its boxes: a code component spreading a paste over its boxes itself
 * (react-otp-input), or a script setting the value. Only the group's own
 * signals are heard: focus coming to or leaving a box, a paste (looked at
 * once the page's own handler has run), and, for a group of boxes, a key
 * released in one and the document's selectionchange while focus is in the
 * group. Each costs one read of the group's boxes (a group's boxes are
 * short; a single field, which may hold a page of pasted text, is read on
 * the rarer signals only); no other input on the page is ever read.
 *
 * `onChange` hears the new value (never one an input event brought: those
 * reach the panel as typing). `ignore` is true while we write the boxes
 * ourselves; `seen` tells the watcher what our own write left there.
 */
export function watchQuietChanges(
  fields: readonly HTMLInputElement[],
  read: () => string,
  onChange: (value: string) => void,
  { signal, ignore = () => false }: { signal: AbortSignal; ignore?: () => boolean },
): { seen(value: string): void } {
  const doc = fields[0]!.ownerDocument;
  const win = doc.defaultView!;
  let last = read();
  let inGroup: AbortController | null = null;
  const isGroup = fields.length > 1;

  const check = () => {
    if (signal.aborted || ignore()) return;
    const value = read();
    if (value === last) return;
    last = value;
    onChange(value);
  };
  const isOurs = (target: EventTarget | null) => fields.includes(target as HTMLInputElement);
  const leave = () => {
    inGroup?.abort();
    inGroup = null;
  };

  const options = { capture: true, signal };
  for (const field of fields) {
    // An input event's value goes to the panel as typing: remembered here, not reported.
    field.addEventListener('input', () => {
      last = read();
    }, options);
    field.addEventListener('focusin', () => {
      check();
      if (inGroup || !isGroup) return;
      inGroup = new AbortController();
      doc.addEventListener('selectionchange', check, { capture: true, signal: inGroup.signal });
    }, options);
    field.addEventListener('focusout', (event) => {
      if (!isOurs(event.relatedTarget)) leave();
      check();
    }, options);
    if (isGroup) field.addEventListener('keyup', check, options);
    field.addEventListener('paste', () => win.setTimeout(check, 0), options);
  }
  signal.addEventListener('abort', leave, { once: true });

  return {
    seen(value) {
      last = value;
    },
  };
}
