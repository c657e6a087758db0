/**
 * The questionnaire's questions, in order. Each maps to URL parameters of src/lib/answers.ts; the page renders
 * one screen per question and the browser code walks through them.
 */
import { FROM, MOVE, PREFS, WHO, type Answers } from './answers.ts';
import { isIspSource } from './answers.ts';

export type QuestionId =
  | 'who' | 'accounts' | 'from' | 'move' | 'size' | 'budget' | 'member' | 'domain' | 'app' | 'where' | 'support'
  | 'prefs' | 'ispEnd';

export const QUESTIONS: readonly QuestionId[] = [
  'who', 'accounts', 'from', 'move', 'size', 'budget', 'member', 'domain', 'app', 'where', 'support', 'prefs', 'ispEnd',
];

/** Questions that only make sense after some answers (the ISP deadline only for an ISP address). */
export function applies(q: QuestionId, a: Partial<Answers>): boolean {
  return q !== 'ispEnd' || isIspSource(a.from);
}

export { FROM, MOVE, PREFS, WHO };
