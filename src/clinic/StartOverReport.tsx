import { t, type MessageKey } from '@/src/i18n/t';
import type { StartOverItem, StartOverOutcome, StartOverResult } from './startOverResult';

// The words for each item and outcome that can happen; a missing pair is a type error.
const WORDS: Record<StartOverItem, Partial<Record<StartOverOutcome, MessageKey>>> = {
  cleared: { done: 'popup_started_over' },
  clipboard: { done: 'clinic_done_clipboard', nothing: 'clinic_nothing_clipboard', failed: 'clinic_failed_clipboard' },
  language: { done: 'clinic_done_language', failed: 'clinic_failed_language' },
  'sign-out': { done: 'clinic_done_sign_out', 'by-hand': 'clinic_by_hand_sign_out', failed: 'clinic_failed_sign_out' },
  cache: { done: 'clinic_done_cache', kept: 'clinic_by_hand_cache', 'by-hand': 'clinic_by_hand_cache', failed: 'clinic_failed_cache' },
  'cache-storage': { 'by-hand': 'clinic_by_hand_cache_storage' },
  'form-data': { done: 'clinic_done_form_data', kept: 'clinic_kept_form_data', 'by-hand': 'clinic_by_hand_form_data', failed: 'clinic_failed_form_data' },
  history: { done: 'clinic_done_history', nothing: 'clinic_nothing_history', 'by-hand': 'clinic_by_hand_history', failed: 'clinic_failed_history' },
  tabs: { done: 'clinic_done_tabs', nothing: 'clinic_nothing_tabs', failed: 'clinic_failed_tabs' },
};

function line(result: StartOverResult): string {
  const key = WORDS[result.item][result.outcome];
  return key ? t(key, result.count ?? '') : '';
}

interface Props {
  /** null before any Start over. */
  results: readonly StartOverResult[] | null;
  class?: string;
}

/** What Start over did, item by item: what was done, and what the person has to do by hand. */
export function StartOverReport({ results, class: className }: Props) {
  if (!results || results.length === 0) return <p role="status" class={className} />;
  const [first, ...rest] = results;
  if (rest.length === 0) {
    return (
      <p role="status" class={className}>
        {line(first!)}
      </p>
    );
  }
  return (
    <div role="status" class={`${className ?? ''} start-over-report`}>
      <p>{line(first!)}</p>
      <ul>
        {rest.map((result) => (
          <li key={result.item} data-start-over={result.item} data-outcome={result.outcome}>
            {line(result)}
          </li>
        ))}
      </ul>
    </div>
  );
}
