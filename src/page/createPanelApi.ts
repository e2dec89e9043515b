import { applyFixes } from '@/src/inspector/applyFixes';
import { inspect } from '@/src/inspector/inspect';
import type { Inspection } from '@/src/inspector/types';
import { followLanguage } from '@/src/i18n/followLanguage';
import { messagesFromBackground } from '@/src/i18n/messagesFromBackground';
import { t } from '@/src/i18n/t';
import { findingText } from '@/src/ui/findingText';
import { guard } from './guard';
import { mountPanel } from './mountPanel';
import type { PanelApi } from './PanelApi';

function summary(inspection: Inspection | null): string {
  if (!inspection) return '';
  const { findings } = inspection;
  if (!findings.length) return t('announce_ok');
  const problems = findings.filter((f) => f.severity === 'problem').length;
  return t('announce_summary', problems, findings.length - problems, findingText(findings[0]!));
}

export function createPanelApi(): PanelApi {
  return {
    inspect,
    applyFixes,
    mountPanel,
    summary,
    followLanguage(redraw, signal, pageLanguage) {
      followLanguage(messagesFromBackground, guard(redraw), signal, pageLanguage).catch(() => {
        // No answer from the background (e.g. mid-update): the browser's language stays.
      });
    },
  };
}
