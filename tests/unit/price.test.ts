import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extraGbCost, lowestYearlyPrice, roundCents, yearlyCost } from '../../src/lib/offers/price.ts';
import type { KnownPrice, Price } from '../../src/schemas/price.ts';
import { arbPrice } from '../fixtures/arbitraries.ts';

type Tiered = Extract<KnownPrice, { model: 'tiered' }>;

// Modelled on Nubo: 2.5 €/month for 5 GB, +0.5 €/GB up to 10 GB, 0.25 €/GB up to 100 GB, 0.10 €/GB beyond,
// non-cooperators pay 1 € more per month.
const nubo: Tiered = {
  model: 'tiered', amount: 2.5, period: 'month', base_quota_gb: 5, non_member_surcharge: 1,
  tiers: [{ up_to_gb: 10, per_gb: 0.5 }, { up_to_gb: 100, per_gb: 0.25 }, { per_gb: 0.1 }],
};
// Modelled on ARN's association pack: 50 €/year for up to 10 mailboxes, membership included.
const arnPack: Price = { model: 'pack', amount: 50, period: 'year', accounts: 10, membership_included: true };
// Modelled on Deuxfleurs: pay what you can, 15 €/year suggested.
const deuxfleurs: Price = { model: 'pay-what-you-can', suggested: 15, period: 'year' };

describe('yearlyCost: the real pricing cases', () => {
  it('prices a Nubo-like 8 GB mailbox at 48 € for a member and 60 € for a non-member', () => {
    expect(yearlyCost(nubo, { accounts: 1, member: true, sizeGb: 8 })).toEqual({ total: 48 });
    expect(yearlyCost(nubo, { accounts: 1, member: false, sizeGb: 8 })).toEqual({ total: 60 });
  });

  it('counts the surcharge when membership is not said, and says it assumed it', () => {
    expect(yearlyCost(nubo, { accounts: 1, member: undefined, sizeGb: 8 })).toEqual({ total: 60, surchargeAssumed: true });
  });

  it('walks the tiers: 20 GB and 150 GB', () => {
    // 5 GB at 0.5 + 10 GB at 0.25 = 5 €/month extra.
    expect(yearlyCost(nubo, { accounts: 1, member: true, sizeGb: 20 })?.total).toBe(90);
    // 5 × 0.5 + 90 × 0.25 + 50 × 0.1 = 30 €/month extra.
    expect(yearlyCost(nubo, { accounts: 1, member: true, sizeGb: 150 })?.total).toBe(390);
  });

  it('charges only the base within the base quota, and when no size is given', () => {
    expect(yearlyCost(nubo, { accounts: 2, member: true, sizeGb: 5 })?.total).toBe(60);
    expect(yearlyCost(nubo, { accounts: 2, member: true })?.total).toBe(60);
  });

  it('buys extra GB whole: 7.3 GB on a 5 GB base buys 3 GB', () => {
    expect(extraGbCost(nubo, 7.3)).toBeCloseTo(1.5);
  });

  it('does not know the price beyond the last bounded tier', () => {
    const bounded: Tiered = { model: 'tiered', amount: 3, period: 'month', base_quota_gb: 10, tiers: [{ up_to_gb: 50, per_gb: 0.2 }] };
    expect(yearlyCost(bounded, { accounts: 1, member: true, sizeGb: 50 })?.total).toBe(132);
    expect(yearlyCost(bounded, { accounts: 1, member: true, sizeGb: 51 })).toBeNull();
  });

  it('prices an ARN-like pack at 50 € for up to 10 mailboxes, unknown beyond', () => {
    expect(yearlyCost(arnPack, { accounts: 5, member: true })).toEqual({ total: 50 });
    expect(yearlyCost(arnPack, { accounts: 10, member: true })).toEqual({ total: 50 });
    expect(yearlyCost(arnPack, { accounts: 12, member: true })).toBeNull();
  });

  it('counts the suggested amount of pay-what-you-can as its cost, flagged: one may pay less', () => {
    expect(yearlyCost(deuxfleurs, { accounts: 2, member: undefined })).toEqual({ total: 30, payWhatYouCan: true });
    expect(yearlyCost({ ...deuxfleurs, per: 'account' }, { accounts: 2, member: true })).toEqual({ total: 30, payWhatYouCan: true });
  });

  it('knows a per-member suggestion for one mailbox only', () => {
    const perMember: Price = { model: 'pay-what-you-can', suggested: 15, period: 'year', per: 'member' };
    expect(yearlyCost(perMember, { accounts: 1, member: true })).toEqual({ total: 15, payWhatYouCan: true });
    expect(yearlyCost(perMember, { accounts: 3, member: true })).toBeNull();
  });

  it('lets the directory count pay-what-you-can as free or less', () => {
    expect(lowestYearlyPrice(deuxfleurs)).toBe(0);
    expect(lowestYearlyPrice({ model: 'membership', amount: 15, period: 'year' })).toBe(15);
    expect(lowestYearlyPrice('unknown')).toBeNull();
  });

  it('prices subscriptions per account, the membership fee once', () => {
    expect(yearlyCost({ model: 'subscription', amount: 1, period: 'month' }, { accounts: 3, member: false })).toEqual({ total: 36 });
    const withFee: Price = { model: 'subscription', amount: 12, period: 'year', membership_fee: 10 };
    expect(yearlyCost(withFee, { accounts: 3, member: true })).toEqual({ total: 46 });
  });

  it('counts one membership per mailbox', () => {
    expect(yearlyCost({ model: 'membership', amount: 15, period: 'year' }, { accounts: 2, member: true })).toEqual({ total: 30 });
  });

  it('knows free and unknown', () => {
    expect(yearlyCost({ model: 'free' }, { accounts: 7, member: false })).toEqual({ total: 0 });
    expect(yearlyCost('unknown', { accounts: 1, member: true })).toBeNull();
  });

  it('rounds to cents', () => {
    // 0.1 × 12 × 3 is 3.6000000000000005 in floating point.
    expect(yearlyCost({ model: 'subscription', amount: 0.1, period: 'month' }, { accounts: 3, member: true })?.total).toBe(3.6);
    expect(roundCents(2.675)).toBe(2.68);
  });
});

