/**
 * The columns of /api/v1/providers.csv, one row per offer, derived from the one schema: every field in schema
 * order, objects spread over one column per part (`audiences.families`, `imap_server.host`), lists as
 * space-separated codes, the price as its JSON (its shape depends on the model) plus the lowest yearly price.
 * "unknown" stays "unknown": it never means no. Each column's description is the field's help text, so the data
 * page documents the columns from the same dictionaries the contribution form uses.
 */
import { isMeasured, providerFields, serverSchema, UNKNOWN, type ProviderEntry } from '../../schemas/provider.ts';
import { MECHANISMS, STORED_RULES } from '../../schemas/mail-names.ts';
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
  // One column per mechanism and per rule kept (`mail_security.spf`, `mail_security.rules.spf-or-dkim`).
  mail_security: [...MECHANISMS, ...STORED_RULES.map((r) => `rules.${r}`)],
};

function cell(v: unknown): string {
  if (v === undefined || v === null) return UNKNOWN;
  if (Array.isArray(v)) return v.map(String).join(' ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A part of an object value by its dotted path; "unknown" (or absent) stays unknown in every part. */
function part(v: unknown, key: string): unknown {
  return key.split('.').reduce((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : x), v);
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', help: 'data.csv.id', value: (o) => o.id },
  ...Object.keys(providerFields)
    .filter((f) => !LEFT_OUT.has(f))
    .flatMap((f): CsvColumn[] => {
      const parts = SPREAD[f];
      const get = (o: ProviderEntry) => (o as Record<string, unknown>)[f];
      if (!parts) return [{ name: f, help: helpKey([f]), value: (o) => cell(get(o)) }];
      return parts.map((p) => ({ name: `${f}.${p}`, help: helpKey([f, ...p.split('.')]), value: (o) => cell(part(get(o), p)) }));
    }),
  { name: 'price_lowest_yearly', help: 'data.csv.lowestYearly', value: (o) => cell(lowestYearlyPrice(o.price) ?? UNKNOWN) },
  { name: 'last_checked', help: 'data.csv.lastChecked', value: (o) => cell(lastChecked(o)) },
  // Pages only: a measured source has no URL (its date counts in last_checked; the tool is in the JSON export).
  { name: 'sources', help: 'data.csv.sources', value: (o) => o.sources.flatMap((s) => (isMeasured(s) ? [] : [s.url])).join(' ') },
];

/** The rows (header first) for a CSV writer. */
export function csvRows(offers: readonly ProviderEntry[]): string[][] {
  return [CSV_COLUMNS.map((c) => c.name), ...offers.map((o) => CSV_COLUMNS.map((c) => c.value(o)))];
}
