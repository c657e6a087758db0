/**
 * The contribution form's YAML (src/lib/content/yaml-emit.ts): what it writes, js-yaml (the build's parser) reads back
 * exactly, for every real entry, hundreds of fictional ones and arbitrary text, and the file passes the build's
 * checker. The blank template (src/lib/content/yaml-template.ts) parses to the blank entry in every language.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import jsyaml from 'js-yaml';
import fc from 'fast-check';
import { checkProviders } from '../../src/lib/content/check.ts';
import { emitYaml, SCHEMA_LINE, scalarString } from '../../src/lib/content/yaml-emit.ts';
import { templateYaml } from '../../src/lib/content/yaml-template.ts';
import { blankEntry } from '../../src/lib/content/contribute-values.ts';
import { generateProviders } from '../../scripts/harness/fictional.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';

const dir = 'content/providers';
const real = checkProviders(fs.readdirSync(dir).sort().map((f) => ({ path: `${dir}/${f}`, text: fs.readFileSync(`${dir}/${f}`, 'utf8') }))).entries;
const fictional = generateProviders(300, 7);
const withoutId = ({ id: _id, ...rest }: ProviderEntry) => rest as Record<string, unknown>;

/** Emits an entry and checks it as the build would, as content/providers/<id>.yaml. */
function roundTrip(entry: ProviderEntry) {
  const text = emitYaml(withoutId(entry));
  const checked = checkProviders([{ path: `content/providers/${entry.id}.yaml`, text }]);
  return { text, parsed: jsyaml.load(text), errors: checked.errors, entry: checked.entries[0] };
}

describe('the YAML emitter', () => {
  it('reads the real content', () => {
    expect(real.length).toBeGreaterThan(10);
  });

  it.each(real.map((e) => [e.id, e] as const))('round-trips the real entry %s and passes the checker', (_id, entry) => {
    const r = roundTrip(entry);
    expect(r.parsed).toEqual(withoutId(entry));
    expect(r.errors).toEqual([]);
    expect(r.entry).toEqual(entry);
  });

  it('round-trips 300 fictional entries, each passing the checker', () => {
    for (const entry of fictional) {
      const r = roundTrip(entry);
      expect(r.parsed, entry.id).toEqual(withoutId(entry));
      expect(r.errors, entry.id).toEqual([]);
    }
  });

  it('writes the shape of the content files: schema line, quoted dates and yes/no, inline short lists', () => {
    const nubo = real.find((e) => e.id === 'nubo')!;
    const text = emitYaml(withoutId(nubo));
    const lines = text.split('\n');
    expect(lines[0]).toBe(SCHEMA_LINE);
    expect(lines[0]).toBe('# yaml-language-server: $schema=../../schemas/provider.schema.json');
    expect(text.endsWith('\n')).toBe(true);
    for (const l of lines.filter((x) => /^\s*checked:/.test(x))) expect(l).toMatch(/checked: "\d{4}-\d{2}(-\d{2})?"$/);
    expect(text).toMatch(/^aliases: "yes"$/m);
    expect(text).toMatch(/^support_languages: \[[a-z, ]+\]$/m);
    expect(text).toMatch(/^sources:\n {2}- id: /m);
    expect(text).toMatch(/^ {4}backs: \[/m);
    // Every field of the entry is written, in the entry's order.
    expect(lines.filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0])).toEqual(Object.keys(withoutId(nubo)));
  });

  it('quotes whatever YAML could read as something else', () => {
    for (const s of ['yes', 'No', 'on', 'true', 'null', '~', '', ' x', 'x ', '2026-03', '12', '1e3', '.5', '#x', 'a: b', 'a #b', '- x', '[x]', '{x}', '*x', '&x', '!x', '%x', '@x', '`x', '"x"', "'x'", '|', '>', '?', ':', 'x\ny', 'é', 'x.']) {
      expect(jsyaml.load(`k: ${scalarString(s)}`), JSON.stringify(s)).toEqual({ k: s });
      expect(jsyaml.load(`k: [${scalarString(s, true)}]`), JSON.stringify(s)).toEqual({ k: [s] });
    }
    expect(scalarString('unknown')).toBe('unknown');
    expect(scalarString('https://nubo.coop/fr/faq/')).toBe('https://nubo.coop/fr/faq/');
    expect(scalarString('https://nubo.coop/fr/faq/', true)).toBe('"https://nubo.coop/fr/faq/"');
  });

  it('round-trips any text, any number and nested lists (property)', () => {
    const text = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 }), fc.webUrl());
    const value = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.array(anyText, { maxLength: 4 }));
    // Keys: words, and any text at all (quoted when needed).
    const key = fc.oneof(fc.stringMatching(/^[a-z][a-z_]{0,11}$/), anyText.filter((k) => k !== '__proto__'));
    const map = (min: number) => fc.dictionary(key, value, { minKeys: min, maxKeys: 3, noNullPrototype: true });
    const entry = fc.dictionary(key, fc.oneof(value, map(0), fc.array(map(1), { maxLength: 3 })), { noNullPrototype: true });
    fc.assert(fc.property(entry, (e) => {
      expect(jsyaml.load(emitYaml(e)) ?? {}).toEqual(e);
    }), { numRuns: 400 });
    for (const n of [-0, 0, 1e21, -1e-7, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity]) expect(jsyaml.load(emitYaml({ n }))).toEqual({ n });
  });
});

describe('the blank template', () => {
  it.each(LOCALE_CODES)('in %s parses to the blank entry, comments in that language on every field', (lang) => {
    const t = useTranslations(lang);
    const text = templateYaml({ t, lang, email: 'contact@degmail.example', repositoryUrl: 'https://git.example/degmail/degmail', formUrl: `http://localhost:4321/${lang}/contribute/`, today: '2026-11-30' });
    expect(text.split('\n')[0]).toBe(SCHEMA_LINE);
    expect(jsyaml.load(text)).toEqual(blankEntry());
    expect(text).toContain(t('field.quota_gb.help').split(' ').slice(0, 4).join(' '));
    expect(text).toContain('contact@degmail.example');
    // Every top-level key has its explanation just above it.
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      if (/^[a-z_]+:/.test(l)) expect(lines[i - 1], l).toMatch(/^#/);
    });
    expect(text).not.toContain('{{');
  });

  it('once named and given a source for what is filled in, passes the checker', () => {
    const t = useTranslations('fr');
    const text = templateYaml({ t, lang: 'fr', email: 'a@b.example', repositoryUrl: 'https://git.example/x', formUrl: 'http://localhost/fr/contribute/', today: '2026-11-30' })
      .replace('name: ""', 'name: Chaton du test')
      .replace('website: ""', 'website: https://chaton-du-test.example/')
      .replace('city: unknown', 'city: Rennes')
      .replace('sources: []', 'sources:\n  - id: accueil\n    url: https://chaton-du-test.example/\n    title: Accueil\n    checked: "2026-11"\n    backs: [city]');
    expect(checkProviders([{ path: 'content/providers/chaton-du-test.yaml', text }]).errors).toEqual([]);
  });
});
