/**
 * The columns of /api/v1/providers.csv, one row per offer, derived from the one schema: every field in schema
 * order, objects spread over one column per part (`audiences.families`, `imap_server.host`), lists as
 * space-separated codes, the price as its JSON (its shape depends on the model) plus the lowest yearly price.
 * "unknown" stays "unknown": it never means no. Each column's description is the field's help text, so the data
 * page documents the columns from the same dictionaries the contribution form uses.
 */
import { providerFields, serverSchema, UNKNOWN, type ProviderEntry } from '../../schemas/provider.ts';
import { helpKey } from '../content/field-help.ts';
import { lowestYearlyPrice } from '../offers/price.ts';
import { lastChecked } from '../offers/provenance.ts';

export interface CsvColumn {
  name: string;
  /** Dictionary key of its description. */
  help: string;
  value: (o: ProviderEntry) => string;
}

/** Fields that are no fact of the offer, or not one cell: notes are text in every locale, sources get a column. */
const LEFT_OUT = new Set(['draft', 'notes', 'sources']);
/** Object fields spread over one column per part, with their parts from the schema. */
const SPREAD: Record<string, readonly string[]> = {
  audiences: Object.keys(providerFields.audiences.shape),
  imap_server: Object.keys(serverSchema.shape),
  smtp_server: Object.keys(serverSchema.shape),
};

function cell(v: unknown): string {
  if (v === undefined || v === null) return UNKNOWN;
  if (Array.isArray(v)) return v.map(String).join(' ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function part(v: unknown, key: string): unknown {
  return v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : v;
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', help: 'data.csv.id', value: (o) => o.id },
  ...Object.keys(providerFields)
    .filter((f) => !LEFT_OUT.has(f))
    .flatMap((f): CsvColumn[] => {
      const parts = SPREAD[f];
      const get = (o: ProviderEntry) => (o as Record<string, unknown>)[f];
      if (!parts) return [{ name: f, help: helpKey([f]), value: (o) => cell(get(o)) }];
      return parts.map((p) => ({ name: `${f}.${p}`, help: helpKey([f, p]), value: (o) => cell(part(get(o), p)) }));
    }),
  { name: 'price_lowest_yearly', help: 'data.csv.lowestYearly', value: (o) => cell(lowestYearlyPrice(o.price) ?? UNKNOWN) },
  { name: 'last_checked', help: 'data.csv.lastChecked', value: (o) => cell(lastChecked(o)) },
  { name: 'sources', help: 'data.csv.sources', value: (o) => o.sources.map((s) => s.url).join(' ') },
];

/** The rows (header first) for a CSV writer. */
export function csvRows(offers: readonly ProviderEntry[]): string[][] {
  return [CSV_COLUMNS.map((c) => c.name), ...offers.map((o) => CSV_COLUMNS.map((c) => c.value(o)))];
}
