import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, diffDays, formatIsoDay, parseIsoDay } from '../../src/lib/shared/dates.ts';
import { daysInMonth, isIsoDay, isLeapYear } from '../../src/schemas/iso-date.ts';

/** A real calendar day, years 1000–9000 so ±a few thousand days stays in range. */
const isoDay = fc
  .record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => formatIsoDay({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

/** Oracle: the platform's UTC calendar (setUTCFullYear avoids Date.UTC's 0–99 → 19xx quirk). */
function oracleAddDays(iso: string, n: number): string {
  const { year, month, day } = parseIsoDay(iso);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day + n);
  return d.toISOString().slice(0, 10);
}

describe('ISO day parsing', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('1900-02-29')).toBe(false);
    expect(isIsoDay('2000-02-29')).toBe(true);
    expect(isIsoDay('2026-04-31')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('2026-00-10')).toBe(false);
    expect(isIsoDay('2026-1-1')).toBe(false);
    expect(isIsoDay('0000-01-01')).toBe(false);
    expect(() => parseIsoDay('2026-02-30')).toThrow(RangeError);
  });

  it('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, true, false, true]);
  });

  it('round-trips format ∘ parse', () => {
    fc.assert(fc.property(isoDay, (d) => formatIsoDay(parseIsoDay(d)) === d));
  });
});

describe('addDays', () => {
  it('matches the platform calendar', () => {
    // ±300 000 days (about 820 years) from 1000–9000 stays inside 0001–9999.
    fc.assert(fc.property(isoDay, fc.integer({ min: -300_000, max: 300_000 }), (d, n) => {
      expect(addDays(d, n)).toBe(oracleAddDays(d, n));
    }));
  });

  it('is inverted by its negation and agrees with diffDays', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
      const e = addDays(d, n);
      expect(addDays(e, -n)).toBe(d);
      expect(diffDays(d, e)).toBe(n);
    }));
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-06-01', 14)).toBe('2026-06-15');
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2027-02-28', -1)).toBe('2027-01-28');
  });

  it('lands in the right month, on the same day or the clamped last day', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -600, max: 600 }), (d, n) => {
      const a = parseIsoDay(d);
      const r = parseIsoDay(addMonths(d, n));
      const index = a.year * 12 + a.month - 1 + n;
      expect(r.year).toBe(Math.floor(index / 12));
      expect(r.month).toBe((index % 12) + 1);
      expect(r.day).toBe(Math.min(a.day, daysInMonth(r.year, r.month)));
    }));
  });

  it('is inverted exactly when no clamping happened', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -600, max: 600 }), (d, n) => {
      fc.pre(parseIsoDay(d).day <= 28);
      expect(addMonths(addMonths(d, n), -n)).toBe(d);
    }));
  });

  it('is monotonic: a later day never gives an earlier result', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 0, max: 60 }), fc.integer({ min: -120, max: 120 }), (d, k, n) => {
      expect(addMonths(addDays(d, k), n) >= addMonths(d, n)).toBe(true);
    }));
  });
});
