/** The JSON Schema of an offer (generated from src/schemas/provider.ts by `npm run schema`), for data users. */
import type { APIRoute } from 'astro';
import schema from '../../../../schemas/provider.schema.json' with { type: 'json' };

export const GET: APIRoute = () =>
  new Response(JSON.stringify(schema, null, 1), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
