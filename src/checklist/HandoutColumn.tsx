import { checklistLinks } from './linkNumbers';
import type { PrintLanguage } from './printLanguage';
import { checklistSteps } from './steps';

interface Props extends PrintLanguage {
  ticked: ReadonlySet<string>;
}

/**
 * Printed only: the checklist in a second language, beside the page's own,
 * each step's title and why, ticks shown, links by number.
 */
export function HandoutColumn({ say, lang, dir, ticked }: Props) {
  return (
    <section class="handout-column print-only" lang={lang} dir={dir}>
      <h2 class="handout-title">{say('checklist_page_title')}</h2>
      <p class="handout-brand">
        {say('extName')}. {say('popup_unofficial')}
      </p>
      <ol class="handout-steps">
        {checklistSteps.map((step) => (
          <li key={step.id} class="handout-step" data-ticked={ticked.has(step.id) ? 'yes' : 'no'}>
            <span class="handout-box" aria-hidden="true">
              {ticked.has(step.id) ? '\u2713' : ''}
            </span>
            <span>
              <strong>{say(step.title)}</strong> {say(step.why, ...(step.values ?? []))}
              {step.links.map((link) => (
                <span key={link.url} class="handout-link">
                  {' '}
                  {say(link.label)} <bdi dir="ltr">[{checklistLinks.get(link.url)}]</bdi>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
