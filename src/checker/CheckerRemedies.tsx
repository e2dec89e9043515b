import type { Cause } from '@/src/cause/types';
import { Remedy } from '@/src/cause/Remedy';

interface Props {
  findings: ReadonlyArray<{ kind: string; cause?: Cause }>;
}

/**
 * Why the checker's findings happened and how to stop it, once per cause
 * (three homoglyphs from one Russian layout get one remedy), and Caps Lock's.
 */
export function CheckerRemedies({ findings }: Props) {
  const seen = new Set<string>();
  const causes: Cause[] = [];
  for (const { cause } of findings) {
    const id = cause && `${cause.kind} ${cause.language ?? ''}`;
    if (!cause || !id || seen.has(id)) continue;
    seen.add(id);
    causes.push(cause);
  }
  const capsLock = findings.some((f) => f.kind === 'caps-lock');
  if (causes.length === 0 && !capsLock) return null;
  return (
    <div class="checker-remedies">
      {causes.map((cause) => (
        <Remedy key={`${cause.kind}-${cause.language ?? ''}`} cause={cause} />
      ))}
      {capsLock && <Remedy capsLock />}
    </div>
  );
}
