/**
 * The shapes of a migration plan: what buildPlan returns, and the context its step builders share.
 */
import type { Answers, From } from '../questionnaire/answers.ts';
import type { T } from '../shared/translate.ts';
import type { ProviderEntry } from '../../schemas/provider.ts';

export type StepId =
  | 'stock' | 'account' | 'backup' | 'import-mail' | 'import-contacts'
  | 'domain' | 'forward' | 'announce' | 'accounts' | 'transition' | 'end';

/** The documented order (migration.md, "An ordered migration plan", 0 to 9). */
export const STEP_ORDER: readonly StepId[] = [
  'stock', 'account', 'backup', 'import-mail', 'import-contacts', 'domain', 'forward', 'announce', 'accounts', 'transition', 'end',
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
  /** The name of the host being left, when it is one of ours (a closed offer's exit plan). */
  leaving?: string;
  /** YYYY-MM-DD; reminders count from this day. */
  today: string;
  /** A plan read by anyone (a guide, a closed offer's way out): the same steps with no dates and no reminders. */
  undated?: boolean;
}

/** Everything a step builder needs, computed once. */
export interface Ctx {
  t: T;
  answers: Answers;
  /** The old provider; `other` when unanswered. */
  from: From;
  offer: ProviderEntry | null;
  today: string;
  isp: boolean;
  /** ISP only: they keep the internet contract, so the old address stays open. */
  keeps: boolean;
  /** No dates in the steps (see PlanInput.undated). */
  undated: boolean;
  /** ISP only, when the contract end is known: the end of the legal 6 months. */
  deadline?: string;
  /** "Gmail", "Orange"… or "your current provider". */
  oldName: string;
  /** Day in words, in the dictionary's language. */
  day: (iso: string) => string;
  /** Number with the dictionary's decimal separator. */
  num: (n: number) => string;
  /** A "Source: …" link for a source titled `label`; it is also listed once in the plan's sources. */
  source: (label: string, url: string) => Link;
}

/** What one part of a step contributes. */
export interface Part {
  items: string[];
  settings?: Setting[];
  links?: Link[];
}

