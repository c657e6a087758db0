/**
 * The contribution form's state (src/lib/content/contribute-values.ts) and its table of fields
 * (src/lib/content/contribute-fields.ts): an entry shown in the form and read back is the same entry (with every
 * field written), the blank form is a valid entry once named, every fact has a control and a label and an
 * explanation in both languages, and the ways to send never carry the file in a link.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { checkProviders } from '../../src/lib/content/check.ts';
import { checkEntry } from '../../src/lib/content/contribute-issues.ts';
import { blankEntry, blankValues, entryToValues, parseNumber, rowCount, valuesToEntry } from '../../src/lib/content/contribute-values.ts';
import { acceptsUnknown, factChoices, factKind, PRICE_MODELS, TIER_KEYS } from '../../src/lib/content/contribute-fields.ts';
import { fileIdFromName, mailtoHref, repositoryFileUrl, repositoryFolderUrl } from '../../src/lib/content/contribute-send.ts';
import { contributeDictionary } from '../../src/lib/content/contribute-dict.ts';
import { helpKey } from '../../src/lib/content/field-help.ts';
import { FORM_FACTS } from '../../src/components/contribute/form-groups.ts';
import { FACT_FIELDS, MEASURED_FIELDS, providerFields } from '../../src/schemas/provider.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { generateProviders } from '../../scripts/harness/fictional.ts';
import { written } from '../fixtures/contribute-written.ts';

const dir = 'content/providers';
const real = checkProviders(fs.readdirSync(dir).sort().map((f) => ({ path: `${dir}/${f}`, text: fs.readFileSync(`${dir}/${f}`, 'utf8') }))).entries;

describe('form state ↔ entry', () => {
  it.each(real.map((e) => [e.id, e] as const))('%s reads back from the form as written, every field in the schema’s order', (_id, e) => {
    const back = valuesToEntry(entryToValues(e as unknown as Record<string, unknown>));
    expect(back).toEqual(written(e));
    expect(Object.keys(back)).toEqual(Object.keys(providerFields).filter((k) => k in back));
    expect(checkEntry(back)).toEqual([]);
  });

  it('so do 300 fictional entries', () => {
    for (const e of generateProviders(300, 11)) expect(valuesToEntry(entryToValues(e as unknown as Record<string, unknown>)), e.id).toEqual(written(e));
  });

  it('the blank form is every fact unknown, a draft, valid once named', () => {
    const blank = blankEntry();
    expect(valuesToEntry(blankValues())).toEqual(blank);
    expect(blank).toMatchObject({ name: '', website: '', draft: true, chatons: 'unverified', chatons_page: 'unknown', price: 'unknown', sources: [] });
    for (const f of FACT_FIELDS) if (f !== 'chatons') expect(f === 'audiences' ? Object.values(blank.audiences as object) : [blank[f]], f).toEqual(f === 'audiences' ? ['unknown', 'unknown', 'unknown', 'unknown'] : ['unknown']);
    expect(checkEntry(blank).map((p) => p.anchor)).toEqual(['name', 'website']);
    expect(checkEntry({ ...blank, name: 'X', website: 'https://x.example/' })).toEqual([]);
  });

  it('reads numbers as people type them, and leaves the rest for the schema to refuse', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('-4.49')).toBe(-4.49);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('5 Go')).toBe('5 Go');
    expect(parseNumber('')).toBe('');
    expect(rowCount({ 'sources.0.url': ['a'], 'sources.3.url': ['b'], 'notes.1.fr': [''] }, 'sources')).toBe(4);
    const v = { ...blankValues(), name: ['X'], website: ['https://x.example/'], 'quota_gb.unknown': [], quota_gb: ['2,5'], 'support_languages.unknown': [], support_languages: ['FR, en ;nl'] };
    expect(valuesToEntry(v)).toMatchObject({ quota_gb: 2.5, support_languages: ['fr', 'en', 'nl'] });
    // "Unknown" ticked wins over what was typed.
    expect(valuesToEntry({ ...v, 'quota_gb.unknown': ['on'] }).quota_gb).toBe('unknown');
  });
});

describe('the table of fields', () => {
  it('puts every fact in exactly one section of the form', () => {
    // Measured facts are written by the check, not typed: the form carries them through, without a control.
    expect([...FORM_FACTS].sort()).toEqual(FACT_FIELDS.filter((f) => !(MEASURED_FIELDS as readonly string[]).includes(f)).sort());
    expect(new Set(FORM_FACTS).size).toBe(FORM_FACTS.length);
  });

  it('offers "unknown" on every fact (membership: unverified), and reads choices from the schema', () => {
    for (const f of FACT_FIELDS) expect(acceptsUnknown(f) || f === 'chatons' || f === 'audiences', f).toBe(true);
    expect(acceptsUnknown('chatons_page')).toBe(true);
    expect(acceptsUnknown('name')).toBe(false);
    expect(factChoices('imap')).toEqual(['yes', 'no']);
    expect(factChoices('chatons')).toEqual(['member', 'unverified', 'not-member']);
    expect(factChoices('country')).toContain('FR');
    for (const f of FACT_FIELDS) if (factKind(f) === 'tri') expect(factChoices(f), f).toEqual(['yes', 'no']);
    expect(PRICE_MODELS.map((m) => m.model)).toEqual(['free', 'membership', 'subscription', 'pay-what-you-can', 'pack', 'tiered']);
    expect(PRICE_MODELS.find((m) => m.model === 'membership')!.keys.find((k) => k.key === 'period')!.choices).toEqual(['year', 'once']);
    expect(PRICE_MODELS.find((m) => m.model === 'pack')!.keys.map((k) => `${k.key}${k.optional ? '?' : ''}`)).toEqual(['amount', 'period', 'accounts', 'membership_included?']);
    expect(TIER_KEYS.map((k) => `${k.key}${k.optional ? '?' : ''}`)).toEqual(['up_to_gb?', 'per_gb']);
  });

  it.each(LOCALE_CODES)('has a label and an explanation for every control in %s', (lang) => {
    const d = DICTIONARIES[lang] as Record<string, string>;
    const paths = [
      ...Object.keys(providerFields).filter((k) => k !== 'draft').map((k) => [k]),
      ...['individuals', 'families', 'associations', 'professionals'].map((a) => ['audiences', a]),
      ...['host', 'port', 'security'].map((k) => ['imap_server', k]),
      ...PRICE_MODELS.flatMap((m) => m.keys.map((k) => ['price', k.key])),
      ['price', 'model'],
      ...TIER_KEYS.map((k) => ['price', 'tiers', k.key]),
      ...['id', 'url', 'title', 'checked', 'secondary', 'backs'].map((k) => ['sources', k]),
      ['notes', 'source'],
    ];
    for (const p of paths) {
      expect(d[helpKey(p)], helpKey(p)).toBeTruthy();
      const label =
        p[0] === 'audiences' && p.length > 1 ? `audience.${p[1]}`
        : p[0] === 'imap_server' && p.length > 1 ? `field.server.${p[1]}`
        : p.join('.') === 'sources' ? 'offer.section.sources'
        : `field.${p.join('.')}`;
      expect(d[label], label).toBeTruthy();
    }
  });

  it('gives the page’s script only what it writes', () => {
    const dict = contributeDictionary(DICTIONARIES.en, DICTIONARIES.fr);
    expect(dict['contribute.error.needsSource']).toBe(DICTIONARIES.en['contribute.error.needsSource']);
    expect(dict['contribute.sources.legend']).toBeTruthy();
    expect(dict['contribute.title']).toBeUndefined();
    expect(Object.keys(dict).every((k) => k.startsWith('contribute.'))).toBe(true);
  });
});

describe('sending', () => {
  it('names a new file after the offer, as the build derives ids', () => {
    expect(fileIdFromName('L’Été Libre (mail)')).toBe('l-ete-libre-mail');
    expect(fileIdFromName('Chaton fictif 042')).toBe('chaton-fictif-042');
    expect(fileIdFromName('')).toBe('offer');
    expect(fileIdFromName('x'.repeat(100)).length).toBeLessThanOrEqual(60);
  });

  it('writes a short e-mail that asks for the file as an attachment, never the file itself', () => {
    const body = DICTIONARIES.fr['contribute.mail.body']!.replace('{{file}}', 'nubo.yaml');
    const href = mailtoHref('contact@degmail.example', 'Fiche pour degmail : Nubo', body);
    expect(href.startsWith('mailto:contact@degmail.example?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('nubo.yaml');
    expect(href.length).toBeLessThan(400);
    expect(decodeURIComponent(href)).not.toMatch(/yaml-language-server|sources:/);
  });

  it('links the repository folder, or the offer’s own file', () => {
    expect(repositoryFolderUrl('https://git.example/degmail/degmail/')).toBe('https://git.example/degmail/degmail/src/branch/main/content/providers/');
    expect(repositoryFileUrl('https://git.example/degmail/degmail', 'nubo')).toBe('https://git.example/degmail/degmail/src/branch/main/content/providers/nubo.yaml');
  });
});
