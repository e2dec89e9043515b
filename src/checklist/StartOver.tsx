import { RotateCcw } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { checkerCopied, clinicMode, lastStartOver } from '@/src/clinic/clinicStorage';
import type { StartOverChoices } from '@/src/protocol/messages';
import { StartOverDialog } from '@/src/clinic/StartOverDialog';
import { emptyClipboard, planStartOver, startOverOnSharedComputer, type StartOverPlan } from '@/src/clinic/startOverOnSharedComputer';
import type { StartOverResult } from '@/src/clinic/startOverResult';
import { useStorageItem } from '@/src/clinic/useStorageItem';
import { t } from '@/src/i18n/t';

interface Props {
  /** Clears what this page holds (ticks, fields). */
  onStartOver(): Promise<void> | void;
  /** What was done, item by item, for a StartOverReport. */
  onDone(results: StartOverResult[]): void;
}

/**
 * Clears everything the last person left. At home: this page's ticks and
 * fields. In clinic mode, after a confirmation that lists exactly what will
 * happen, also signs the browser out of USCIS and more (see StartOverDialog).
 */
export function StartOver({ onStartOver, onDone }: Props) {
  const clinic = useStorageItem(clinicMode);
  const [plan, setPlan] = useState<StartOverPlan | null>(null);

  // A Start over whose popup closed with the USCIS tab it closed: its report shows here.
  useEffect(() => {
    void lastStartOver.getValue().then((results) => {
      if (!results) return;
      onDone(results);
      void lastStartOver.removeValue();
    });
  }, [onDone]);

  const clearHere = async (): Promise<StartOverResult> => {
    await onStartOver();
    return { item: 'cleared', outcome: 'done' };
  };

  const start = async () => {
    if (!(await clinicMode.getValue())) {
      const cleared = await clearHere();
      // What the checker copied stays on the clipboard at home; that it did is forgotten.
      await checkerCopied.removeValue();
      onDone([cleared]);
      return;
    }
    setPlan(await planStartOver());
  };

  const confirm = (choices: StartOverChoices) => {
    if (!plan) return;
    // First, while the click still counts as the person's: the clipboard.
    const clipboard = emptyClipboard(plan);
    setPlan(null);
    void (async () => {
      onDone(await startOverOnSharedComputer(await clearHere(), clipboard, choices));
    })();
  };

  return (
    <>
      <button type="button" class="start-over" onClick={() => void start()} data-clinic={clinic ? 'on' : 'off'}>
        <RotateCcw class="button-icon" aria-hidden="true" />
        {t('popup_start_over')}
      </button>
      <StartOverDialog plan={plan} onConfirm={confirm} onCancel={() => setPlan(null)} />
    </>
  );
}
