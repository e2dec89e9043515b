import { accessCodeProfile, identifiers } from './identifiers.ts';
import { charInfo } from './charName.ts';
import { cutOff } from './cutOff.ts';
import { findingKinds, MAX_LISTED, severityRank as rank } from './findingKinds.ts';
import { isPlain } from './isPlain.ts';
import { receiptCheck, type KeptChar } from './receiptCheck.ts';
import { scan, type ScanSink } from './scan.ts';
import type { CharInfo, FieldKind, Finding, FindingKind, InspectOptions, Inspection, ReceiptFormatReason } from './types.ts';

/** Collects the characters of each kind into findings, listing at most MAX_LISTED each. */
class Collector implements ScanSink {
  readonly fixesOnly = false;
  readonly byKind = new Map<FindingKind, Finding>();
  // The last kind's finding: a long paste has long runs of one kind (lowercase letters).
  private last: Finding | undefined;
  constructor(private readonly text: string) {}

  hit(kind: FindingKind, index: number, length: number, position: number, cp: number, replacement: string | undefined): void {
    let finding = this.last?.kind === kind ? this.last : this.byKind.get(kind);
    if (finding === undefined) {
      finding = { kind, severity: findingKinds[kind].severity, chars: [], count: 0, fixable: false };
      this.byKind.set(kind, finding);
    }
    this.last = finding;
    if (finding.count++ < MAX_LISTED) finding.chars.push(charInfo(this.text, index, length, position, cp, replacement));
    if (replacement !== undefined) finding.fixable = true;
  }
}

const whole = (kind: FindingKind, reason?: string, chars: CharInfo[] = []): Finding => {
  const finding: Finding = { kind, severity: findingKinds[kind].severity, chars, count: chars.length, fixable: false };
  if (reason !== undefined) finding.reason = reason;
  return finding;
};

/**
 * Inspects the text of a field: named findings, problems first. Nothing is
 * rewritten here; applyFixes computes a fix when one is asked for.
 * Access code: white space and invisibles are removed, full-width,
 * homoglyph and other-digit characters map to ASCII; case and ASCII
 * lookalikes never change (the code's rules are unpublished, docs/DOMAIN.md).
 * Receipt number: dashes are removed, letters uppercased and receipt-fix
 * applied too (receipt numbers are printed in capitals, typed without dashes).
 */
export function inspect(text: string, field: FieldKind, given?: InspectOptions): Inspection {
  const profile = given?.profile ?? accessCodeProfile;
  // A clean code is inspected on every key: answered without the full pass.
  const unlimited = profile.lengths === undefined && profile.alphabet === undefined;
  if (field === 'access-code' && given?.capsLock !== true && given?.pasted === undefined && unlimited && isPlain(text)) {
    return { findings: [], fixable: [] };
  }
  const options = given ?? {};
  const { capsLock } = options;
  const receipt = field === 'receipt-number' ? receiptCheck(text) : undefined;
  const complete = options.complete !== false;
  const sink = new Collector(text);
  const { idText, contentCount, smallLetters } = scan(text, field, profile, receipt, sink);
  // Small letters past the listed ones were only counted by the scan.
  const lowercase = sink.byKind.get('lowercase');
  if (lowercase !== undefined && smallLetters > lowercase.count) lowercase.count = smallLetters;

  const extra: Finding[] = [];
  const cut = cutOff(field, options);
  if (cut !== undefined) extra.push(cut);
  if (receipt !== undefined) {
    extra.push(...receiptFindings(text, receipt, complete));
  } else {
    const identifier = identifiers.find((row) => row.pattern.test(idText));
    if (identifier !== undefined) extra.push(whole(identifier.kind));
    const { lengths } = profile;
    if (lengths !== undefined && contentCount > 0 && !lengths.includes(contentCount)) {
      // While typing, only a code already too long is wrong for certain.
      if (complete || contentCount > Math.max(...lengths)) extra.push(whole('wrong-length', String(contentCount)));
    }
  }
  if (capsLock === true) extra.push(whole('caps-lock'));

  const findings = [...extra, ...sink.byKind.values()];
  findings.sort(byImportance);
  const inspection: Inspection = { findings, fixable: findings.filter((f) => f.fixable).map((f) => f.kind) };
  if (contentCount === 0) inspection.empty = true;
  return inspection;
}

// Problems first, then cautions, then info; findings about the whole text
// first, then in text order.
function byImportance(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return rank[a.severity] - rank[b.severity];
  return (a.chars[0]?.index ?? -1) - (b.chars[0]?.index ?? -1);
}

/** The receipt field's findings about its format (receiptCheck.ts). */
function receiptFindings(text: string, receipt: ReturnType<typeof receiptCheck>, complete: boolean): Finding[] {
  const info = (c: KeptChar) => charInfo(text, c.index, c.length, c.position, c.codePoint);
  if (receipt.accessCodeShape) return [whole('looks-like-access-code')];
  if (receipt.count === 0) return [];
  if (receipt.count > 13) return [whole('receipt-format', 'too-long' satisfies ReceiptFormatReason)];
  // Too short while typing is just unfinished: it becomes a problem on blur or submit.
  if (receipt.count < 13) return complete ? [whole('receipt-format', 'too-short' satisfies ReceiptFormatReason)] : [];
  const out: Finding[] = [];
  if (receipt.badPrefix.length > 0) out.push(whole('receipt-format', 'bad-prefix' satisfies ReceiptFormatReason, receipt.badPrefix.map(info)));
  if (receipt.badNumber.length > 0) out.push(whole('receipt-format', 'bad-number' satisfies ReceiptFormatReason, receipt.badNumber.map(info)));
  return out;
}
