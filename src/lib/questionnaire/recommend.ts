/**
 * The questionnaire engine. Hard constraints filter (they never just sort); preferences only order a tier; unknown
 * facts are "to confirm", never a match and never a violation. Whether sign-ups are open is unknown for most offers:
 * it is a caveat on each result ("check that sign-ups are open"), never a reason to demote an offer; a known FULL
 * stays a near miss. Pure: no Astro, no DOM, so it runs in the browser as is.
 */
import type { Answers } from './answers.ts';
import type { FactField, ProviderEntry } from '../../schemas/provider.ts';
import { checkConstraint, checkedConstraints, constraintFields, type Constraint, type Verdict } from './constraints.ts';
import { yearlyCost, type YearlyCost } from '../offers/price.ts';
import { staleCutoff } from '../offers/staleness.ts';
import { compareRanked, prefMatcher, prefScore, priceBonuses, tieHash } from './ranking.ts';
import { reasonsFor, type Msg } from './reasons.ts';
import { caveatsFor, staleCaveats } from './caveats.ts';

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
  /** The person's needs whose facts are unknown for this offer: to confirm with the host (sign-ups aside). */
  toCheck: Constraint[];
  /** Whether the offer takes new accounts now is unknown: the message to the host asks it too. */
  loadUnknown: boolean;
  /** Near misses only: the one constraint the offer is known to fail. */
  failed?: Constraint;
  /** Yearly cost for all the mailboxes (for pay-what-you-can, the suggested amount); null when unknown. */
  cost: YearlyCost | null;
}

export interface Recommendation {
  /** The constraints the answers asked to check, in a fixed order. */
  checked: Constraint[];
  /** Needs that no published offer has confirmed (unknown for all): said once on the page, asked in each message. */
  unconfirmed: Constraint[];
  /** CHATONS offers meeting every checked constraint, known facts only. */
  matches: Item[];
  /** CHATONS offers with no known violation but some unknown facts. */
  toConfirm: Item[];
  /** CHATONS offers with exactly one known violation (named in `failed`). */
  nearMisses: Item[];
  /** Offers outside CHATONS with no known violation, shown apart whenever no CHATONS offer is a full match. */
  outside: { matches: Item[]; toConfirm: Item[] };
}

type Tier = 'matches' | 'toConfirm' | 'nearMisses';
/** An offer sorted into a tier, before its words are written (only shown tiers get them). */
interface Sorted {
  i: number;
  failed?: Constraint;
  toCheck: Constraint[];
  passed: Constraint[];
  loadUnknown: boolean;
}

/** The verdicts of every checked constraint for every offer (a row per offer). */
function verdicts(offers: ProviderEntry[], checked: Constraint[], a: Answers, costs: (YearlyCost | null)[]): Verdict[][] {
  return offers.map((o, i) => checked.map((c) => checkConstraint(c, o, a, costs[i]!)));
}

/** Sorts one offer by its verdicts; null when it is known to fail two constraints or more. */
function sortOne(i: number, row: Verdict[], checked: Constraint[]): { tier: Tier; sorted: Sorted } | null {
  const s: Sorted = { i, toCheck: [], passed: [], loadUnknown: false };
  const failed: Constraint[] = [];
  row.forEach((v, k) => {
    const c = checked[k]!;
    if (v === 'fail') failed.push(c);
    else if (v === 'pass') s.passed.push(c);
    else if (c === 'load') s.loadUnknown = true;
    else s.toCheck.push(c);
  });
  if (failed.length > 1) return null;
  if (failed.length) s.failed = failed[0];
  return { tier: failed.length ? 'nearMisses' : s.toCheck.length ? 'toConfirm' : 'matches', sorted: s };
}

