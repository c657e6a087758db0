/**
 * One staleness rule (src/lib/offers/staleness.ts) for the offer pages and the questionnaire. The bug it fixes: with
 * today 2025-11-25, a fact checked 2024-10-26 was fresh on its page and "checked long ago" in the questionnaire.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkedDay, isStale, staleCutoff } from '../../src/lib/offers/staleness.ts';
import { recommend } from '../../src/lib/questionnaire/recommend.ts';
import { formatIsoDay } from '../../src/lib/shared/dates.ts';
import { daysInMonth } from '../../src/schemas/iso-date.ts';
import { buildProvider, KNOWN_FACTS } from '../../scripts/harness/fictional.ts';

/** What the questionnaire says of a fact read on `checked` (load is always checked, so its source is always used). */
function engineSaysStale(checked: string, today: string): boolean {
  const offer = buildProvider(1, KNOWN_FACTS, [checked]);
  return recommend({ seed: 0 }, [offer], { today }).matches[0]!.caveats.some((c) => c.key === 'q.caveat.stale');
}

const day = fc
  .record({ year: fc.integer({ min: 2015, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => formatIsoDay({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
const checkedDate = fc.oneof(day, day.map((d) => d.slice(0, 7)));

describe('staleness', () => {
  it('the example of the bug: stale on the page and in the questionnaire alike', () => {
    expect(isStale('2024-10-26', '2025-11-25')).toBe(true);
    expect(engineSaysStale('2024-10-26', '2025-11-25')).toBe(true);
  });

  it('is stale when read before the same day 12 months earlier, not on that day', () => {
    expect(staleCutoff('2026-11-25')).toBe('2025-11-25');
    expect(isStale('2025-11-25', '2026-11-25')).toBe(false);
    expect(isStale('2025-11-24', '2026-11-25')).toBe(true);
    // The cutoff of a 29 February is the 28th a year before.
    expect(staleCutoff('2028-02-29')).toBe('2027-02-28');
  });

  it('counts a month-only date as read on the last day of that month', () => {
    expect(checkedDay('2025-02')).toBe('2025-02-28');
    expect(checkedDay('2024-02')).toBe('2024-02-29');
    expect(isStale('2025-11', '2026-11-30')).toBe(false);
    expect(isStale('2025-11', '2026-12-01')).toBe(true);
  });

  it('the offer page and the questionnaire always agree', () => {
    fc.assert(
      fc.property(checkedDate, day, (checked, today) => {
        fc.pre(checked.slice(0, 7) <= today.slice(0, 7));
        expect(engineSaysStale(checked, today)).toBe(isStale(checked, today));
      }),
      { numRuns: 400 },
    );
  });
});
