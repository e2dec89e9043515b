import { checklistLinks } from './linkNumbers';
import type { PrintLanguage } from './printLanguage';

interface Props {
  languages: readonly PrintLanguage[];
}

/** Printed only: each official address once; the steps point to it by number. */
export function HandoutLinks({ languages }: Props) {
  return (
    <section class="handout-links print-only" dir={languages[0]?.dir}>
      <h2>{languages.map((language) => language.say('handout_links')).join(' / ')}</h2>
      <ol>
        {[...checklistLinks].map(([url, n]) => (
          <li key={url}>
            <bdi dir="ltr">
              [{n}] {url}
            </bdi>
          </li>
        ))}
      </ol>
    </section>
  );
}
