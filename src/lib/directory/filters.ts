/**
 * The directory's filters, defined once. From this table come the form controls and their words, each offer's data
 * attributes and the CSS rules that filter without JavaScript (filter-css.ts), and the URL parameters the small
 * script keeps in sync. A filter hides only offers known not to match; an offer whose fact is unknown stays, marked
 * "to check".
 */
import type { ProviderEntry } from '../../schemas/provider.ts';
import type { T } from '../shared/translate.ts';
import { countryName } from '../shared/format.ts';
import { AUDIENCE_OF, minYearlyPrice, quotaCanGrow, type Who } from '../offers/capabilities.ts';
import { anyMeasured, meetsGmailDns } from '../offers/mail-security.ts';

/**
 * What an offer is, for one filter group: the option ids it matches, or unknown for the whole group, or per option
 * (an offer may be known to suit individuals but unknown for families).
 */
export type Fit = string[] | 'unknown' | { yes: string[]; unknown: string[] };

/** Ids used in URLs, attributes and i18n keys (`filter.<id>` names the group). */
export type FilterId = 'registration' | 'open' | 'price' | 'quota' | 'domain' | 'imap' | 'dav' | 'gmail' | 'country' | 'who' | 'member';

export interface FilterGroup {
  id: FilterId;
  /** radio: pick one option (plus "any"); check: one yes/no box. */
  kind: 'radio' | 'check';
  /** Option ids; a check group has the single option "yes". */
  options: string[];
  fit: (p: ProviderEntry) => Fit;
  /** The words of one option, in the page's language. */
  label: (option: string, t: T, lang: string) => string;
  /** A line under the control, when the label alone could mislead. */
  help?: (t: T) => string;
}

export const PRICE_CEILINGS = [0, 12, 24, 60] as const;
export const QUOTA_FLOORS = [1, 5, 10, 20] as const;

const tri = (v: 'yes' | 'no' | 'unknown'): Fit => (v === 'unknown' ? 'unknown' : v === 'yes' ? ['yes'] : []);

function radio<O extends string>(id: FilterId, options: readonly O[], label: (o: O, t: T) => string, fit: FilterGroup['fit']): FilterGroup {
  return { id, kind: 'radio', options: [...options], fit, label: (o, t) => label(o as O, t) };
}

function check(id: 'open' | 'domain' | 'imap' | 'dav' | 'gmail', fit: FilterGroup['fit']): FilterGroup {
  return { id, kind: 'check', options: ['yes'], fit, label: (_o, t) => t(`filter.${id}.yes`) };
}

const REGISTRATIONS = ['Free', 'Member', 'Client'] as const;
const priceOptions = PRICE_CEILINGS.map((c) => `le${c}` as const);
const quotaOptions = QUOTA_FLOORS.map((f) => `ge${f}` as const);

export const FILTER_GROUPS: FilterGroup[] = [
  radio('registration', REGISTRATIONS, (o, t) => t(`filter.registration.${o}`), (p) =>
    p.registration === 'unknown' ? 'unknown' : p.registration === 'None' ? [...REGISTRATIONS] : [p.registration]),
  check('open', (p) => (p.load === 'unknown' ? 'unknown' : p.load === 'OPEN' ? ['yes'] : [])),
  radio('price', priceOptions, (o, t) => t(`filter.price.${o}`), (p) => {
    const y = minYearlyPrice(p);
    return y === null ? 'unknown' : PRICE_CEILINGS.filter((c) => y <= c).map((c) => `le${c}`);
  }),
  radio('quota', quotaOptions, (o, t) => t(`filter.quota.${o}`), (p) => {
    if (quotaCanGrow(p)) return [...quotaOptions];
    return p.quota_gb === 'unknown' ? 'unknown' : QUOTA_FLOORS.filter((f) => (p.quota_gb as number) >= f).map((f) => `ge${f}`);
  }),
  check('domain', (p) => tri(p.custom_domain)),
  check('imap', (p) => tri(p.imap)),
  check('dav', (p) => (p.caldav === 'no' || p.carddav === 'no' ? [] : p.caldav === 'yes' && p.carddav === 'yes' ? ['yes'] : 'unknown')),
];

/**
 * "Publishes the DNS records Gmail asks of every sender": offered once any of the offers has a measured value
 * (before that it would hide nothing and only mark every offer "to check"). Its help says what DNS cannot tell.
 */
export function mailGroups(offers: ProviderEntry[]): FilterGroup[] {
  if (!anyMeasured(offers)) return [];
  return [{ ...check('gmail', (p) => tri(meetsGmailDns(p))), help: (t) => t('filter.gmail.help') }];
}

/** The country group depends on the data: one option per country present. */
export function countryGroup(offers: ProviderEntry[]): FilterGroup {
  const codes = [...new Set(offers.map((o) => o.country).filter((c) => c !== 'unknown'))].sort();
  return {
    id: 'country',
    kind: 'radio',
    options: codes,
    fit: (p) => (p.country === 'unknown' ? 'unknown' : [p.country]),
    label: (o, _t, lang) => countryName(o, lang),
  };
}

const WHO = Object.keys(AUDIENCE_OF) as Who[];

/** The questionnaire's short version (no JavaScript): the hard constraints CSS can decide on its own. */
export const QUICK_GROUPS: FilterGroup[] = [
  radio('who', WHO, (o, t) => t(`filter.who.${o}`), (p) => ({
    yes: WHO.filter((o) => p.audiences[AUDIENCE_OF[o]] === 'yes'),
    unknown: WHO.filter((o) => p.audiences[AUDIENCE_OF[o]] === 'unknown'),
  })),
  radio('member', ['yes', 'no'] as const, (o, t) => t(`filter.member.${o}`), (p) =>
    p.registration === 'unknown' ? { yes: ['yes'], unknown: ['no'] } : p.registration === 'Member' ? ['yes'] : ['yes', 'no']),
  ...FILTER_GROUPS.filter((g) => ['price', 'domain', 'imap', 'dav'].includes(g.id)),
];

/** What the directory script sorts on: neutral position, name, lowest yearly price, quota ("" when unknown). */
export function sortAttributes(p: ProviderEntry, index: number): Record<string, string> {
  const price = minYearlyPrice(p);
  return {
    'data-i': String(index),
    'data-name': p.name,
    'data-price': price === null ? '' : String(price),
    'data-quota': p.quota_gb === 'unknown' ? '' : String(p.quota_gb),
  };
}
