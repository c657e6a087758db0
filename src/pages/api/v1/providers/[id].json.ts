/**
 * One published offer as JSON (`/api/v1/providers/<id>.json`, ODbL 1.0): the entry exactly as the full export
 * (providers.json) gives it. The contribution form reads it to prefill a correction.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOffers } from '../../../../astro/offers.ts';
import type { ProviderEntry } from '../../../../schemas/provider.ts';

export const getStaticPaths = (async () => (await getOffers()).map((offer) => ({ params: { id: offer.id }, props: { offer } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { offer } = props as { offer: ProviderEntry };
  return new Response(JSON.stringify(offer, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
