/**
 * The "good to know" caveats of a result: what to know before signing up, and the facts checked long ago. Each is
 * an i18n key (`q.caveat.*`) with raw variables that the page formats (see MSG_VARS in reasons.ts).
 */
import type { Answers } from './answers.ts';
import type { Constraint } from './constraints.ts';
import type { Msg } from './reasons.ts';
import type { FactField, ProviderEntry } from '../../schemas/provider.ts';
import type { YearlyCost } from '../offers/price.ts';
import { checkedDay, isStaleBefore } from '../offers/staleness.ts';

/**
 * One caveat per date for the used fields whose freshest source is stale (the rule of offers/staleness.ts, with its
 * cutoff computed once per result). A field
 * backed by a recent source is not stale even if an older source backs it too; unknown facts have no source.
 * One pass over the sources' `backs`, no per-field search: it runs for every offer of a result.
 */
export function staleCaveats(offer: ProviderEntry, used: ReadonlySet<FactField>, cutoff: string): Msg[] {
  const freshest = new Map<FactField, { key: string; checked: string }>();
  for (const s of offer.sources) {
    const key = checkedDay(s.checked);
    for (const f of s.backs as FactField[]) {
      if (!used.has(f)) continue;
      const seen = freshest.get(f);
      if (!seen || key > seen.key) freshest.set(f, { key, checked: s.checked });
    }
  }
  const byDate = new Map<string, FactField[]>();
  for (const [f, { checked }] of freshest) if (isStaleBefore(checked, cutoff)) byDate.set(checked, [...(byDate.get(checked) ?? []), f]);
  if (byDate.size === 0) return [];
  const order = [...used];
  return [...byDate.keys()].sort().map((date) => ({
    key: 'q.caveat.stale',
    // In the order the fields were used (constraints first, then reasons), whatever the order of the sources.
    vars: { date, fields: byDate.get(date)!.sort((x, y) => order.indexOf(x) - order.indexOf(y)).join(', ') },
  }));
}

/**
 * "Good to know" caveats that do not depend on the dates of the sources. `loadUnknown`: whether sign-ups are open
 * is not known (one plain caveat, never a reason to rank lower); `failed`: the one constraint a near miss fails.
 */
export function caveatsFor(offer: ProviderEntry, a: Answers, cost: YearlyCost | null, loadUnknown: boolean, failed?: Constraint): Msg[] {
  const out: Msg[] = [];
  if (offer.status === 'closing') out.push({ key: 'q.caveat.closing' });
  if (loadUnknown) out.push({ key: 'q.caveat.loadUnknown' });
  if (offer.registration === 'Member') out.push({ key: 'q.caveat.membership' });
  const area = offer.area_served_first;
  if (area !== 'none' && area !== 'unknown') out.push({ key: 'q.caveat.area', vars: { area } });
  const p = offer.price;
  if (p !== 'unknown' && p.model === 'pack' && (a.accounts ?? 1) > p.accounts)
    out.push({ key: 'q.caveat.packTooSmall', vars: { accounts: p.accounts } });
  if (p !== 'unknown' && p.model === 'pay-what-you-can' && p.per === 'member' && (a.accounts ?? 1) > 1)
    out.push({ key: 'q.caveat.perMember', vars: { accounts: a.accounts! } });
  if (cost?.payWhatYouCan && failed === 'budget') out.push({ key: 'q.caveat.suggestedOver', vars: { suggested: cost.total } });
  else if (cost?.payWhatYouCan && a.budget === undefined) out.push({ key: 'q.caveat.suggested', vars: { suggested: cost.total } });
  if (cost?.surchargeAssumed) out.push({ key: 'q.caveat.surcharge' });
  if (p !== 'unknown' && p.model === 'membership' && p.period === 'once' && cost) out.push({ key: 'q.caveat.once', vars: { total: cost.total } });
  if (offer.chatons === 'unverified') out.push({ key: 'q.caveat.unverified' });
  return out;
}
