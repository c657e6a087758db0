/** Every locale has every key, no value is empty, interpolations match, and French typography holds. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { LOCALES } from '../../src/i18n/locales.ts';
import { frenchTypographyProblems } from '../../src/lib/shared/typography.ts';

const dicts = Object.fromEntries(LOCALES.map((l) => [l.code, JSON.parse(fs.readFileSync(`src/i18n/${l.code}.json`, 'utf8')) as Record<string, unknown>]));
const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('every locale in the table has a dictionary file', () => {
    for (const l of LOCALES) expect(fs.existsSync(`src/i18n/${l.code}.json`)).toBe(true);
  });

  it.each(LOCALES.map((l) => l.code))('%s has exactly the keys of fr, flat, none empty, same {{variables}}', (code) => {
    const d = dicts[code]!;
    expect(Object.keys(d).sort()).toEqual(Object.keys(dicts.fr!).sort());
    for (const [k, v] of Object.entries(d)) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim(), k).not.toBe('');
      expect(vars(v as string), k).toEqual(vars(dicts.fr![k] as string));
    }
  });

  it('French strings use ’ and narrow no-break spaces before ; : ! ? and inside « »', () => {
    for (const [k, v] of Object.entries(dicts.fr!) as [string, string][]) expect(frenchTypographyProblems(v), k).toEqual([]);
  });
});