/** Independent oracle: prices extra space one GB at a time, each GB at the tier whose bound first covers it. */
function naiveExtra(p: Tiered, sizeGb: number): number | null {
  let cost = 0;
  for (let gb = p.base_quota_gb + 1; gb < sizeGb + 1 - 1e-9; gb++) {
    const tier = p.tiers.find((t) => t.up_to_gb === undefined || t.up_to_gb >= gb);
    if (!tier) return null;
    cost += tier.per_gb;
  }
  return cost;
}

const query = fc.record({
  accounts: fc.integer({ min: 1, max: 30 }),
  member: fc.constantFrom(true, false, undefined),
  sizeGb: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
});

describe('yearlyCost: properties', () => {
  it('is null only for unknown prices, beyond a pack, beyond the last bounded tier, or per member for several', () => {
    fc.assert(
      fc.property(fc.oneof(arbPrice(), fc.constant<Price>('unknown')), query, (price, q) => {
        const cost = yearlyCost(price, q);
        if (price === 'unknown') {
          expect(cost).toBeNull();
          return;
        }
        const tooMany = price.model === 'pack' && q.accounts > price.accounts;
        const tooBig = price.model === 'tiered' && q.sizeGb !== undefined && naiveExtra(price, q.sizeGb) === null;
        const perMember = price.model === 'pay-what-you-can' && price.per === 'member' && q.accounts > 1;
        expect(cost === null).toBe(tooMany || tooBig || perMember);
      }),
    );
  });

  it('returns non-negative totals in whole cents', () => {
    fc.assert(
      fc.property(arbPrice(), query, (price, q) => {
        const cost = yearlyCost(price, q);
        if (!cost) return;
        for (const x of [cost.total]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(1e-6);
        }
      }),
    );
  });

  it('prices tiered space like the GB-by-GB oracle', () => {
    const tiered = arbPrice().filter((p): p is Tiered => p !== 'unknown' && p.model === 'tiered');
    fc.assert(
      fc.property(tiered, fc.integer({ min: 0, max: 200 }), (price, size) => {
        const extra = extraGbCost(price, size);
        const oracle = naiveExtra(price, size);
        if (oracle === null) {
          expect(extra).toBeNull();
          return;
        }
        expect(extra).toBeCloseTo(oracle, 9);
      }),
    );
  });

  it('never costs less for more mailboxes, more space or not joining', () => {
    fc.assert(
      fc.property(arbPrice(), query, (price, q) => {
        const base = yearlyCost(price, q);
        if (!base) return;
        const more = yearlyCost(price, { ...q, accounts: q.accounts + 1 });
        if (more) expect(more.total).toBeGreaterThanOrEqual(base.total);
        const asMember = yearlyCost(price, { ...q, member: true });
        expect(asMember!.total).toBeLessThanOrEqual(base.total);
        if (q.sizeGb !== undefined) {
          const bigger = yearlyCost(price, { ...q, sizeGb: q.sizeGb + 1 });
          if (bigger) expect(bigger.total).toBeGreaterThanOrEqual(base.total);
        }
      }),
    );
  });

  it('assumes the surcharge only when membership is not said and there is one', () => {
    fc.assert(
      fc.property(arbPrice(), query, (price, q) => {
        const cost = yearlyCost(price, q);
        const has = price !== 'unknown' && price.model === 'tiered' && (price.non_member_surcharge ?? 0) > 0;
        expect(cost?.surchargeAssumed === true).toBe(cost !== null && has && q.member === undefined);
      }),
    );
  });
});
