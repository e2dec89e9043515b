import type { MessageKey } from '@/src/i18n/t';

// The troubleshooting checklist as data: what to check when the code will not
// work, in the order a person goes through it. Each fact has its source beside
// it; numbers and phone numbers live here, not in the wording, so one line
// changes them in every language.

export interface ChecklistLink {
  label: MessageKey;
  /** Official pages only: https on uscis.gov or dhs.gov (a test keeps it so). */
  url: string;
}

export interface ChecklistStep {
  /** Stable: remembered ticks are stored by id. */
  id: string;
  title: MessageKey;
  why: MessageKey;
  /** Values for the why's placeholders, in order ($1, $2 ...). */
  values?: readonly string[];
  links: readonly ChecklistLink[];
  /** This step is done in the code checker, so the popup shows it there. */
  usesChecker?: boolean;
}

// Source: uscis.gov/about-us/contact-us/how-do-i-get-a-new-online-access-code
const newCodePage = 'https://www.uscis.gov/about-us/contact-us/how-do-i-get-a-new-online-access-code';
// Source: the same USCIS page sends people to the my.uscis.gov help page.
const helpPage = 'https://my.uscis.gov/account/v1/needhelp';
// Source: uscis.gov/about-us/contact-us/how-do-i-unlock-my-online-account
const unlockPage = 'https://www.uscis.gov/about-us/contact-us/how-do-i-unlock-my-online-account';

export const helpLines = {
  // Source: USCIS Contact Center listing (live agents Mon-Fri 8am-8pm ET).
  contactCenter: '800-375-5283',
  tty: '800-767-1833',
  outsideUs: '+1 212-620-3418',
} as const;

export const checklistSteps: readonly ChecklistStep[] = [
  {
    // Source: USCIS, the "USCIS Online Account Access Notice" is mailed to some
    // paper filers; the same notice carries the Online Account Number at its top.
    id: 'where-printed',
    title: 'checklist_where_printed_title',
    why: 'checklist_where_printed_why',
    links: [],
  },
  {
    // Source: USCIS help and the widely read help article: type it exactly as
    // printed, capital and small letters are different, no stray spaces.
    id: 'exact-copy',
    title: 'checklist_exact_copy_title',
    why: 'checklist_exact_copy_why',
    links: [],
  },
  {
    // Source: the help article warns about 0 and O; 1, I and l look alike in most fonts.
    id: 'lookalikes',
    title: 'checklist_lookalikes_title',
    why: 'checklist_lookalikes_why',
    links: [],
    usesChecker: true,
  },
  {
    // Source: the help article (spaces before or after); hidden characters come
    // with text copied from a PDF, a scan or an e-mail.
    id: 'hidden-characters',
    title: 'checklist_hidden_title',
    why: 'checklist_hidden_why',
    links: [],
    usesChecker: true,
  },
  {
    // Source: USCIS, the access code is valid for 90 days.
    id: 'valid-90-days',
    title: 'checklist_validity_title',
    why: 'checklist_validity_why',
    values: ['90'],
    links: [{ label: 'checklist_link_new_code', url: newCodePage }],
  },
  {
    // Source: uscis.gov how-do-i-get-a-new-online-access-code: someone else,
    // such as a legal representative or a family member, may have used it.
    id: 'already-used',
    title: 'checklist_already_used_title',
    why: 'checklist_already_used_why',
    links: [{ label: 'checklist_link_new_code', url: newCodePage }],
  },
  {
    // Source: uscis.gov how-do-i-get-a-new-online-access-code: on the help page
    // choose "I need help with getting a new online access code"; the help desk
    // e-mails one, usually within 10 business days.
    id: 'lost-or-expired',
    title: 'checklist_lost_title',
    why: 'checklist_lost_why',
    values: ['10'],
    links: [
      { label: 'checklist_link_help_page', url: helpPage },
      { label: 'checklist_link_new_code', url: newCodePage },
    ],
  },
  {
    // Source: uscis.gov how-do-i-unlock-my-online-account: wait 20 minutes,
    // then use the help page.
    id: 'locked-out',
    title: 'checklist_locked_title',
    why: 'checklist_locked_why',
    values: ['20'],
    links: [
      { label: 'checklist_link_unlock', url: unlockPage },
      { label: 'checklist_link_help_page', url: helpPage },
    ],
  },
  {
    // Source: USCIS Contact Center numbers (see helpLines); the help article
    // and USCIS: have the receipt number at hand.
    id: 'contact-center',
    title: 'checklist_contact_title',
    why: 'checklist_contact_why',
    values: [helpLines.contactCenter, helpLines.tty, helpLines.outsideUs],
    links: [],
  },
  {
    // Source: USCIS, the notice is mailed on paper; the help article's "check
    // spam" applies only to e-mails about the account, such as a new code.
    id: 'mail-not-arrived',
    title: 'checklist_mail_title',
    why: 'checklist_mail_why',
    links: [{ label: 'checklist_link_new_code', url: newCodePage }],
  },
];
