/**
 * The words of a result: "why this one" reasons tied to the person's answers ("good to know" caveats are in
 * caveats.ts). Each is an i18n key (`q.reason.*`, `q.caveat.*`) with raw variables (numbers, codes) that the page
 * formats: see MSG_VARS.
 */
import type { Answers, Pref } from './answers.ts';
import type { FactField, ProviderEntry } from '../../schemas/provider.ts';
import type { YearlyCost } from '../offers/price.ts';
import type { Constraint } from './constraints.ts';
import type { UiKey } from '../shared/translate.ts';

/** A translatable message: an i18n key and its `{{name}}` variables. */
export interface Msg {
  key: UiKey;
  vars?: Record<string, string | number>;
}

/**
 * How the page formats each variable before interpolating it, as the other dictionary strings expect: `euros` with
 * format.ts's euros() (the strings carry no € sign), `gb` with gigabytes(), `fields` and `extras` are comma-separated
 * codes to translate one by one (`field.<name>`, `extra.<name>`), `date` is an ISO date (`YYYY-MM` or `YYYY-MM-DD`).
 */
export const MSG_VARS = {
  total: 'euros',
  budget: 'euros',
  suggested: 'euros',
  quota: 'gb',
  size: 'gb',
  accounts: 'count',
  date: 'date',
  fields: 'fields',
  services: 'extras',
  region: 'text',
  area: 'text',
  country: 'country',
  lang: 'language',
} as const;

/** A preference reason and the provider fields it rests on (for the "checked long ago" caveat). */
interface Backed {
  msg: Msg;
  fields: FactField[];
}

function sizeReason(offer: ProviderEntry, size: number, accounts: number): Msg {
  const shared = offer.quota_shared_accounts === 'yes' && accounts > 1;
  const need = shared ? size * accounts : size;
  if (offer.quota_gb === 'unknown' || offer.quota_gb < need) return { key: 'q.reason.sizeGrow', vars: { size } };
  return shared
    ? { key: 'q.reason.sizeShared', vars: { quota: offer.quota_gb, size, accounts } }
    : { key: 'q.reason.size', vars: { quota: offer.quota_gb, size } };
}

function budgetReason(cost: YearlyCost, a: Answers): Msg {
  if (cost.payWhatYouCan) return { key: 'q.reason.payWhatYouCan', vars: { suggested: cost.total, budget: a.budget! } };
  if (cost.total === 0) return { key: 'q.reason.free' };
  return { key: 'q.reason.budget', vars: { total: cost.total, budget: a.budget!, accounts: a.accounts ?? 1 } };
}

/** Reasons for the constraints an offer passes: only those the person asked about (their fields are known). */
function constraintReasons(offer: ProviderEntry, a: Answers, passed: readonly Constraint[], cost: YearlyCost | null): Msg[] {
  const out: Msg[] = [];
  for (const c of passed) {
    if (c === 'who' && a.who) out.push({ key: `q.reason.audience.${a.who}` });
    else if (c === 'budget' && cost) out.push(budgetReason(cost, a));
    else if (c === 'size') out.push(sizeReason(offer, a.size!, a.accounts ?? 1));
    else if (c === 'app') out.push({ key: 'q.reason.imap' });
    else if (c === 'move') {
      if (a.move?.includes('contacts')) out.push({ key: 'q.reason.carddav' });
      if (a.move?.includes('calendar')) out.push({ key: 'q.reason.caldav' });
    } else if (c === 'domain') out.push({ key: 'q.reason.domain' });
    else if (c === 'support') out.push({ key: 'q.reason.support', vars: { lang: a.support! } });
    else if (c === 'help') out.push({ key: 'q.reason.inPerson' });
  }
  return out;
}

/** Reasons for the preferences the person weighted (1 or 2) and the offer satisfies. */
function prefReasons(offer: ProviderEntry, a: Answers, hits: readonly Pref[], cheapTotal: number | null): Backed[] {
  const w = a.prefs ?? {};
  const out: Backed[] = [];
  for (const h of hits) {
    if (!w[h]) continue;
    if (h === 'country') out.push({ msg: { key: 'q.reason.country', vars: { country: a.country! } }, fields: ['country'] });
    else if (h === 'region') out.push({ msg: { key: 'q.reason.region', vars: { region: String(offer.region) } }, fields: ['region'] });
    else if (h === 'coop') {
      const key = offer.organisation_type === 'COOPERATIVE' ? 'q.reason.cooperative' : 'q.reason.association';
      out.push({ msg: { key }, fields: ['organisation_type'] });
    } else if (h === 'aliases') out.push({ msg: { key: 'q.reason.aliases' }, fields: ['aliases'] });
    else if (h === '2fa') out.push({ msg: { key: 'q.reason.twoFactor' }, fields: ['two_factor'] });
    else if (h === 'extras') {
      const services = Array.isArray(offer.extra_services) ? offer.extra_services.join(', ') : '';
      out.push({ msg: { key: 'q.reason.extras', vars: { services } }, fields: ['extra_services'] });
    }
  }
  if (w.price && cheapTotal !== null) out.push({ msg: { key: 'q.reason.price', vars: { total: cheapTotal } }, fields: ['price'] });
  return out;
}

/**
 * The reasons for one offer, and the fields the preference reasons rest on (the constraints' fields are known to the
 * caller). `cheapTotal` is the yearly cost when the offer is among the
 * cheaper ones and the budget was not asked (the budget reason already says the price), else null.
 */
export function reasonsFor(
  offer: ProviderEntry,
  a: Answers,
  passed: readonly Constraint[],
  cost: YearlyCost | null,
  hits: readonly Pref[],
  cheapTotal: number | null,
): { reasons: Msg[]; fields: FactField[] } {
  const prefs = prefReasons(offer, a, hits, cheapTotal);
  return { reasons: [...constraintReasons(offer, a, passed, cost), ...prefs.map((b) => b.msg)], fields: prefs.flatMap((b) => b.fields) };
}
