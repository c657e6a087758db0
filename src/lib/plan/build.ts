/**
 * The personal migration plan shown after the questionnaire: ordered steps, an account checklist, a ready-to-send
 * announcement and calendar reminders. Pure: every text comes from `t()` (keys `plan.*`), every date from `today`,
 * every fact from the public sources of old-providers.ts or from the chosen offer.
 */
import type { T } from '../shared/translate.ts';
import { addDays, addMonths, parseIsoDay } from '../shared/dates.ts';
import { isIspSource } from '../questionnaire/answers.ts';
import type { ChecklistItem, Ctx, Link, Plan, PlanInput, Reminder } from './types.ts';
import { buildSteps } from './steps.ts';

const CHECKLIST = [
  ['bank', 'priority'], ['tax', 'priority'], ['caf', 'priority'], ['health', 'priority'], ['employer', 'priority'],
  ['daily', 'daily'], ['shops', 'shops'], ['recovery', 'security'], ['2fa', 'security'],
] as const satisfies readonly [string, ChecklistItem['group']][];

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * Builds the plan for one person. Throws a RangeError when `today` (or a present `answers.ispEnd`) is not a real
 * YYYY-MM-DD day, since every reminder date derives from them.
 */
export function buildPlan(input: PlanInput, t: T): Plan {
  const { answers, offer, today } = input;
  parseIsoDay(today);
  const from = answers.from ?? 'other';
  const isp = isIspSource(from);
  // Someone who keeps the internet contract keeps the address: no closing date, no legal window to count.
  const keeps = isp && answers.keep === true;
  // The legal window counts from the end of the ISP contract; it means nothing for other providers.
  const deadline = isp && !keeps && answers.ispEnd ? addMonths(answers.ispEnd, 6) : undefined;
  const sources = new Map<string, Link>();
  const c: Ctx = {
    t, answers, from, offer, today, isp, keeps, deadline, undated: input.undated === true,
    oldName: input.leaving ?? t(`plan.from.${from}`),
    day: (iso) => {
      const { year, month, day } = parseIsoDay(iso);
      return t('plan.format.date', { day: day === 1 ? t('plan.format.day1') : day, month: t(`plan.month.${MONTHS[month - 1]!}`), year });
    },
    num: (n) => String(Math.round(n * 10) / 10).replace('.', t('plan.format.decimal')),
    source: (label, url) => {
      if (!sources.has(label + url)) sources.set(label + url, { label, url });
      return { label: t('plan.source', { label }), url };
    },
  };
  const checks = [addDays(today, 14), addMonths(today, 1), addMonths(today, 3)];
  const steps = buildSteps(c, checks);
  const we = answers.who === 'association' || answers.who === 'pro' ? 'us' : 'me';
  return {
    steps,
    checklist: CHECKLIST.map(([id, group]) => ({ id, group, label: t(`plan.checklist.${id}`) })),
    announcement: { subject: t(`plan.announcement.subject.${we}`), body: t(`plan.announcement.body.${we}`) },
    reminders: c.undated ? [] : reminders(c, checks),
    sources: [...sources.values()],
  };
}

function reminders(c: Ctx, checks: string[]): Reminder[] {
  const { t, oldName: provider } = c;
  const list: Reminder[] = (['2w', '1m', '3m'] as const).map((when, i) => ({
    id: `check-${when}`,
    date: checks[i]!,
    title: t('plan.reminder.check.title'),
    description: t(`plan.reminder.check.${when}`),
  }));
  if (c.deadline) {
    const deadline = c.day(c.deadline);
    list.push(
      { id: 'isp-last-export', date: addMonths(c.deadline, -1), title: t('plan.reminder.lastExport.title', { provider }), description: t('plan.reminder.lastExport.description', { provider, deadline }) },
      { id: 'isp-deadline', date: c.deadline, title: t('plan.reminder.deadline.title', { provider }), description: t('plan.reminder.deadline.description', { provider }) },
    );
  }
  // A reminder in the past is noise (an ISP contract that ended long ago); the step text already warns.
  return list.filter((r) => r.date >= c.today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
