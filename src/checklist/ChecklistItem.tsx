import { t } from '@/src/i18n/t';
import { isolated } from '@/src/ui/isolated';
import { checklistLinks } from './linkNumbers';
import type { ChecklistStep } from './steps';

interface Props {
  step: ChecklistStep;
  checked: boolean;
  onToggle(id: string, on: boolean): void;
  /** Where the code checker is, for steps done with it; none on the printed page. */
  checkerHint?: string;
  /** In the narrow popup the why and links fold under the title; the page shows them all. */
  folded?: boolean;
}

/** One step: a checkbox with its visible label, the why, and official links. */
export function ChecklistItem({ step, checked, onToggle, checkerHint, folded }: Props) {
  const inputId = `step-${step.id}`;
  const details = (
    <>
      <p id={`${inputId}-why`} class="checklist-item-why">
        <span class="checklist-why-label">{t('checklist_why')}</span> {isolated(t(step.why, ...(step.values ?? [])))}
        {step.usesChecker && checkerHint && <> {checkerHint}</>}
      </p>
      {step.links.length > 0 && (
        <ul class="checklist-links">
          {step.links.map((link) => (
            <li key={link.url}>
              {/* On paper the address is written once at the end; the link shows its number. */}
              <a href={link.url} target="_blank" rel="noreferrer" data-ref={`[${checklistLinks.get(link.url)}]`}>
                {isolated(t(link.label))}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <li class="checklist-item" data-step={step.id}>
      <input
        type="checkbox"
        id={inputId}
        checked={checked}
        aria-describedby={`${inputId}-why`}
        onChange={(event) => onToggle(step.id, event.currentTarget.checked)}
      />
      <div class="checklist-item-body">
        <label for={inputId} class="checklist-item-title">
          {isolated(t(step.title))}
        </label>
        {folded ? (
          <details class="checklist-item-more">
            <summary>{t('checklist_more')}</summary>
            {details}
          </details>
        ) : (
          details
        )}
      </div>
    </li>
  );
}
