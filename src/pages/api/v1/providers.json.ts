/**
 * The published offers as JSON (ODbL 1.0), for other sites and for the widgets. Same data as the pages, with
 * each entry's sources, straight from the schema-checked collection.
 */
import type { APIRoute } from 'astro';
import { getOffers } from '../../../astro/offers.ts';
import { today } from '../../../env.ts';

export const GET: APIRoute = async () => {
  const offers = await getOffers();
  const body = {
    licence: 'ODbL-1.0',
    schema: `${import.meta.env.BASE_URL}api/v1/provider.schema.json`,
    /** The day of the build that wrote this file (see /api/v1/providers.schema.json). */
    generated: today(),
    count: offers.length,
    providers: offers,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