/**
 * Sorts the published offers (not drafts, not closed) into tiers for these answers, each tier in the order of
 * compareRanked: confirmed members first, then preferences, then how much is known, then a rotation seeded by
 * `answers.seed` (the input order never shows). Every tier is complete: the page decides how many to show.
 * `opts.today` (YYYY-MM-DD) dates the "checked long ago" caveats. Linear in the number of offers, plus the sorts.
 */
export function recommend(answers: Answers, offers: ProviderEntry[], opts: { today: string }): Recommendation {
  const cutoff = staleCutoff(opts.today);
  const checked = checkedConstraints(answers);
  const accounts = answers.accounts ?? 1;
  // A closed offer leaves the questionnaire (its page stays, with the way out).
  const published = offers.filter((o) => o.draft !== true && o.status !== 'closed');
  const costs = published.map((o) => yearlyCost(o.price, { accounts, member: answers.member, sizeGb: answers.size }));
  // Costs are ranked among all published offers, so an offer's price bonus does not depend on which others pass.
  const bonuses = answers.prefs?.price ? priceBonuses(costs.map((c) => c?.total ?? null)) : null;
  const hitsOf = prefMatcher(answers);
  // The fields the checked constraints read, for plain and for tiered prices: computed once per call.
  const fields = (tiered: boolean) => new Set(checked.flatMap((c) => constraintFields(c, answers, tiered)));
  const constraintUse = { plain: fields(false), tiered: fields(true) };
  const rows = verdicts(published, checked, answers, costs);
  const unconfirmed = checked.filter((c, k) => c !== 'load' && published.length > 0 && rows.every((r) => r[k] === 'unknown'));

  const chatons: Record<Tier, Sorted[]> = { matches: [], toConfirm: [], nearMisses: [] };
  const outside: Record<'matches' | 'toConfirm', Sorted[]> = { matches: [], toConfirm: [] };
  rows.forEach((row, i) => {
    const one = sortOne(i, row, checked);
    if (!one) return;
    if (published[i]!.chatons !== 'not-member') chatons[one.tier].push(one.sorted);
    else if (one.tier !== 'nearMisses') outside[one.tier].push(one.sorted);
  });

  /** Writes the reasons and caveats of the offers of one tier, then orders them. */
  const finish = (list: Sorted[]): Item[] => {
    const items = list.map(({ i, failed, toCheck, passed, loadUnknown }) => {
      const offer = published[i]!;
      const cost = costs[i]!;
      const hits = hitsOf(offer);
      const bonus = bonuses ? bonuses[i]! : 0;
      const cheapTotal = bonus > 0 && answers.budget === undefined && cost ? cost.total : null;
      const said = reasonsFor(offer, answers, passed, cost, hits, cheapTotal);
      const base = offer.price !== 'unknown' && offer.price.model === 'tiered' ? constraintUse.tiered : constraintUse.plain;
      const used = said.fields.length ? new Set<FactField>([...base, ...said.fields]) : base;
      const item: Item = {
        id: offer.id,
        offer,
        reasons: said.reasons,
        caveats: [...caveatsFor(offer, answers, cost, loadUnknown, failed), ...staleCaveats(offer, used, cutoff)],
        toCheck,
        loadUnknown,
        ...(failed ? { failed } : {}),
        cost,
      };
      const ranked = {
        id: offer.id,
        membership: offer.chatons === 'unverified' ? 1 : 0,
        score: prefScore(hits, bonus, answers),
        unknowns: toCheck.filter((c) => !unconfirmed.includes(c)).length,
        hash: tieHash(answers.seed, offer.id),
      } as const;
      return { item, ...ranked };
    });
    return items.sort(compareRanked).map((r) => r.item);
  };

  const showOutside = chatons.matches.length === 0;
  return {
    checked,
    unconfirmed,
    matches: finish(chatons.matches),
    toConfirm: finish(chatons.toConfirm),
    nearMisses: finish(chatons.nearMisses),
    outside: showOutside ? { matches: finish(outside.matches), toConfirm: finish(outside.toConfirm) } : { matches: [], toConfirm: [] },
  };
}
