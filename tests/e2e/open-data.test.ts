/**
 * Open data: the JSON export validates against its published schema (with ajv), the CSV has the documented columns
 * with correct quoting, and JSON, CSV, per-offer files and pages say the same. Also robots.txt and the sitemap.
 */
import { describe, expect, inject, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../src/lib/opendata/csv-columns.ts';
import { builtPages } from '../../scripts/harness/browser.ts';
import { realOffers } from './real-offers.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';

const base = inject('baseUrl');
const get = async (path: string) => {
  const r = await fetch(base + path);
  expect(r.status, path).toBe(200);
  return r;
};
const json = async <T,>(path: string) => (await (await get(path)).json()) as T;

interface Export {
  licence: string;
  generated: string;
  count: number;
  providers: ProviderEntry[];
}

describe('JSON export', () => {
  it('validates against the published export schema, which refuses a broken export', async () => {
    const [data, schema] = await Promise.all([json<Export>('/api/v1/providers.json'), json<object>('/api/v1/providers.schema.json')]);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.count).toBe(data.providers.length);
    const { generated: _g, ...noDate } = data;
    expect(validate(noDate)).toBe(false);
    const noId = { ...data, providers: data.providers.map(({ id: _id, ...p }) => p) };
    expect(validate(noId)).toBe(false);
    const extra = { ...data, providers: [{ ...data.providers[0], invented: 1 }] };
    expect(validate(extra)).toBe(false);
  });

  it('holds every published offer of the content, and each has its own file', async () => {
    const data = await json<Export>('/api/v1/providers.json');
    expect(data.providers.map((p) => p.id).sort()).toEqual(realOffers().map((p) => p.id).sort());
    for (const p of data.providers) expect(await json(`/api/v1/providers/${p.id}.json`)).toEqual(p);
  });
});

describe('CSV export', () => {
  it('has the documented columns, one row per offer, the same values as the JSON', async () => {
    const res = await get('/api/v1/providers.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await res.text(), { bom: true }) as string[][];
    const data = await json<Export>('/api/v1/providers.json');
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows.length - 1).toBe(data.count);
    const col = (name: string) => rows[0]!.indexOf(name);
    for (const [i, p] of data.providers.entries()) {
      const row = rows[i + 1]!;
      expect(row[col('id')]).toBe(p.id);
      expect(row[col('name')]).toBe(p.name);
      expect(row[col('website')]).toBe(p.website);
      // The price is JSON inside a CSV cell: commas and quotes survive the round trip.
      const price = row[col('price')]!;
      expect(p.price === 'unknown' ? price : JSON.parse(price)).toEqual(p.price);
      expect(row[col('sources')]!.split(' ')).toEqual(p.sources.flatMap((s) => (s.kind === 'measured' ? [] : [s.url])));
    }
  });
});

describe('pages agree with the exports', () => {
  it.each(['fr', 'en'])('every exported offer has its page in %s, titled with its name', async (lang) => {
    const data = await json<Export>('/api/v1/providers.json');
    for (const p of data.providers) {
      const html = await (await get(`/${lang}/providers/${p.id}/`)).text();
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
      expect(h1, p.id).toBe(p.name);
    }
  });
});

describe('robots.txt and sitemap', () => {
  it('robots.txt allows crawling and names the sitemap', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('the sitemap lists every page under a locale', async () => {
    const index = await (await get('/sitemap-index.xml')).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(maps.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (const m of maps) for (const l of (await (await get(m)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(l[1]!).pathname);
    const pages = builtPages().filter((p) => /^\/(fr|en)\//.test(p));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
  });
});
