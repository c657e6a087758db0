/**
 * What a mailbox costs, in euros. One variant per real pricing model met among CHATONS members; the engine in
 * src/lib/price.ts turns each into a yearly total for a number of accounts.
 */
import { z } from 'astro/zod';
import { UNKNOWN } from './primitives.ts';

const euros = z.number({ error: 'expected an amount in euros' }).nonnegative();
/** How often `amount` is paid. */
const period = z.enum(['month', 'year'], { error: 'expected "month" or "year"' });

/** No charge at all. */
const free = z.strictObject({ model: z.literal('free') });

/** A membership fee that includes the mailbox: yearly, or paid once for life. */
const membership = z.strictObject({
  model: z.literal('membership'),
  /** Fee per member, for each `period`. */
  amount: euros,
  /** `year`, or `once` for a lifetime membership. */
  period: z.enum(['year', 'once'], { error: 'expected "year" or "once"' }),
});

/** A subscription per account, with an optional membership fee paid once per year on top. */
const subscription = z.strictObject({
  model: z.literal('subscription'),
  /** Price per account and per period. */
  amount: euros,
  period,
  /** Yearly membership fee on top, paid once (not per account). */
  membership_fee: euros.optional(),
});

/** Pay what you can; 0 is accepted, `suggested` is what the provider recommends. */
const payWhatYouCan = z.strictObject({
  model: z.literal('pay-what-you-can'),
  /** The suggested amount per period, for each `per`. */
  suggested: euros,
  period,
  /** What the suggested amount is for: each account (the default), or each member (a membership contribution). */
  per: z.enum(['account', 'member'], { error: 'expected "account" or "member"' }).optional(),
});

/** One price for a pack of up to `accounts` mailboxes (e.g. an association pack). */
const pack = z.strictObject({
  model: z.literal('pack'),
  /** Price of the whole pack per period. */
  amount: euros,
  period,
  /** How many mailboxes the pack covers. */
  accounts: z.int().min(1),
  /** True when `amount` already includes the membership fee. */
  membership_included: z.boolean().optional(),
});

/** A base price per account including some GB, then a price per extra GB by tier. */
const tier = z.strictObject({
  /** Upper bound in GB of this tier; omitted on the last tier. */
  up_to_gb: z.number().positive().optional(),
  /** Price per extra GB and per period within this tier. */
  per_gb: euros,
});
const tiered = z.strictObject({
  model: z.literal('tiered'),
  /** Base price per account and per period. */
  amount: euros,
  period,
  /** GB included in the base price. */
  base_quota_gb: z.number().positive(),
  /** Extra GB prices, in increasing order of `up_to_gb`. */
  tiers: z.array(tier).min(1),
  /** Extra per account and per period for non-members (e.g. non-cooperators). */
  non_member_surcharge: euros.optional(),
});

export const priceSchema = z.union(
  [z.discriminatedUnion('model', [free, membership, subscription, payWhatYouCan, pack, tiered]), z.literal(UNKNOWN)],
  { error: 'expected "unknown" or an object whose model is free, membership, subscription, pay-what-you-can, pack or tiered' },
);
export type Price = z.infer<typeof priceSchema>;
export type KnownPrice = Exclude<Price, typeof UNKNOWN>;
