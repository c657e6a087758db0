/**
 * The real provider files (content/providers) and the fictional ones for end-to-end tests
 * (tests/fixtures/content/providers) against the schema and the project's content rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { providerFields, type ProviderEntry } from '../../src/schemas/provider.ts';
import { today } from '../../src/env.ts';
import { providerJsonSchema, SCHEMA_PATH } from '../../src/node/json-schema.ts';
import { validateContentDir } from '../../src/node/content-files.ts';
import { helpKey } from '../../src/lib/content/field-help.ts';
import { frenchTypographyProblems } from '../../src/lib/shared/typography.ts';

import { ROOT } from '../../src/node/paths.ts';
const DIRS = { real: 'content', fixtures: 'tests/fixtures/content' } as const;
const LINK_FIELDS = ['website', 'chatons_page', 'signup_url', 'docs_url'] as const;

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir, 'providers'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

async function load(dir: string): Promise<ProviderEntry[]> {
  const { entries, errors } = await validateContentDir(path.join(ROOT, dir));
  expect(errors).toEqual([]);
  return entries;
}

describe.each(Object.entries(DIRS))('%s provider files', (kind, dir) => {
  it('all pass the schema and the cross-file checks', async () => {
    const entries = await load(dir);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries).toHaveLength(yamlFiles(dir).length);
  });

  it('have a lower-case, dashed file name and point editors at the JSON Schema on their first line', () => {
    const depth = dir.split('/').length + 1;
    for (const file of yamlFiles(dir)) {
      expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
      const first = readFileSync(path.join(ROOT, dir, 'providers', file), 'utf8').split('\n')[0];
      expect(first, file).toBe(`# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/provider.schema.json`);
    }
  });

  it('write every field, "unknown" included, so a maintainer sees what is missing', () => {
    // Every fact, and the entry's name and website; the notes, the draft flag and the ChatonsInfos link may be left out.
    const required = Object.keys(providerFields).filter((k) => !['notes', 'draft', 'chatonsinfos'].includes(k));
    for (const file of yamlFiles(dir)) {
      const raw = parseYaml(readFileSync(path.join(ROOT, dir, 'providers', file), 'utf8')) as Record<string, unknown>;
      expect(required.filter((k) => !(k in raw)), file).toEqual([]);
    }
  });

  it('give every CHATONS member a chatons.org page or a source backing its membership', async () => {
    for (const e of await load(dir)) {
      if (e.chatons !== 'member') continue;
      const page = e.chatons_page !== undefined && e.chatons_page !== 'unknown';
      const backed = e.sources.some((s) => s.backs.includes('chatons'));
      expect(page || backed, e.id).toBe(true);
    }
  });

  it('use http(s) for every source and https for every link', async () => {
    for (const e of await load(dir)) {
      for (const s of e.sources) if (s.kind !== 'measured') expect(new URL(s.url).protocol, `${e.id} ${s.id}`).toMatch(/^https?:$/);
      for (const field of LINK_FIELDS) {
        const v = e[field];
        if (v !== undefined && v !== 'unknown') expect(new URL(v).protocol, `${e.id} ${field}`).toBe('https:');
      }
    }
  });

  it('have no date after today', async () => {
    const now = today();
    for (const e of await load(dir)) for (const s of e.sources) expect(s.checked <= now.slice(0, s.checked.length), `${e.id} ${s.id}`).toBe(true);
  });

  it('give every note a source of the same file, in French and English', async () => {
    for (const e of await load(dir)) {
      const ids = new Set(e.sources.map((s) => s.id));
      for (const n of e.notes ?? []) {
        expect(ids.has(n.source), `${e.id} note → ${n.source}`).toBe(true);
        expect(n.fr.trim() && n.en.trim()).toBeTruthy();
      }
    }
  });

  if (kind === 'real') {
    it('quote every date, so YAML never turns one into a Date', () => {
      for (const file of yamlFiles(dir)) {
        const text = readFileSync(path.join(ROOT, dir, 'providers', file), 'utf8');
        for (const line of text.split('\n').filter((l) => /^\s*checked:/.test(l))) expect(line, file).toMatch(/checked: "\d{4}-\d{2}(-\d{2})?"$/);
      }
    });

    it('leave `load` unknown: no source says whether an offer takes newcomers', async () => {
      for (const e of await load(dir)) expect(e.load, e.id).toBe('unknown');
    });

    it('never use a fictional .example host', async () => {
      for (const e of await load(dir)) expect(new URL(e.website).hostname.endsWith('.example'), e.id).toBe(false);
    });
  } else {
    it('are clearly fictional (websites and sources on .example)', async () => {
      for (const e of await load(dir)) {
        expect(new URL(e.website).hostname, e.id).toMatch(/\.example$/);
        for (const s of e.sources) if (s.kind !== 'measured') expect(new URL(s.url).hostname, `${e.id} ${s.id}`).toMatch(/\.example$/);
      }
    });

    it('cover every price model, an unknown price, every CHATONS status and unknown facts', async () => {
      const entries = await load(dir);
      const models = new Set(entries.map((e) => (e.price === 'unknown' ? 'unknown' : e.price.model)));
      expect([...models].sort()).toEqual(['free', 'membership', 'pack', 'pay-what-you-can', 'subscription', 'tiered', 'unknown']);
      expect(new Set(entries.map((e) => e.chatons))).toEqual(new Set(['member', 'unverified', 'not-member']));
      expect(entries.some((e) => e.quota_gb === 'unknown' && e.imap === 'unknown')).toBe(true);
    });
  }
});

describe('French typography in the data', () => {
  it.each(Object.entries(DIRS))('%s: every French note follows the rules (’, « », U+202F)', async (_name, dir) => {
    for (const e of await load(dir))
      for (const n of e.notes ?? []) expect(frenchTypographyProblems(n.fr), `${e.id}: ${n.fr}`).toEqual([]);
  });

  it('the check can fail', () => {
    expect(frenchTypographyProblems("l'adresse : « oui »")).toHaveLength(3);
  });
});

describe('the real directory', () => {
  it('backs every CHATONS membership with a source read, not a link seen (a chatons.org page backs nothing)', async () => {
    const entries = await load(DIRS.real);
    expect(entries.some((e) => e.chatons === 'member') && entries.some((e) => e.chatons === 'not-member')).toBe(true);
    for (const e of entries.filter((x) => x.chatons === 'member')) {
      const backing = e.sources.filter((s) => s.backs.includes('chatons'));
      expect(backing.length, e.id).toBeGreaterThan(0);
      for (const s of backing) expect(s.kind === 'measured' ? '' : s.url, e.id).not.toMatch(/chatons\.org\/chatons\//);
    }
  });
});

describe(SCHEMA_PATH, () => {
  it('is up to date with src/schemas/provider.ts (run node scripts/json-schema.ts)', () => {
    expect(readFileSync(path.join(ROOT, SCHEMA_PATH), 'utf8')).toBe(providerJsonSchema());
  });

  it('describes every field, with $id, title and description', () => {
    const schema = JSON.parse(providerJsonSchema()) as { $id: string; title: string; description: string; properties: object; required: string[] };
    expect(schema.$id).toBeTruthy();
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(providerFields).sort());
    expect(schema.required).toContain('sources');
  });

  it('gives every property, at every depth, its help text from the English dictionary', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [name, child] of Object.entries((n.properties as Record<string, { description?: string }>) ?? {})) {
        if (!child.description?.trim()) missing.push(`${at}${name}`);
        walk(child, `${at}${name}.`);
      }
      for (const k of ['anyOf', 'oneOf', 'allOf']) for (const b of (n[k] as unknown[]) ?? []) walk(b, at);
      if (n.items) walk(n.items, at);
    };
    const schema = JSON.parse(providerJsonSchema());
    walk(schema, '');
    expect(missing).toEqual([]);
    expect(schema.properties.price.anyOf.length).toBeGreaterThan(1);
    expect(JSON.stringify(schema)).not.toContain('{{');
  });

  it('takes the help of a field from the dictionaries of every language (field.<path>.help)', () => {
    for (const lang of ['fr', 'en']) {
      const dict = JSON.parse(readFileSync(path.join(ROOT, `src/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
      for (const f of Object.keys(providerFields)) expect(dict[helpKey([f])], `${lang}: ${helpKey([f])}`).toBeTruthy();
      expect(dict[helpKey(['imap_server', 'host'])]).toBeTruthy();
      expect(dict[helpKey(['notes', lang])]).toContain('{{lang}}');
    }
  });
});
