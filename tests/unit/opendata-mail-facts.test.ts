/**
 * The open data and the editors' JSON Schema with the mail facts: the CSV spreads the measured verdicts over one
 * column per mechanism and rule ("unknown" when not measured, never empty), lists only page URLs as sources, and the
 * generated JSON Schema accepts a measured source (no URL) while refusing one without its tool. Fictional offers.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildProvider, KNOWN_FACTS } from '../../scripts/harness/fictional.ts';
import { CSV_COLUMNS, csvRows } from '../../src/lib/opendata/csv-columns.ts';
import { MECHANISMS } from '../../src/lib/mailcheck/contract.ts';
import { providerJsonSchema } from '../../src/node/json-schema.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';

const plain = buildProvider(1, KNOWN_FACTS, ['2026-10']);
const measured: ProviderEntry = {
  ...buildProvider(2, KNOWN_FACTS, ['2026-10']),
  mail_domains: ['fictif-002.example'],
  mail_security: { mx: 'pass', spf: 'warn', dkim: 'not-checked', rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'not-met' } },
};
measured.sources = [
  { ...measured.sources[0]!, backs: [...measured.sources[0]!.backs, 'mail_domains'] },
  { id: 'check-mail', kind: 'measured', tool: 'degmail check:mail 0.1.0', checked: '2026-11-20', backs: ['mail_security'] },
];

describe('the CSV export', () => {
  const [header, ...rows] = csvRows([plain, measured]);
  const cell = (row: string[], name: string) => row[header!.indexOf(name)];

  it('has a column for the mail domains and one per mechanism and rule, each described', () => {
    const names = ['mail_domains', ...MECHANISMS.map((m) => `mail_security.${m}`), 'mail_security.rules.spf-or-dkim', 'mail_security.rules.forward-reverse-dns'];
    for (const n of names) expect(header, n).toContain(n);
    expect(CSV_COLUMNS.find((c) => c.name === 'mail_security.rules.spf-or-dkim')?.help).toBe('field.mail_security.rules.spf-or-dkim.help');
  });

  it('writes the measured verdicts, and "unknown" wherever nothing was measured', () => {
    expect(MECHANISMS.map((m) => cell(rows[0]!, `mail_security.${m}`))).toEqual(MECHANISMS.map(() => 'unknown'));
    expect(cell(rows[0]!, 'mail_domains')).toBe('unknown');
    expect(cell(rows[1]!, 'mail_domains')).toBe('fictif-002.example');
    expect(MECHANISMS.map((m) => cell(rows[1]!, `mail_security.${m}`))).toEqual(['pass', 'warn', 'not-checked', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(cell(rows[1]!, 'mail_security.rules.forward-reverse-dns')).toBe('not-met');
  });

  it('lists page URLs as sources, and dates the row with the measurement too', () => {
    expect(cell(rows[1]!, 'sources')).toBe('https://fictif-002.example/source-1');
    expect(cell(rows[1]!, 'last_checked')).toBe('2026-11-20');
  });
});

describe('the JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(providerJsonSchema()) as object);
  const { id: _id, ...entry } = measured;

  it('accepts measured facts and their source, which has no URL', () => {
    expect(validate(entry) ? [] : validate.errors).toEqual([]);
  });

  it('refuses a measured source without its tool, a page source without its URL, and an unknown mechanism', () => {
    const [page, source] = entry.sources.map((s) => ({ ...s }) as Record<string, unknown>) as [Record<string, unknown>, Record<string, unknown>];
    const { tool: _tool, ...noTool } = source;
    const { url: _url, ...noUrl } = page;
    expect(validate({ ...entry, sources: [page, noTool] })).toBe(false);
    expect(validate({ ...entry, sources: [noUrl, source] })).toBe(false);
    expect(validate({ ...entry, mail_security: { bimi: 'pass' } })).toBe(false);
  });
});
