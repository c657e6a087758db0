/** The widget's days (src/lib/widget/dates.ts) and when a banner renders at all (visibility.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardEndOf, isDayString, isIsoDate, localDay } from '../../src/lib/widget/dates.ts';
import { bannerVisible, type BannerState } from '../../src/lib/widget/visibility.ts';

describe('days', () => {
  it('knows a real calendar day', () => {
    for (const d of ['2026-11-30', '2028-02-29', '2000-02-29', '2026-01-01', '2026-12-31']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '30/11/2026', '2026-11-30T00:00', '']) {
      expect(isIsoDate(d), d).toBe(false);
    }
    expect(isDayString('2026-02-30')).toBe(true);
    expect(isDayString('31/12/2026')).toBe(false);
  });

  it('ends a release two years after its day, and 29 February on 28 February', () => {
    expect(hardEndOf('2026-11-30')).toBe('2028-11-30');
    expect(hardEndOf('2028-02-29')).toBe('2030-02-28');
    expect(hardEndOf('2026-01-01')).toBe('2028-01-01');
    expect(() => hardEndOf('2026-11-31')).toThrow(/YYYY-MM-DD/);
  });

  it('gives the visitor’s own calendar day, one-based months', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    fc.assert(fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (d) => {
      const two = (n: number) => String(n).padStart(2, '0');
      expect(localDay(d)).toBe(`${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`);
    }));
  });
});

describe('bannerVisible', () => {
  const base: BannerState = { today: '2026-11-30', hardEnd: '2028-11-30', until: null, preview: false, dismissed: false, framed: false, inFrames: false };
  const shows = (s: Partial<BannerState>) => bannerVisible({ ...base, ...s });

  it('shows by default, up to and including its `until` day', () => {
    expect(shows({})).toBe(true);
    expect(shows({ until: '2026-11-30' })).toBe(true);
    expect(shows({ until: '2026-11-29' })).toBe(false);
    expect(shows({ until: '2027-01-01' })).toBe(true);
  });

  it('counts an unreadable `until` as passed', () => {
    expect(shows({ until: '31/12/2030' })).toBe(false);
    expect(shows({ until: '' })).toBe(false);
  });

  it('shows nothing after the release’s hard end, whatever the attributes say', () => {
    expect(shows({ today: '2028-11-30' })).toBe(true);
    expect(shows({ today: '2028-12-01' })).toBe(false);
    expect(shows({ today: '2028-12-01', until: '2099-01-01', preview: true })).toBe(false);
  });

  it('stays closed once dismissed, except in preview', () => {
    expect(shows({ dismissed: true })).toBe(false);
    expect(shows({ dismissed: true, preview: true })).toBe(true);
    expect(shows({ until: '2020-01-01', preview: true })).toBe(true);
  });

  it('shows nothing inside a frame unless `in-frames`, preview or not', () => {
    expect(shows({ framed: true })).toBe(false);
    expect(shows({ framed: true, preview: true })).toBe(false);
    expect(shows({ framed: true, inFrames: true })).toBe(true);
  });
});
