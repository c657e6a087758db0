import { describe, expect, it } from 'vitest';
import { CHECKIN_MONTHS, checkinDays, checkinReminders } from '../../src/lib/commit/checkins.ts';
import { toIcs } from '../../src/lib/plan/ics.ts';

describe('« Je m’engage » check-ins', () => {
  it('fall 3, 6 and 9 months later, on the last day of a shorter month', () => {
    expect(CHECKIN_MONTHS).toEqual([3, 6, 9]);
    expect(checkinDays('2026-11-30')).toEqual(['2027-02-28', '2027-05-30', '2027-08-30']);
    expect(checkinDays('2027-05-31')).toEqual(['2027-08-31', '2027-11-30', '2028-02-29']);
  });

  it('become three reminders with their own words, and an .ics with three events', () => {
    const r = checkinReminders('2026-11-30', { title: 'Still on Gmail?', descriptions: ['three', 'six', 'nine'] });
    expect(r.map((x) => [x.id, x.date, x.description])).toEqual([
      ['commit-3m', '2027-02-28', 'three'],
      ['commit-6m', '2027-05-30', 'six'],
      ['commit-9m', '2027-08-30', 'nine'],
    ]);
    const ics = toIcs(r, { now: '2026-11-30T10:00:00Z' });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270228');
  });

  it('refuses a day that does not exist', () => {
    expect(() => checkinDays('2026-02-30')).toThrow(RangeError);
  });
});
