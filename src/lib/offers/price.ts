/**
 * Yearly cost of an offer's price, in euros, for a number of mailboxes. Pure: the questionnaire engine and the
 * directory both use it, so a price is computed one way everywhere.
 */
import type { KnownPrice, Price } from '../../schemas/price.ts';

/** What the cost depends on. */
export interface CostQuery {
  /** Number of mailboxes (each one is also a member when membership is per member). */
  accounts: number;
  /** Whether the person is (or will become) a member; undefined = they did not say. */
  member: boolean | undefined;
  /** Quota each mailbox needs, in GB; only tiered prices use it. */
  sizeGb?: number;
}

/** A yearly cost in euros, rounded to cents. */
export interface YearlyCost {
  /** What one can expect to pay per year for all the mailboxes: for pay-what-you-can, the suggested amount. */
  total: number;
  /** Pay-what-you-can: `total` is a suggestion, and one may pay less. */
  payWhatYouCan?: true;
  /** True when a non-member surcharge was counted because the person did not say whether they would join. */
  surchargeAssumed?: boolean;
}

/** Rounds to cents; the epsilon keeps 2.675 from becoming 2.67 through binary floating point. */
export function roundCents(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

function perYear(amount: number, period: 'month' | 'year'): number {
  return period === 'month' ? amount * 12 : amount;
}

/**
 * Cost per period of the GB beyond the base quota. A tier's `up_to_gb` bounds the total quota, so the GB between
 * the previous bound (or the base quota) and this bound are sold at this tier's price. Extra GB are bought whole
 * (7.3 GB on a 5 GB base buys 3 GB). Returns null when the size is beyond the last bounded tier: nobody sells it.
 */
export function extraGbCost(price: Extract<KnownPrice, { model: 'tiered' }>, sizeGb: number): number | null {
  const extra = Math.ceil(sizeGb - price.base_quota_gb - 1e-9);
  if (extra <= 0) return 0;
  const wanted = price.base_quota_gb + extra;
  let from = price.base_quota_gb;
  let cost = 0;
  for (const tier of price.tiers) {
    const to = Math.min(wanted, tier.up_to_gb ?? Infinity);
    if (to > from) {
      cost += (to - from) * tier.per_gb;
      from = to;
    }
    if (from >= wanted) return cost;
  }
  return null;
}

/**
 * The yearly cost of `price` for `q.accounts` mailboxes, or null when it cannot be known.
 *
 * - `free`: 0.
 * - `membership`: amount × accounts. Each mailbox is counted as one member: an association may well pay a single
 *   fee for all its mailboxes, but no provider file says so, and counting more keeps "fits your budget" true.
 * - `subscription`: amount × accounts, plus `membership_fee` once.
 * - `pay-what-you-can`: the suggested amount is the expected cost, flagged `payWhatYouCan` (one may pay less). Per
 *   account: suggested × accounts. Per member: known for one mailbox only; for several, null (whether each mailbox
 *   needs its own member is not known).
 * - `pack`: the pack price when the mailboxes fit in it; null beyond (the price of a second pack is not known).
 * - `tiered`: per mailbox, the base price, the extra GB beyond `base_quota_gb` up to `sizeGb` (every mailbox is
 *   priced at `sizeGb`, the size of the biggest one: an upper bound), and `non_member_surcharge` unless
 *   `q.member` is true. When `q.member` is undefined the surcharge is counted and `surchargeAssumed` is set.
 */
export function yearlyCost(price: Price, q: CostQuery): YearlyCost | null {
  if (price === 'unknown') return null;
  const n = q.accounts;
  switch (price.model) {
    case 'free':
      return { total: 0 };
    case 'membership':
      return { total: roundCents(price.amount * n) };
    case 'subscription':
      return { total: roundCents(perYear(price.amount, price.period) * n + (price.membership_fee ?? 0)) };
    case 'pay-what-you-can':
      if (price.per === 'member' && n > 1) return null;
      return { total: roundCents(perYear(price.suggested, price.period) * n), payWhatYouCan: true };
    case 'pack':
      return n <= price.accounts ? { total: roundCents(perYear(price.amount, price.period)) } : null;
    case 'tiered': {
      const extra = q.sizeGb === undefined ? 0 : extraGbCost(price, q.sizeGb);
      if (extra === null) return null;
      const surcharge = q.member === true ? 0 : (price.non_member_surcharge ?? 0);
      const total = roundCents(perYear(price.amount + extra + surcharge, price.period) * n);
      return surcharge > 0 && q.member === undefined ? { total, surchargeAssumed: true } : { total };
    }
  }
}

/** The least one mailbox can cost per year, membership included: 0 for pay-what-you-can (null when unknown). */
export function lowestYearlyPrice(price: Price): number | null {
  if (price === 'unknown') return null;
  if (price.model === 'pay-what-you-can') return 0;
  return yearlyCost(price, { accounts: 1, member: true })?.total ?? null;
}
