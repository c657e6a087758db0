/**
 * The directory's filters, defined once. From this table come the form controls, each offer's data attributes,
 * the CSS rules that filter without JavaScript, and the URL parameters the small script keeps in sync.
 * A filter hides only offers known not to match; an offer whose fact is unknown stays, marked "to check".
 */
import type { ProviderEntry } from '../schemas/provider.ts';
import { yearlyCost } from './price.ts';

/**
 * What an offer is, for one filter group: the option ids it matches, or unknown for the whole group, or per option
 * (an offer may be known to suit individuals but unknown for families).
 */
export type Fit = string[] | 'unknown' | { yes: string[]; unknown: string[] };

export interface FilterGroup {
  /** Id used in URLs, attributes and i18n keys (`filter.<id>`). */
  id: string;
  /** radio: pick one option (plus "any"); check: one yes/no box. */
  kind: 'radio' | 'check';
  /** Option ids; a check group has the single option "yes". */
  options: string[];
  fit: (p: ProviderEntry) => Fit;
}

export const PRICE_CEILINGS = [0, 12, 24, 60] as const;
export const QUOTA_FLOORS = [1, 5, 10, 20] as const;

/** Lowest known yearly price of one mailbox, membership included (null when unknown). */
export function minYearlyPrice(p: ProviderEntry): number | null {
  if (p.price === 'unknown') return null;
  return yearlyCost(p.price, { accounts: 1, member: true })?.total ?? null;
}

/** A tiered price with an unbounded last tier lets the quota grow as far as one pays. */
function quotaCanGrow(p: ProviderEntry): boolean {
  return p.price !== 'unknown' && p.price.model === 'tiered' && p.price.tiers.at(-1)?.up_to_gb === undefined;
}

const tri = (v: 'yes' | 'no' | 'unknown'): Fit => (v === 'unknown' ? 'unknown' : v === 'yes' ? ['yes'] : []);

export const FILTER_GROUPS: FilterGroup[] = [
  {
    id: 'registration',
    kind: 'radio',
    options: ['Free', 'Member', 'Client'],
    fit: (p) => (p.registration === 'unknown' ? 'unknown' : p.registration === 'None' ? ['Free', 'Member', 'Client'] : [p.registration]),
  },
  { id: 'open', kind: 'check', options: ['yes'], fit: (p) => (p.load === 'unknown' ? 'unknown' : p.load === 'OPEN' ? ['yes'] : []) },
  {
    id: 'price',
    kind: 'radio',
    options: PRICE_CEILINGS.map((c) => `le${c}`),
    fit: (p) => {
      const y = minYearlyPrice(p);
      return y === null ? 'unknown' : PRICE_CEILINGS.filter((c) => y <= c).map((c) => `le${c}`);
    },
  },
  {
    id: 'quota',
    kind: 'radio',
    options: QUOTA_FLOORS.map((f) => `ge${f}`),
    fit: (p) => {
      if (quotaCanGrow(p)) return QUOTA_FLOORS.map((f) => `ge${f}`);
      return p.quota_gb === 'unknown' ? 'unknown' : QUOTA_FLOORS.filter((f) => (p.quota_gb as number) >= f).map((f) => `ge${f}`);
    },
  },
  { id: 'domain', kind: 'check', options: ['yes'], fit: (p) => tri(p.custom_domain) },
  { id: 'imap', kind: 'check', options: ['yes'], fit: (p) => tri(p.imap) },
  {
    id: 'dav',
    kind: 'check',
    options: ['yes'],
    fit: (p) => (p.caldav === 'no' || p.carddav === 'no' ? [] : p.caldav === 'yes' && p.carddav === 'yes' ? ['yes'] : 'unknown'),
  },
];

/** The country group depends on the data: one option per country present. */
export function countryGroup(offers: ProviderEntry[]): FilterGroup {
  const codes = [...new Set(offers.map((o) => o.country).filter((c) => c !== 'unknown'))].sort();
  return { id: 'country', kind: 'radio', options: codes, fit: (p) => (p.country === 'unknown' ? 'unknown' : [p.country]) };
}

/** The questionnaire's short version (no JavaScript): the hard constraints CSS can decide on its own. */
export const QUICK_GROUPS: FilterGroup[] = [
  {
    id: 'who',
    kind: 'radio',
    options: ['individual', 'family', 'association', 'pro'],
    fit: (p) => {
      const map = { individual: 'individuals', family: 'families', association: 'associations', pro: 'professionals' } as const;
      const opts = Object.keys(map) as (keyof typeof map)[];
      return {
        yes: opts.filter((o) => p.audiences[map[o]] === 'yes'),
        unknown: opts.filter((o) => p.audiences[map[o]] === 'unknown'),
      };
    },
  },
  {
    id: 'member',
    kind: 'radio',
    options: ['yes', 'no'],
    fit: (p) => (p.registration === 'unknown' ? { yes: ['yes'], unknown: ['no'] } : p.registration === 'Member' ? ['yes'] : ['yes', 'no']),
  },
  ...FILTER_GROUPS.filter((g) => ['price', 'domain', 'imap', 'dav'].includes(g.id)),
];

/** Data attributes for one offer: `data-f-<group>` lists matched options, `data-u-<group>` the unknown ones. */
export function offerAttributes(p: ProviderEntry, groups: FilterGroup[]): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const g of groups) {
    const fit = g.fit(p);
    const { yes, unknown } = fit === 'unknown' ? { yes: [], unknown: g.options } : Array.isArray(fit) ? { yes: fit, unknown: [] } : fit;
    attrs[`data-f-${g.id}`] = yes.join(' ');
    if (unknown.length) attrs[`data-u-${g.id}`] = unknown.join(' ');
  }
  return attrs;
}

/** Id of the input for one option; radios also have an "any" option with no rule. */
export const inputId = (group: string, option: string, prefix = 'f') => `${prefix}-${group}-${option}`;

/**
 * CSS that filters with no JavaScript: while an option is checked, hide offers that neither match it nor are
 * unknown, and show the "to check" badge of offers that are unknown for that group.
 */
export function filterCss(groups: FilterGroup[], scope = '.directory', item = '.offer', prefix = 'f'): string {
  const rules: string[] = [];
  for (const g of groups)
    for (const o of g.options) {
      const on = `${scope}:has(#${cssId(inputId(g.id, o, prefix))}:checked)`;
      rules.push(`${on} ${item}:not([data-f-${g.id}~="${o}"]):not([data-u-${g.id}~="${o}"]){display:none}`);
      rules.push(`${on} ${item}[data-u-${g.id}~="${o}"] .tocheck-${g.id}{display:inline-block}`);
    }
  return rules.join('\n');
}

/** Country and option ids are letters, digits and dashes already; this guards the CSS against anything else. */
function cssId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

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
