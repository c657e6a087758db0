/**
 * The check-ins of « Je m’engage »: three days to ask oneself "is the old box still my main one?". The 3, 6 and 9
 * months are this site's proposal: the campaign left open when and how to count success (campaign.md, section 2).
 */
import { addMonths } from '../shared/dates.ts';
import type { Reminder } from '../plan/types.ts';

export const CHECKIN_MONTHS = [3, 6, 9] as const;

/** The check-in days for a commitment made on `today` (YYYY-MM-DD). */
export function checkinDays(today: string): string[] {
  return CHECKIN_MONTHS.map((m) => addMonths(today, m));
}

export interface CheckinTexts {
  /** The reminder's title ("Is Gmail still your main mailbox?"). */
  title: string;
  /** One description per check-in, in CHECKIN_MONTHS order. */
  descriptions: readonly string[];
}

/** The reminders for the calendar file, one per check-in day. */
export function checkinReminders(today: string, texts: CheckinTexts): Reminder[] {
  return checkinDays(today).map((date, i) => ({
    id: `commit-${CHECKIN_MONTHS[i]}m`,
    date,
    title: texts.title,
    description: texts.descriptions[i] ?? texts.title,
  }));
}
