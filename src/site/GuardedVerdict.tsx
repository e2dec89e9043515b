import { useErrorBoundary } from 'preact/hooks';
import { siteVerdict, type SiteVerdict } from './siteVerdict';
import { VerdictMessage } from './VerdictMessage';

interface Props {
  /** The address to judge; undefined when the browser gave none. */
  address: string | undefined;
  /** What to say when there is no address to judge. */
  unknownText: string;
  /** Judges the address; siteVerdict by default (tests pass one that fails). */
  judge?: (address: string | undefined) => SiteVerdict;
}

const CANNOT_CHECK: SiteVerdict = { kind: 'cannot-check' };

function judged(judge: Props['judge'] & {}, address: string | undefined): SiteVerdict {
  try {
    return judge(address);
  } catch {
    return CANNOT_CHECK;
  }
}

/**
 * A verdict computed afresh for this address on every render, with no
 * verdict kept from before: if judging or drawing it fails anywhere, the
 * person reads "cannot be checked", never the previous address's verdict.
 * Give it `key={address}` so a failure is forgotten when the address changes.
 */
export function GuardedVerdict({ address, unknownText, judge = siteVerdict }: Props) {
  const [error] = useErrorBoundary();
  const verdict = error ? CANNOT_CHECK : judged(judge, address);
  return <VerdictMessage verdict={verdict} unknownText={unknownText} />;
}
