import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FROM, MOVE, PREFS, WHO, type Answers } from '../../src/lib/questionnaire/answers.ts';
import { parseAnswers, toSearchParams } from '../../src/lib/questionnaire/params.ts';
import { arbAnswers } from '../fixtures/arbitraries.ts';

const parse = (query: string) => parseAnswers(new URLSearchParams(query));
const NAMES = ['who', 'accounts', 'from', 'move', 'size', 'budget', 'member', 'domain', 'app', 'country', 'region', 'support', 'prefs', 'ispEnd', 'seed'];

/** Any query string over the known names (and a stray one), with values both plausible and garbage. */
const arbQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(...NAMES, 'other'),
      fc.oneof(
        fc.string(),
        fc.constantFrom('yes', 'no', 'maybe', '', ' ', '-1', '0', '1', '2.5', '1,5', '1e3', 'NaN', 'Infinity', '10001'),
        fc.constantFrom(...WHO, ...FROM, 'mail,contacts', 'calendar,teleport', 'coop:2,price:1', 'coop:3,nope:1', 'fr', 'FR', 'fra'),
        fc.constantFrom('2025-02-28', '2025-02-30', '2024-02-29', '2025-13-01', '25-01-01'),
      ),
    ),
    { maxLength: 20 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

/** What every parsed answer must look like: anything else should have been dropped. */
function expectWellFormed(a: Answers): void {
  expect(Number.isInteger(a.seed) && a.seed >= 0).toBe(true);
  for (const [k, v] of Object.entries(a)) expect(v, k).not.toBeUndefined();
  if (a.who !== undefined) expect(WHO).toContain(a.who);
  if (a.from !== undefined) expect(FROM).toContain(a.from);
  if (a.accounts !== undefined) expect(Number.isInteger(a.accounts) && a.accounts >= 1 && a.accounts <= 10_000).toBe(true);
  if (a.size !== undefined) expect(a.size >= 0 && a.size <= 100_000).toBe(true);
  if (a.budget !== undefined) expect(a.budget >= 0 && a.budget <= 1_000_000).toBe(true);
  for (const k of ['member', 'domain', 'app'] as const) if (a[k] !== undefined) expect(typeof a[k]).toBe('boolean');
  for (const m of a.move ?? []) expect(MOVE).toContain(m);
  expect(new Set(a.move).size).toBe(a.move?.length ?? 0);
  if (a.country !== undefined) expect(a.country).toMatch(/^[A-Z]{2}$/);
  if (a.support !== undefined) expect(a.support).toMatch(/^[a-z]{2}$/);
  if (a.region !== undefined) expect(a.region.length > 0 && a.region.length <= 80 && a.region.trim() === a.region).toBe(true);
  for (const [k, w] of Object.entries(a.prefs ?? {})) {
    expect(PREFS).toContain(k);
    expect([0, 1, 2]).toContain(w);
  }
  if (a.ispEnd !== undefined) expect(new Date(`${a.ispEnd}T00:00:00Z`).toISOString().slice(0, 10)).toBe(a.ispEnd);
}

describe('answers in the URL: properties', () => {
  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(arbAnswers(), (a) => {
        expect(parseAnswers(toSearchParams(a))).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only well-formed answers from any query string', () => {
    fc.assert(
      fc.property(arbQuery, (q) => {
        expectWellFormed(parse(q));
      }),
      { numRuns: 500 },
    );
  });

  it('has a canonical form: writing what it read is stable', () => {
    fc.assert(
      fc.property(arbQuery, (q) => {
        const once = toSearchParams(parse(q)).toString();
        expect(toSearchParams(parse(once)).toString()).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('answers in the URL: examples', () => {
  it('reads a small association leaving Gmail', () => {
    expect(parse('who=association&accounts=5&from=gmail&move=mail,contacts&budget=50&member=yes&seed=7')).toEqual({
      who: 'association', accounts: 5, from: 'gmail', move: ['mail', 'contacts'], budget: 50, member: true, seed: 7,
    });
  });

  it('drops bad values, keeping the others', () => {
    expect(parse('who=robot&accounts=0&size=-1&budget=abc&member=maybe&country=fra&support=fra&from=aol&ispEnd=2025-02-30&seed=-1')).toEqual({ seed: 0 });
    expect(parse('accounts=1.5&app=yes')).toEqual({ app: true, seed: 0 });
    expect(parse('accounts=10001&domain=no')).toEqual({ domain: false, seed: 0 });
  });

  it('reads a decimal comma, and normalises case', () => {
    expect(parse('size=12,5&country=be&support=FR')).toEqual({ size: 12.5, country: 'BE', support: 'fr', seed: 0 });
  });

  it('keeps known moves once, and known preferences with weights 0 to 2', () => {
    expect(parse('move=mail,teleport,mail,calendar').move).toEqual(['mail', 'calendar']);
    expect(parse('move=').move).toEqual([]);
    expect(parse('prefs=coop:2,price:7,nope:1,2fa:0').prefs).toEqual({ coop: 2, '2fa': 0 });
    expect(Object.keys(parse('prefs=nope:1').prefs ?? {})).toEqual([]);
  });

  it('writes answers in a fixed order, leaving out unknown ones and a zero seed', () => {
    const a: Answers = { seed: 0, budget: 30, who: 'family', prefs: { price: 1, country: 2 } };
    expect(toSearchParams(a).toString()).toBe('who=family&budget=30&prefs=country%3A2%2Cprice%3A1');
  });
});
