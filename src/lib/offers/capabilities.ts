/**
 * What an offer can do for someone, decided once for the directory's filters and the questionnaire's constraints:
 * who it is for, how big a mailbox can get, what one mailbox costs at least.
 */
import type { Provider, ProviderEntry } from '../../schemas/provider.ts';
import { lowestYearlyPrice } from './price.ts';

/** The kinds of people the questionnaire asks about, and the audience field of an offer each one reads. */
export const AUDIENCE_OF = {
  individual: 'individuals',
  family: 'families',
  association: 'associations',
  pro: 'professionals',
} as const satisfies Record<string, keyof Provider['audiences']>;

export type Who = keyof typeof AUDIENCE_OF;

/** A tiered price whose last tier has no bound lets the quota grow as far as one pays. */
export function quotaCanGrow(offer: ProviderEntry): boolean {
  return offer.price !== 'unknown' && offer.price.model === 'tiered' && offer.price.tiers.at(-1)?.up_to_gb === undefined;
}

/**
 * The biggest quota one subscription can reach, in GB: the stated quota, or more when a tiered price sells extra GB
 * (Infinity when its last tier has no bound). Null when unknown.
 */
export function quotaCap(offer: ProviderEntry): number | null {
  const p = offer.price;
  const stated = offer.quota_gb === 'unknown' ? null : offer.quota_gb;
  if (p === 'unknown' || p.model !== 'tiered') return stated;
  const grown = p.tiers[p.tiers.length - 1]!.up_to_gb ?? Infinity;
  return Math.max(stated ?? 0, grown);
}

/** Lowest known yearly price of one mailbox, membership included (null when unknown): what the directory sorts on. */
export function minYearlyPrice(offer: ProviderEntry): number | null {
  return lowestYearlyPrice(offer.price);
}
