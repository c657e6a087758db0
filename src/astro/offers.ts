/**
 * The published offers, read once from the content collection: drafts left out, CHATONS offers (member or
 * unverified) apart from the others, each list in the documented neutral order.
 */
import { getCollection } from 'astro:content';
import type { ProviderEntry } from '../schemas/provider.ts';
import { isListed, neutralOrder } from '../lib/offers/order.ts';

export async function getOffers(): Promise<ProviderEntry[]> {
  const entries = await getCollection('providers', (e) => e.data.draft !== true);
  return entries.map((e) => ({ ...e.data, id: e.id })).sort(neutralOrder);
}

export { splitChatons } from '../lib/offers/order.ts';

/** The offers the directory, the questionnaire and the home page list: published and not closed. */
export async function getListedOffers(): Promise<ProviderEntry[]> {
  return (await getOffers()).filter(isListed);
}
