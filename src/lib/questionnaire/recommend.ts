/**
 * The questionnaire engine. Hard constraints filter (they never just sort); preferences only order a tier; unknown
 * facts are "to check", never a match and never a violation. Pure: no Astro, no DOM, so it runs in the browser as is.
 */
import type { Answers } from './answers.ts';
import type { FactField, ProviderEntry } from '../../schemas/provider.ts';
import { checkConstraint, checkedConstraints, constraintFields, type Constraint } from './constraints.ts';
import { yearlyCost } from '../offers/price.ts';
import { compareRanked, prefMatcher, prefScore, priceBonuses, tieHash } from './ranking.ts';
import { caveatsFor, reasonsFor, staleCaveats, type Msg } from './reasons.ts';
import { staleCutoff } from '../offers/staleness.ts';

export type { Constraint } from './constraints.ts';
export type { Msg } from './reasons.ts';

/** One offer in a result tier. */
export interface Item {
  id: string;
  offer: ProviderEntry;
  /** "Why this one": tied to the person's answers. */
  reasons: Msg[];
  /** "Good to know". */
  caveats: Msg[];
  /** Checked constraints whose facts are unknown: to confirm with the provider. */
  toCheck: Constraint[];
  /** Near misses only: the one constraint the offer is known to fail. */
  failed?: Constraint;
  /** Yearly cost for all the mailboxes; null when unknown. */
  cost: { total: number; suggested?: number } | null;
}

export interface Recommendation {
  /** The constraints the answers asked to check, in a fixed order. */
  checked: Constraint[];
  /** CHATONS offers meeting every checked constraint, known facts only. */
  matches: Item[];
  /** CHATONS offers with no known violation but some unknown facts. */
  toConfirm: Item[];
  /** CHATONS offers with exactly one known violation (named in `failed`). */
  nearMisses: Item[];
  /** Offers outside CHATONS, filled only when there is no CHATONS match and nothing CHATONS to confirm. */
  outside: { matches: Item[]; toConfirm: Item[] };
}


type Tier = 'matches' | 'toConfirm' | 'nearMisses';
/** An offer sorted into a tier, before its words are written (only shown tiers get them). */
interface Sorted {
  i: number;
  failed?: Constraint;
  toCheck: Constraint[];
  passed: Constraint[];
}

/**
 * Sorts the published offers (draft !== true) into tiers for these answers. Within a tier: fewest facts to check, then
 * preference score, then a
 * hash of (answers.seed, id), so the same answers give the same result whatever the order of `offers`. Every tier is
 * complete: the page decides how many to show. `opts.today` (YYYY-MM-DD) dates the "checked long ago" caveats.
 * Linear in the number of offers, plus the sorts.
 */
export function recommend(answers: Answers, offers: ProviderEntry[], opts: { today: string }): Recommendation {
  const cutoff = staleCutoff(opts.today);
  const checked = checkedConstraints(answers);
  const accounts = answers.accounts ?? 1;
  const published = offers.filter((o) => o.draft !== true);
  const costs = published.map((o) => yearlyCost(o.price, { accounts, member: answers.member, sizeGb: answers.size }));
  // Pay-what-you-can ranks by its suggested amount: that is what the provider counts on. Costs are ranked among all
  // published offers, so an offer's price bonus does not depend on which others pass the constraints.
  const rankCosts = costs.map((c) => (c ? (c.suggested ?? c.total) : null));
  const bonuses = answers.prefs?.price ? priceBonuses(rankCosts) : null;
  const hitsOf = prefMatcher(answers);
  // The fields the checked constraints read, for plain and for tiered prices: computed once per call.
  const fields = (tiered: boolean) => new Set(checked.flatMap((c) => constraintFields(c, answers, tiered)));
  const constraintUse = { plain: fields(false), tiered: fields(true) };

  const chatons: Record<Tier, Sorted[]> = { matches: [], toConfirm: [], nearMisses: [] };
  const outside: Record<'matches' | 'toConfirm', Sorted[]> = { matches: [], toConfirm: [] };
  published.forEach((offer, i) => {
    const failed: Constraint[] = [];
    const toCheck: Constraint[] = [];
    const passed: Constraint[] = [];
    for (const c of checked) {
      const v = checkConstraint(c, offer, answers, costs[i]!);
      if (v === 'fail' && failed.push(c) > 1) return; // two known violations: dropped
      if (v === 'unknown') toCheck.push(c);
      if (v === 'pass') passed.push(c);
    }
    const sorted: Sorted = { i, toCheck, passed, ...(failed.length ? { failed: failed[0] } : {}) };
    const tier: Tier = failed.length ? 'nearMisses' : toCheck.length ? 'toConfirm' : 'matches';
    if (offer.chatons !== 'not-member') chatons[tier].push(sorted);
    else if (tier !== 'nearMisses') outside[tier].push(sorted);
  });

  /** Writes the reasons and caveats of the offers of one tier, then orders them. */
  const finish = (list: Sorted[]): Item[] => {
    const items = list.map(({ i, failed, toCheck, passed }) => {
      const offer = published[i]!;
      const cost = costs[i]!;
      const hits = hitsOf(offer);
      const bonus = bonuses ? bonuses[i]! : 0;
      const cheapTotal = bonus > 0 && answers.budget === undefined ? rankCosts[i]! : null;
      const said = reasonsFor(offer, answers, passed, cost, hits, cheapTotal);
      const base = offer.price !== 'unknown' && offer.price.model === 'tiered' ? constraintUse.tiered : constraintUse.plain;
      const used = said.fields.length ? new Set<FactField>([...base, ...said.fields]) : base;
      const item: Item = {
        id: offer.id,
        offer,
        reasons: said.reasons,
        caveats: [...caveatsFor(offer, answers, cost), ...staleCaveats(offer, used, cutoff)],
        toCheck,
        ...(failed ? { failed } : {}),
        cost: cost ? { total: cost.total, ...(cost.suggested !== undefined ? { suggested: cost.suggested } : {}) } : null,
      };
      return { item, id: offer.id, unknowns: toCheck.length, score: prefScore(hits, bonus, answers), hash: tieHash(answers.seed, offer.id) };
    });
    return items.sort(compareRanked).map((r) => r.item);
  };

  const showOutside = chatons.matches.length === 0 && chatons.toConfirm.length === 0;
  return {
    checked,
    matches: finish(chatons.matches),
    toConfirm: finish(chatons.toConfirm),
    nearMisses: finish(chatons.nearMisses),
    outside: showOutside ? { matches: finish(outside.matches), toConfirm: finish(outside.toConfirm) } : { matches: [], toConfirm: [] },
  };
}
