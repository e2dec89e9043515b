import { inspectionWithCauses } from '@/src/cause/inspectionWithCauses';
import { applyFixes } from '@/src/inspector/applyFixes';
import { inspect } from '@/src/inspector/inspect';
import type { Inspection } from '@/src/inspector/types';
import { followLanguage } from '@/src/i18n/followLanguage';
import { messagesFromBackground } from '@/src/i18n/messagesFromBackground';
import { t } from '@/src/i18n/t';
import { compactLine } from '@/src/ui/compactLine';
import { findingText } from '@/src/ui/findingText';
import { isClean } from '@/src/ui/isClean';
import { guard } from '@/src/context/guard';
import { mountPanel } from './mountPanel';
import { forgetFrameHosts, prepareFrameHost } from './panelFrameHost';
import type { PanelApi } from './PanelApi';

function summary(inspection: Inspection | null): string {
  if (!inspection) return '';
  const { findings } = inspection;
  // Clean: said so, with Caps Lock's advice when it is on; quiet hints are not read out.
  if (!findings.length || isClean(inspection)) {
    return [t('announce_ok'), ...findings.filter((f) => f.kind === 'caps-lock').map(findingText)].join(' ');
  }
  const problems = findings.filter((f) => f.severity === 'problem').length;
  const cautions = findings.filter((f) => f.severity === 'caution').length;
  // The same words as the compact line: the cause when it is known.
  return t('announce_summary', problems, cautions, compactLine(findings[0]!));
}

export function createPanelApi(): PanelApi {
  return {
    inspect,
    applyFixes,
    withCauses: inspectionWithCauses,
    mountPanel,
    preparePanel: guard(prepareFrameHost),
    forgetPanels: guard(forgetFrameHosts),
    summary,
    followLanguage(redraw, signal, pageLanguage) {
      followLanguage(messagesFromBackground, guard(redraw), signal, pageLanguage).catch(() => {
        // No answer from the background (e.g. mid-update): the browser's language stays.
      });
    },
  };
}
