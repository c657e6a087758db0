/**
 * Plan reminders as an iCalendar file (RFC 5545) people can add to any calendar app. Pure and deterministic:
 * the stamp comes from `opts.now`, the UIDs from each reminder's id and date, so the same plan gives the same bytes.
 */
import { addDays, parseIsoDay } from '../shared/dates.ts';
import type { Reminder } from './types.ts';

export interface IcsOptions {
  /** PRODID of the calendar; defaults to `-//degmail//plan//FR`. */
  prodId?: string;
  /** ISO 8601 timestamp written as DTSTAMP (e.g. `2026-06-01T08:00:00Z`); required so output never depends on the clock. */
  now: string;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (§3.3.11): backslash first, then `;` `,` and line breaks; drops control characters TEXT forbids. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * Folds one content line (§3.1) so every physical line is at most 75 octets of UTF-8, continuation lines starting
 * with a space. It cuts between code points only, so a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' '; // the leading space counts toward the next line's 75 octets
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const basicDate = (iso: string) => iso.replaceAll('-', '');

/** `2026-06-01T08:00:00.000+02:00` → `20260601T060000Z` (UTC, basic format). */
function stamp(now: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(now) || Number.isNaN(Date.parse(now)))
    throw new RangeError(`expected an ISO timestamp with a time zone for DTSTAMP, got "${now}"`);
  return new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** A UID unique per reminder and day, and the same on every export, so re-importing updates instead of duplicating. */
function uid(r: Reminder): string {
  return `${r.id.replace(/[^A-Za-z0-9-]/g, '-')}-${basicDate(r.date)}@degmail`;
}

/**
 * Renders the reminders as one VCALENDAR of all-day VEVENTs (DTSTART;VALUE=DATE, DTEND the next day), each with a
 * DISPLAY alarm at 9:00 on the day (floating time, so 9:00 wherever the person is).
 * Throws a RangeError on a reminder date that is not YYYY-MM-DD or on a `now` that is not an ISO timestamp.
 */
export function toIcs(reminders: Reminder[], opts: IcsOptions): string {
  const dtstamp = stamp(opts.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(opts.prodId ?? '-//degmail//plan//FR')}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    parseIsoDay(r.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(r)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(r.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(r.date, 1))}`,
      `SUMMARY:${escapeText(r.title)}`,
      `DESCRIPTION:${escapeText(r.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      // Relative to the all-day start (local midnight): 9 hours later is 9:00 that day.
      'TRIGGER;RELATED=START:PT9H',
      `DESCRIPTION:${escapeText(r.title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
