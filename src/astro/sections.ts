/**
 * The site's sections, in one list: the header shows the first ones, the footer and the search page (without
 * JavaScript) list them all. Paths are relative to the locale.
 */
import type { UiKey } from '../i18n/types.ts';

export interface Section {
  path: string;
  label: UiKey;
  /** Shown in the header's main navigation. */
  main?: boolean;
}

export const SECTIONS: readonly Section[] = [
  { path: 'providers/', label: 'nav.providers', main: true },
  { path: 'questionnaire/', label: 'nav.questionnaire', main: true },
  { path: 'guides/', label: 'nav.guides', main: true },
  { path: 'why-leave-gmail/', label: 'nav.why' },
  { path: 'faq/', label: 'nav.faq' },
  { path: 'commit/', label: 'nav.commit', main: true },
  { path: 'associations/', label: 'nav.associations' },
  { path: 'members/', label: 'nav.members' },
  { path: 'deliverability/', label: 'nav.deliverability' },
  { path: 'kit/', label: 'nav.kit' },
  { path: 'widgets/', label: 'widgets.nav' },
  { path: 'news/', label: 'nav.news' },
  { path: 'criteria/', label: 'nav.criteria' },
  { path: 'data/', label: 'nav.data' },
  { path: 'contribute/', label: 'nav.contribute' },
];

/** The legal and practical pages, listed in the footer. */
export const FOOTER_PAGES: readonly Section[] = [
  { path: 'legal/', label: 'nav.legal' },
  { path: 'privacy/', label: 'nav.privacy' },
  { path: 'accessibility/', label: 'nav.accessibility' },
  { path: 'contact/', label: 'nav.contact' },
];
