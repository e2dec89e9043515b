import { ListChecks, ScanText, Settings, ShieldCheck, type LucideIcon } from 'lucide-preact';
import { useRef } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { SECTION_NAMES, SECTIONS, type Section } from './popupSection';

interface Props {
  selected: Section;
  onSelect(section: Section): void;
}

// One icon set (lucide), each beside its words: the words name the tab, the icon helps find it again.
const ICONS: Record<Section, LucideIcon> = {
  check: ScanText,
  page: ShieldCheck,
  checklist: ListChecks,
  settings: Settings,
};

export const tabId = (section: Section) => `tab-${section}`;
export const panelId = (section: Section) => `panel-${section}`;

/**
 * The row of tabs, one row in every language (icon over words) (WAI-ARIA tabs pattern, automatic activation): one Tab stop,
 * Left/Right (mirrored right to left) and Home/End move between tabs and show
 * each one's part at once.
 */
export function SectionTabs({ selected, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent) => {
    const at = SECTIONS.indexOf(selected);
    // In Arabic the row reads from the right: the arrow towards the next tab points left.
    const rtl = (event.currentTarget as HTMLElement).closest<HTMLElement>('[dir]')?.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const last = SECTIONS.length - 1;
    const next =
      event.key === forward ? (at + 1) % SECTIONS.length
      : event.key === back ? (at + last) % SECTIONS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(SECTIONS[next]!);
    list.current?.querySelector<HTMLElement>(`#${tabId(SECTIONS[next]!)}`)?.focus();
  };

  return (
    <div class="section-tabs" role="tablist" aria-label={t('popup_sections_label')} ref={list} onKeyDown={move}>
      {SECTIONS.map((section) => {
        const Icon = ICONS[section];
        return (
          <button
            key={section}
            type="button"
            role="tab"
            id={tabId(section)}
            aria-selected={section === selected}
            aria-controls={panelId(section)}
            tabIndex={section === selected ? 0 : -1}
            onClick={() => onSelect(section)}
          >
            <Icon class="tab-icon" aria-hidden="true" />
            <span class="tab-label">{t(SECTION_NAMES[section])}</span>
          </button>
        );
      })}
    </div>
  );
}
