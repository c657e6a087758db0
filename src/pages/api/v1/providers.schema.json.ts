/** The JSON Schema of the full export (providers.json): the wrapper, and each entry as the provider schema plus id. */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../../node/export-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(exportJsonSchema(`${import.meta.env.BASE_URL}api/v1/provider.schema.json`), null, 1), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
