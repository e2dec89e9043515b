import { t } from '@/src/i18n/t';
import { ChecklistItem } from './ChecklistItem';
import { checklistSteps } from './steps';
import './Checklist.css';

interface Props {
  ticked: ReadonlySet<string>;
  onToggle(id: string, on: boolean): void;
  /** 'h1' on the checklist page, 'h2' in the popup. */
  heading: 'h1' | 'h2';
  checkerHint?: string;
  /** Fold each step's why and links (the popup). */
  folded?: boolean;
}

/** The troubleshooting steps as a list of checkboxes. */
export function Checklist({ ticked, onToggle, heading: Heading, checkerHint, folded }: Props) {
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <Heading id="checklist-heading">{t(Heading === 'h1' ? 'checklist_page_title' : 'checklist_heading')}</Heading>
      <p class="checklist-intro">{t('checklist_intro')}</p>
      <ol class="checklist-steps">
        {checklistSteps.map((step) => (
          <ChecklistItem
            key={step.id}
            step={step}
            checked={ticked.has(step.id)}
            onToggle={onToggle}
            folded={folded}
            {...(checkerHint !== undefined && { checkerHint })}
          />
        ))}
      </ol>
    </section>
  );
}
