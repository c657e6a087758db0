/**
 * A crafted shared link never breaks the plan. The bug: `?from=orange&ispEnd=9999-12-01` (or `0000-03-01`) was read
 * as a date, then the plan's deadline six months later had no four-digit year and buildPlan threw a RangeError.
 * Dates are now checked in one place (src/schemas/iso-date.ts), with bounded years.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import { parseAnswers, PARAMS } from '../../src/lib/questionnaire/params.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { toIcs } from '../../src/lib/plan/ics.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { CALENDAR_YEARS, isIsoDay } from '../../src/schemas/iso-date.ts';
import { generateProviders } from '../../scripts/harness/fictional.ts';

const t = makeT(JSON.parse(fs.readFileSync('src/i18n/fr.json', 'utf8')));
const offers = [null, ...generateProviders(5)];
const plan = (query: string, i = 0) => buildPlan({ answers: parseAnswers(new URLSearchParams(query)), offer: offers[i % offers.length]!, today: '2026-11-30' }, t);

describe('crafted links', () => {
  it.each(['9999-12-01', '0000-03-01', '2199-12-31', '1900-01-01', '2026-02-30', '+02026-01-01'])('ispEnd=%s gives a plan', (d) => {
    const p = plan(`from=orange&ispEnd=${d}`);
    expect(p.steps.length).toBeGreaterThan(5);
    expect(() => toIcs(p.reminders, { now: '2026-11-30T08:00:00Z' })).not.toThrow();
  });

  it('reads only dates with a year from 1900 to 2199; arithmetic takes any four-digit year', () => {
    expect(parseAnswers(new URLSearchParams('ispEnd=9999-12-01')).ispEnd).toBeUndefined();
    expect(parseAnswers(new URLSearchParams('ispEnd=0000-03-01')).ispEnd).toBeUndefined();
    expect(parseAnswers(new URLSearchParams('ispEnd=2199-12-31')).ispEnd).toBe('2199-12-31');
    expect(isIsoDay('9999-12-01', CALENDAR_YEARS)).toBe(true);
  });

  it('for any query string, buildPlan(parseAnswers(q)) never throws', () => {
    const names = PARAMS.map((p) => p.name);
    const value = fc.oneof(
      fc.string(),
      fc.integer({ min: 0, max: 99_999 }).chain((y) => fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
      fc.constantFrom('yes', 'no', 'gmail', 'orange', 'sfr', 'mail,contacts,calendar', '-1', '1e309', 'NaN'),
    );
    const query = fc.oneof(
      fc.string(),
      fc.dictionary(fc.constantFrom(...names), value).map((d) => new URLSearchParams(d).toString()),
    );
    fc.assert(
      fc.property(query, fc.nat(), (q, i) => {
        const p = plan(q, i);
        expect(p.steps.length).toBeGreaterThan(0);
        toIcs(p.reminders, { now: '2026-11-30T08:00:00Z' });
      }),
      { numRuns: 1500 },
    );
  });
});
