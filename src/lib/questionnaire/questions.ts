/**
 * The questionnaire's questions, in order, and the URL parameters each one answers (params.ts). The page renders one
 * screen per question, the browser code walks through them, and the result's recap links back to each.
 */
import { isIspSource, type Answers } from './answers.ts';
import type { ParamName } from './params.ts';

export const QUESTIONS = [
  'who', 'accounts', 'from', 'keep', 'ispEnd', 'move', 'size', 'budget', 'member', 'domain', 'app', 'where', 'support', 'help',
  'prefs',
] as const;
export type QuestionId = (typeof QUESTIONS)[number];

/** The parameters a question answers: its own name, but "where" answers two. */
export function paramsOf(q: QuestionId): ParamName[] {
  return q === 'where' ? ['country', 'region'] : [q];
}

/**
 * Questions that only make sense after some answers: whether they keep the contract, for an internet provider's
 * address only; its end date, only when they do not say they keep it.
 */
export function applies(q: QuestionId, a: Partial<Answers>): boolean {
  if (q === 'keep') return isIspSource(a.from);
  if (q === 'ispEnd') return isIspSource(a.from) && a.keep !== true;
  return true;
}
