/**
 * The contribution form's error messages (src/lib/content/contribute-issues.ts): every kind of error the schema
 * raises, on broken entries, becomes a dictionary key with a real text in both languages, placed on the form control
 * it is about; zod's English never shows. Known cases get the message that helps.
 */
import { describe, expect, it } from 'vitest';
import { checkEntry, type FieldProblem } from '../../src/lib/content/contribute-issues.ts';
import { providerSchema, type ProviderEntry } from '../../src/schemas/provider.ts';
import { buildProvider, KNOWN_FACTS } from '../../scripts/harness/fictional.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

type Entry = Record<string, unknown>;
const base = (() => {
  const { id: _id, ...rest } = buildProvider(1, { ...KNOWN_FACTS, price: { model: 'pack', amount: 50, period: 'year', accounts: 10, membership_included: true } }, ['2025-09', '2026-03-15']) as ProviderEntry;
  rest.sources[0]!.backs.push('status', 'latitude', 'longitude');
  return { ...rest, status: 'active', latitude: 48.5, longitude: 7.7, chatonsinfos: 'https://fictif-001.example/chatonsinfos.properties', notes: [{ fr: 'Une note.', en: 'A note.', source: 'source-1' }] } as Entry;
})();

/** A copy of the base entry with `path` set to `value` (undefined deletes it). */
function broken(path: (string | number)[], value: unknown, from: Entry = base): Entry {
  const e = structuredClone(from);
  let at: Record<PropertyKey, unknown> = e;
  for (const k of path.slice(0, -1)) at = at[k] as Record<PropertyKey, unknown>;
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return e;
}

const tiered = broken(['price'], { model: 'tiered', amount: 2.5, period: 'month', base_quota_gb: 5, tiers: [{ up_to_gb: 10, per_gb: 0.5 }, { per_gb: 0.1 }] });

/** Broken entries: every field with wrong values of every type. */
const CASES: [string, Entry][] = [];
const BAD = ['', 'x', -1, 0, 1.5, 1e9, true, null, [], ['x'], {}, { a: 1 }];
for (const key of Object.keys(base)) for (const v of BAD) CASES.push([`${key} = ${JSON.stringify(v)}`, broken([key], v)]);
for (const key of ['individuals', 'families']) for (const v of BAD) CASES.push([`audiences.${key} = ${JSON.stringify(v)}`, broken(['audiences', key], v)]);
for (const key of ['host', 'port', 'security']) for (const v of [...BAD, 0, 70000, 'mail.x']) CASES.push([`imap_server.${key} = ${JSON.stringify(v)}`, broken(['imap_server', key], v)]);
for (const key of ['model', 'amount', 'period', 'accounts', 'membership_included', 'extra']) for (const v of BAD) CASES.push([`price.${key} = ${JSON.stringify(v)}`, broken(['price', key], v)]);
for (const key of ['up_to_gb', 'per_gb']) for (const v of BAD) CASES.push([`tiers.0.${key} = ${JSON.stringify(v)}`, broken(['price', 'tiers', 0, key], v, tiered)]);
for (const key of ['id', 'url', 'title', 'checked', 'secondary', 'backs', 'extra'])
  for (const v of [...BAD, 'ftp://x.example/', '2099-01', '2026-02-30', '1800-01', '26-01', ['nope'], ['price', 'price']]) CASES.push([`sources.0.${key} = ${JSON.stringify(v)}`, broken(['sources', 0, key], v)]);
for (const key of ['fr', 'en', 'source', 'de']) for (const v of [...BAD, 'nope']) CASES.push([`notes.0.${key} = ${JSON.stringify(v)}`, broken(['notes', 0, key], v)]);
for (const v of [['fr', 'FRA'], ['email', 'fax'], 'fr']) CASES.push([`lists = ${JSON.stringify(v)}`, { ...base, support_languages: v, support_channels: v, extra_services: v }]);
CASES.push(['in person help refused while listed', { ...base, in_person_help: 'no', support_channels: ['in-person'] }]);
CASES.push(['a known fact without a source', { ...base, sources: [] }]);
CASES.push(['a duplicate source id', broken(['sources', 1, 'id'], 'source-1')]);
CASES.push(['an unknown top-level field', { ...base, colour: 'blue' }]);

const ts = Object.fromEntries(LOCALE_CODES.map((l) => [l, makeT(DICTIONARIES[l])]));

