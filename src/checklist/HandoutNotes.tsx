import type { PrintLanguage } from './printLanguage';

interface Props {
  languages: readonly PrintLanguage[];
}

const NOTES = ['handout_code_received', 'handout_tried_on', 'handout_next_step'] as const;

/** Printed only: lines to fill in by hand, labelled in each printed language. */
export function HandoutNotes({ languages }: Props) {
  const words = (key: (typeof NOTES)[number] | 'handout_notes') => languages.map((language) => language.say(key)).join(' / ');
  return (
    <section class="handout-notes print-only" dir={languages[0]?.dir}>
      <h2>{words('handout_notes')}</h2>
      {NOTES.map((key) => (
        <p key={key} class="handout-note">
          <span>{words(key)}</span>
          <span class="handout-line" />
        </p>
      ))}
      <p class="handout-note">
        <span class="handout-line" />
      </p>
    </section>
  );
}
