/**
 * The personal migration plan shown after the questionnaire: ordered steps, an account checklist, a ready-to-send
 * announcement and calendar reminders. Pure: every text comes from `t()` (keys `plan.*`), every date from `today`,
 * every fact from /work/shared/reference/migration.md (see plan-sources.ts) or from the chosen offer.
 */
import type { Answers } from './answers.ts';
import type { T } from './translate.ts';
import type { ProviderEntry } from '../schemas/provider.ts';
import { addDays, addMonths, parseIsoDay } from './dates.ts';
import { isIspSource, type Ctx } from './plan-sources.ts';
import { buildSteps } from './plan-steps.ts';

export type StepId =
  | 'stock' | 'account' | 'backup' | 'import-mail' | 'import-contacts'
  | 'forward' | 'announce' | 'accounts' | 'transition' | 'end';

/** The documented order (migration.md, "An ordered migration plan", 0 to 9). */
export const STEP_ORDER: readonly StepId[] = [
  'stock', 'account', 'backup', 'import-mail', 'import-contacts', 'forward', 'announce', 'accounts', 'transition', 'end',
];

export interface Link {
  label: string;
  url: string;
}

/** One row of mail-app settings, e.g. "IMAP server (Nubo)" = "mail.example.org". */
export interface Setting {
  label: string;
  value: string;
}

export interface Step {
  /** Stable id, one of STEP_ORDER; steps that do not apply are left out. */
  id: StepId;
  title: string;
  items: string[];
  settings?: Setting[];
  /** Action links and "Source: …" links backing the step's facts. */
  links?: Link[];
}

/** One account to update, in priority order. */
export interface ChecklistItem {
  id: string;
  label: string;
  /** `priority` first (bank, tax, CAF, health, employer), then `daily`, then `shops`, then `security`. */
  group: 'priority' | 'daily' | 'shops' | 'security';
}

/** An all-day reminder; `date` is YYYY-MM-DD. */
export interface Reminder {
  id: string;
  date: string;
  title: string;
  description: string;
}

export interface Plan {
  steps: Step[];
  checklist: ChecklistItem[];
  announcement: { subject: string; body: string };
  reminders: Reminder[];
  /** Every source linked from the steps, once each. */
  sources: Link[];
}

export interface PlanInput {
  answers: Answers;
  offer: ProviderEntry | null;
  /** YYYY-MM-DD; reminders count from this day. */
  today: string;
}

const CHECKLIST: readonly [string, ChecklistItem['group']][] = [
  ['bank', 'priority'], ['tax', 'priority'], ['caf', 'priority'], ['health', 'priority'], ['employer', 'priority'],
  ['daily', 'daily'], ['shops', 'shops'], ['recovery', 'security'], ['2fa', 'security'],
];

/**
 * Builds the plan for one person. Throws a RangeError when `today` (or a present `answers.ispEnd`) is not a real
 * YYYY-MM-DD day, since every reminder date derives from them.
 */
export function buildPlan(input: PlanInput, t: T): Plan {
  const { answers, offer, today } = input;
  parseIsoDay(today);
  const from = answers.from ?? 'other';
  const isp = isIspSource(from);
  // The legal window counts from the end of the ISP contract; it means nothing for other providers.
  const deadline = isp && answers.ispEnd ? addMonths(answers.ispEnd, 6) : undefined;
  const sources = new Map<string, Link>();
  const c: Ctx = {
    t, answers, from, offer, today, isp, deadline,
    oldName: t(`plan.from.${from}`),
    day: (iso) => {
      const { year, month, day } = parseIsoDay(iso);
      return t('plan.format.date', { day: day === 1 ? t('plan.format.day1') : day, month: t(`plan.month.${month}`), year });
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
    reminders: reminders(c, checks),
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
