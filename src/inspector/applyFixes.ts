import { accessCodeProfile } from './identifiers.ts';
import { cutOff } from './cutOff.ts';
import { inspect } from './inspect.ts';
import { receiptCheck } from './receiptCheck.ts';
import { scan, type ScanSink } from './scan.ts';
import type { FieldKind, FindingKind, InspectOptions } from './types.ts';

/** Writes the text with the selected kinds' fixes, from the hits that come in text order. */
class Rewriter implements ScanSink {
  readonly fixesOnly = true;
  private out = '';
  private from = 0;
  // The last edit waits: a second kind on the same character may change it.
  private at = -1;
  private length = 0;
  private put = '';
  constructor(private readonly text: string, private readonly selected: ReadonlySet<FindingKind>) {}

  hit(kind: FindingKind, index: number, length: number, _position: number, _cp: number, replacement: string | undefined): void {
    if (replacement === undefined || !this.selected.has(kind)) return;
    if (index === this.at) {
      // Removing wins; otherwise the later fix builds on the earlier (receipt-fix on a mapped letter).
      if (this.put !== '') this.put = replacement;
      return;
    }
    this.flush();
    this.at = index;
    this.length = length;
    this.put = replacement;
  }

  result(): string {
    this.flush();
    return this.out + this.text.slice(this.from);
  }

  private flush(): void {
    if (this.at < 0) return;
    this.out += this.text.slice(this.from, this.at) + this.put;
    this.from = this.at + this.length;
    this.at = -1;
  }
}

/**
 * The text with the certain fixes of `kinds` applied, computed when a fix
 * button is clicked (inspect never rewrites). "Fix all" passes
 * inspection.fixable. The cut-off fix pastes the pasted text again, cleaned
 * by every certain fix, when that fits the box.
 */
export function applyFixes(text: string, field: FieldKind, kinds: readonly FindingKind[], options: InspectOptions = {}): string {
  if (kinds.includes('cut-off') && cutOff(field, options)?.fixable === true) {
    const pasted = options.pasted!;
    const clean = { profile: options.profile };
    return applyFixes(pasted, field, inspect(pasted, field, clean).fixable, clean);
  }
  const rewriter = new Rewriter(text, new Set(kinds));
  const receipt = field === 'receipt-number' ? receiptCheck(text) : undefined;
  scan(text, field, options.profile ?? accessCodeProfile, receipt, rewriter);
  return rewriter.result();
}
