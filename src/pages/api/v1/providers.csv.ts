/**
 * The published offers as CSV (ODbL 1.0), one row per offer, columns from lib/opendata/csv-columns.ts (documented on
 * the data page). Written by csv-stringify, so commas, quotes and line breaks inside values are quoted correctly;
 * UTF-8 with a byte order mark, so spreadsheet programs read the accents right.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getOffers } from '../../../astro/offers.ts';
import { csvRows } from '../../../lib/opendata/csv-columns.ts';

export const GET: APIRoute = async () => {
  const csv = stringify(csvRows(await getOffers()), { bom: true, record_delimiter: 'windows' });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