describe('error messages', () => {
  it('the base entry is valid, and every broken one is not', () => {
    expect(checkEntry(base)).toEqual([]);
    expect(checkEntry(tiered)).toEqual([]);
    expect(CASES.length).toBeGreaterThan(300);
  });

  it('cover every kind of issue zod raises on these entries', () => {
    const codes = new Set<string>();
    const walk = (issues: { code: string; errors?: { code: string }[][] }[]) =>
      issues.forEach((i) => {
        codes.add(i.code);
        i.errors?.forEach((b) => walk(b));
      });
    for (const [, e] of CASES) {
      const r = providerSchema.safeParse(e);
      if (!r.success) walk(r.error.issues as never);
    }
    expect([...codes].sort()).toEqual(['custom', 'invalid_format', 'invalid_type', 'invalid_union', 'invalid_value', 'too_big', 'too_small', 'unrecognized_keys']);
  });

  it.each(LOCALE_CODES)('are dictionary texts in %s, never zod’s words, each on a control of the form', (lang) => {
    const t = ts[lang]!;
    const generic: string[] = [];
    for (const [name, e] of CASES) {
      const r = providerSchema.safeParse(e);
      const problems = checkEntry(e);
      if (r.success) {
        expect(problems, name).toEqual([]);
        continue;
      }
      expect(problems.length, name).toBeGreaterThan(0);
      const zodTexts = new Set(r.error.issues.map((i) => i.message));
      for (const p of problems) {
        const text = t(p.key, p.vars);
        expect(DICTIONARIES[lang][p.key], `${name}: ${p.key}`).toBeTruthy();
        expect(text, name).not.toMatch(/\{\{|^contribute\./);
        expect(zodTexts.has(text), name).toBe(false);
        expect(text, name).not.toMatch(/Invalid input|expected|received/);
        expect(p.anchor, name).toMatch(/^[a-z_]+(\.[a-z0-9_-]+)*$/);
        if (p.key === 'contribute.error.invalid') generic.push(`${name} → ${p.anchor}`);
      }
    }
    // The generic message is kept for whole structures of the wrong type (a list written as text…).
    for (const g of generic) expect(g).toMatch(/→ (audiences|sources|notes|price\.[a-z-]+\.tiers(\.\d+)?|sources\.\d+|notes\.\d+)$/);
  });

  const one = (e: Entry): FieldProblem[] => checkEntry(e);
  const at = (e: Entry, anchor: string) => one(e).find((p) => p.anchor === anchor);

  it('say what helps, at the right control', () => {
    expect(at(broken(['city'], ''), 'city')?.key).toBe('contribute.error.empty');
    expect(at(broken(['name'], ''), 'name')?.key).toBe('contribute.error.required');
    expect(at(broken(['website'], 'http://x.example/'), 'website')?.key).toBe('contribute.error.https');
    expect(at(broken(['founded'], 1800), 'founded')?.key).toBe('contribute.error.year');
    expect(at(broken(['quota_gb'], 0), 'quota_gb')?.key).toBe('contribute.error.positive');
    expect(at(broken(['quota_gb'], 'lots'), 'quota_gb')?.key).toBe('contribute.error.number');
    expect(at(broken(['latitude'], 100), 'latitude')).toMatchObject({ key: 'contribute.error.max', vars: { max: 90 } });
    expect(at(broken(['price', 'amount'], -2), 'price.pack.amount')).toMatchObject({ key: 'contribute.error.min', vars: { min: 0 } });
    expect(at(broken(['price', 'accounts'], 2.5), 'price.pack.accounts')?.key).toBe('contribute.error.integer');
    expect(at(broken(['price', 'model'], 'gratis'), 'price.model')?.key).toBe('contribute.error.choice');
    expect(at(broken(['price', 'tiers', 1, 'per_gb'], 'x', tiered), 'price.tiered.tiers.1.per_gb')?.key).toBe('contribute.error.euros');
    expect(at(broken(['imap_server', 'host'], 'https://mail.x/'), 'imap_server.host')?.key).toBe('contribute.error.host');
    expect(at(broken(['imap_server', 'port'], 70000), 'imap_server.port')).toMatchObject({ key: 'contribute.error.max', vars: { max: 65535 } });
    expect(at(broken(['support_languages'], ['fr', 'FRA']), 'support_languages')).toMatchObject({ key: 'contribute.error.language', vars: { code: 'FRA' } });
    expect(at(broken(['support_channels'], []), 'support_channels')?.key).toBe('contribute.error.listEmpty');
    expect(at(broken(['contact'], 'nope'), 'contact')?.key).toBe('contribute.error.contact');
    expect(at(broken(['sources', 0, 'checked'], '2099-01'), 'sources.0.checked')?.key).toBe('contribute.error.dateFuture');
    expect(at(broken(['sources', 0, 'checked'], '2026-02-30'), 'sources.0.checked')?.key).toBe('contribute.error.dateReal');
    expect(at(broken(['sources', 0, 'checked'], '1800-01'), 'sources.0.checked')).toMatchObject({ key: 'contribute.error.dateYears', vars: { min: 1900, max: 2199 } });
    expect(at(broken(['sources', 0, 'checked'], '26-01'), 'sources.0.checked')?.key).toBe('contribute.error.dateFormat');
    expect(at(broken(['sources', 0, 'url'], 'ftp://x.example/'), 'sources.0.url')?.key).toBe('contribute.error.url');
    expect(at(broken(['sources', 0, 'backs'], []), 'sources.0.backs')?.key).toBe('contribute.error.backs');
    expect(at(broken(['sources', 0, 'backs'], ['nope']), 'sources.0.backs')).toMatchObject({ key: 'contribute.error.backsField', vars: { name: 'nope' } });
    expect(at(broken(['sources', 1, 'id'], 'source-1'), 'sources.1.id')).toMatchObject({ key: 'contribute.error.sourceIdTaken', vars: { id: 'source-1' } });
    expect(at(broken(['notes', 0, 'source'], 'nope'), 'notes.0.source')?.key).toBe('contribute.error.noteSource');
    expect(at({ ...base, in_person_help: 'no', support_channels: ['in-person'] }, 'in_person_help')?.key).toBe('contribute.error.inPerson');
    expect(at({ ...base, colour: 'blue' }, 'colour')).toMatchObject({ key: 'contribute.error.unknownField', vars: { name: 'colour' } });
    expect(at(broken(['country'], undefined), 'country')?.key).toBe('contribute.error.missing');
  });

  it('name every known fact without a source at once, even while other fields are wrong', () => {
    const e = { ...base, name: '', sources: [], load: 'unknown' };
    const problems = one(e);
    expect(problems.find((p) => p.anchor === 'name')?.key).toBe('contribute.error.required');
    const unsourced = problems.filter((p) => p.key === 'contribute.error.needsSource').map((p) => p.anchor);
    expect(unsourced).toContain('city');
    expect(unsourced).toContain('price');
    expect(unsourced).not.toContain('load');
  });
});
