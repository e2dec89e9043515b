import { t } from '@/src/i18n/t';
import { languageName } from '@/src/i18n/displayNames';
import { pickRemedy } from './pickRemedy';
import { currentPlatform, type Platform } from './platformOf';
import type { Cause } from './types';

type Props = ({ cause: Cause; capsLock?: never } | { capsLock: true; cause?: never }) & {
  /** The person's system; read from the browser by default. */
  platform?: Platform;
  /** Inside an element that carries `data-cause` itself (a finding's row): no second hook here. */
  bare?: boolean;
};

/**
 * Why it happened and how to stop it happening, for this person's system:
 * "These letters come from a keyboard set to another language: Russian. To
 * switch the keyboard to English, press ...". Test hooks (public contract):
 * `data-cause="<kind>"` on a cause's remedy, `data-remedy="caps-lock"` for Caps Lock.
 */
export function Remedy({ cause, capsLock, platform = currentPlatform(), bare = false }: Props) {
  const remedy = pickRemedy(capsLock ? 'caps-lock' : cause!, platform);
  const hook = bare ? {} : cause ? { 'data-cause': cause.kind } : { 'data-remedy': 'caps-lock' };
  return (
    <div class="remedy" {...hook} data-platform={platform}>
      {remedy.why && (
        <p class="remedy-why">{remedy.language ? t(remedy.why, languageName(remedy.language)) : t(remedy.why)}</p>
      )}
      {remedy.steps.map((step) => (
        <p key={step} class="remedy-step">
          {t(step)}
        </p>
      ))}
    </div>
  );
}
