import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, toIcs } from '../../src/lib/plan/ics.ts';
import { addDays, formatIsoDay } from '../../src/lib/shared/dates.ts';
import { daysInMonth } from '../../src/schemas/iso-date.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import type { Reminder } from '../../src/lib/plan/types.ts';
import { makeT } from '../../src/lib/shared/translate.ts';

const NOW = '2026-06-01T08:30:00Z';

// --- A tiny, independent reader: unfold (§3.1), split properties, unescape TEXT (§3.3.11). ---
interface Prop {
  name: string;
  params: string[];
  value: string;
}
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
function properties(ics: string): Prop[] {
  return unfold(ics)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => {
      const colon = l.indexOf(':');
      const [name, ...params] = l.slice(0, colon).split(';');
      return { name: name!, params, value: l.slice(colon + 1) };
    });
}
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
/** Top-level VEVENT properties (VALARM lines excluded), one record per event. */
function events(ics: string): Record<string, Prop>[] {
  const out: Record<string, Prop>[] = [];
  let current: Record<string, Prop> | null = null;
  let depth = 0;
  for (const p of properties(ics)) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') (current = {}), (depth = 0);
    else if (p.name === 'BEGIN' && current) depth++;
    else if (p.name === 'END' && p.value === 'VEVENT' && current) out.push(current), (current = null);
    else if (p.name === 'END' && current) depth--;
    else if (current && depth === 0) current[p.name] = p;
  }
  return out;
}
const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// --- Generators ---
const isoDay = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => formatIsoDay({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
/** Text people could write: tricky characters, accents, emoji, and line breaks, but no other control characters. */
const text = fc
  .array(fc.oneof(fc.constantFrom(',', ';', '\\', '\n', ':', '"', 'é', 'œ', '’', '«\u202f', '😀', '👩‍👩‍👧', 'ß', ' '), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 40 })
  .map((parts) => parts.join('').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''));
const reminder: fc.Arbitrary<Reminder> = fc.record({
  id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  date: isoDay,
  title: text,
  description: text,
});
const reminders = fc.uniqueArray(reminder, { selector: (r) => `${r.id}|${r.date}`, maxLength: 8 });

describe('toIcs structure', () => {
  it('uses CRLF everywhere, folds at 75 octets, never splits a character', () => {
    fc.assert(fc.property(reminders, (rs) => {
      const ics = toIcs(rs, { now: NOW });
      expect(ics.endsWith('\r\n')).toBe(true);
      const lines = ics.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(line).not.toMatch(/[\r\n]/);
        expect(octets(line)).toBeLessThanOrEqual(75);
        expect(line).not.toMatch(loneSurrogate);
      }
    }));
  });

  it('round-trips titles, descriptions and dates through unfold + parse', () => {
    fc.assert(fc.property(reminders, (rs) => {
      const evs = events(toIcs(rs, { now: NOW }));
      expect(evs).toHaveLength(rs.length);
      evs.forEach((e, i) => {
        const r = rs[i]!;
        expect(unescape(e.SUMMARY!.value)).toBe(r.title);
        expect(unescape(e.DESCRIPTION!.value)).toBe(r.description);
        expect(e.DTSTART!.params).toEqual(['VALUE=DATE']);
        expect(e.DTSTART!.value).toBe(r.date.replaceAll('-', ''));
        expect(e.DTEND!.value).toBe(addDays(r.date, 1).replaceAll('-', ''));
        expect(e.DTSTAMP!.value).toBe('20260601T083000Z');
      });
      expect(new Set(evs.map((e) => e.UID!.value)).size).toBe(rs.length);
    }));
  });

  it('wraps events in one VCALENDAR with version, product id and a 9:00 display alarm', () => {
    const ics = toIcs([{ id: 'check-2w', date: '2026-06-15', title: 'Regarder', description: 'Texte' }], { now: NOW, prodId: '-//test//x//FR' });
    const props = properties(ics);
    expect(props[0]).toEqual({ name: 'BEGIN', params: [], value: 'VCALENDAR' });
    expect(props.at(-1)).toEqual({ name: 'END', params: [], value: 'VCALENDAR' });
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    expect(props.find((p) => p.name === 'PRODID')?.value).toBe('-//test//x//FR');
    expect(ics).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=START:PT9H\r\n');
    expect(events(ics)[0]!.UID!.value).toBe('check-2w-20260615@degmail');
  });

  it('handles an empty reminder list', () => {
    expect(events(toIcs([], { now: NOW }))).toEqual([]);
    expect(toIcs([], { now: NOW })).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(unescape(escapeText('Café, rue de l’Église ; 2e\nporte \\ B'))).toBe('Café, rue de l’Église ; 2e\nporte \\ B');
  });

  it('folds a long ASCII line at exactly 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine('X'.repeat(200)).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 52]) // 75 + 74 + 51 characters, plus two leading spaces;
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded.join('\r\n'))).toBe('X'.repeat(200));
  });

  it('never cuts inside a multi-byte character', () => {
    // 74 ASCII octets then "é" (2 octets) would straddle the limit: it must move to the next line whole.
    const folded = foldLine('a'.repeat(74) + 'é' + '😀'.repeat(30)).split('\r\n');
    expect(folded[0]).toBe('a'.repeat(74));
    expect(folded.every((l) => octets(l) <= 75 && !loneSurrogate.test(l))).toBe(true);
    expect(unfold(folded.join('\r\n'))).toBe('a'.repeat(74) + 'é' + '😀'.repeat(30));
  });
});

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the same bytes whatever the clock says', () => {
    fc.assert(fc.property(reminders, (rs) => {
      vi.useFakeTimers({ now: new Date('2001-01-01T00:00:00Z') });
      const a = toIcs(rs, { now: NOW });
      vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
      const b = toIcs(structuredClone(rs), { now: NOW });
      vi.useRealTimers();
      expect(b).toBe(a);
    }), { numRuns: 30 });
  });

  it('normalises the stamp to UTC and rejects bad input', () => {
    const one = [{ id: 'x', date: '2026-06-15', title: 't', description: 'd' }];
    expect(toIcs(one, { now: '2026-06-01T10:30:00.123+02:00' })).toContain('DTSTAMP:20260601T083000Z\r\n');
    expect(() => toIcs(one, { now: 'yesterday' })).toThrow(RangeError);
    expect(() => toIcs(one, { now: '2026-06-01T10:30:00' })).toThrow(RangeError); // no zone: ambiguous
    expect(() => toIcs([{ ...one[0]!, date: '2026-02-30' }], { now: NOW })).toThrow(RangeError);
  });
});

describe('with a real plan', () => {
  it('exports every reminder of an ISP plan with its French title', () => {
    const t = makeT(JSON.parse(fs.readFileSync('src/i18n/fr.json', 'utf8')));
    const plan = buildPlan({ answers: { seed: 0, from: 'orange', ispEnd: '2026-08-31' }, offer: null, today: '2026-06-01' }, t);
    const evs = events(toIcs(plan.reminders, { now: NOW }));
    expect(evs.map((e) => unescape(e.SUMMARY!.value))).toEqual(plan.reminders.map((r) => r.title));
    expect(evs.map((e) => e.DTSTART!.value)).toEqual(['20260615', '20260701', '20260901', '20270128', '20270228']);
  });
});
