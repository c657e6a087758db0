/**
 * The recap that opens a result: each answered question in a few words, so the person sees what the result rests
 * on and can change one answer (the page links each line back to its question).
 */
import type { Answers } from './answers.ts';
import { applies, QUESTIONS, type QuestionId } from './questions.ts';
import type { T } from '../shared/translate.ts';
import { checkedDate, countryName, euros, gigabytes, languageName } from '../shared/format.ts';
import { esc } from '../shared/html.ts';

export interface RecapLine {
  question: QuestionId;
  /** What was asked, short (`q.recap.<question>`). */
  label: string;
  /** The answer in words. */
  value: string;
}

type Ctx = { t: T; lang: string; intl: string };

const yesNo = (b: boolean, t: T) => t(b ? 'q.yes' : 'q.no');

function value(q: QuestionId, a: Answers, c: Ctx): string | null {
  const { t } = c;
  switch (q) {
    case 'who': return a.who ? t(`q.who.${a.who}`) : null;
    case 'accounts': return a.accounts !== undefined ? String(a.accounts) : null;
    case 'from': return a.from ? t(`q.from.${a.from}`) : null;
    case 'keep': return a.keep !== undefined ? yesNo(a.keep, t) : null;
    case 'ispEnd': return a.ispEnd ? checkedDate(a.ispEnd, c.intl) : null;
    case 'move': return a.move ? (a.move.length ? a.move.map((m) => t(`q.move.${m}`)).join(', ') : t('q.recap.nothing')) : null;
    case 'size': return a.size !== undefined ? gigabytes(a.size, c.intl, t) : null;
    case 'budget': return a.budget !== undefined ? (a.budget === 0 ? t('q.recap.freeOnly') : euros(a.budget, c.intl)) : null;
    case 'member':
    case 'domain':
    case 'app':
    case 'help': {
      const v = a[q];
      return v !== undefined ? yesNo(v, t) : null;
    }
    case 'where': {
      const parts = [a.country && a.country !== 'ZZ' ? countryName(a.country, c.lang) : null, a.region ?? null].filter(Boolean);
      return parts.length ? parts.join(', ') : null;
    }
    case 'support': return a.support ? languageName(a.support, c.lang) : null;
    case 'prefs': {
      const wanted = Object.entries(a.prefs ?? {}).filter(([, w]) => w && w > 0) as [keyof NonNullable<Answers['prefs']>, 1 | 2][];
      return wanted.length ? wanted.map(([p, w]) => `${t(`q.pref.${p}`)} (${t(`q.weight.${w}`)})`).join(', ') : null;
    }
  }
}

/** The answered questions that apply, in questionnaire order. */
export function recap(a: Answers, c: Ctx): RecapLine[] {
  return QUESTIONS.filter((q) => applies(q, a)).flatMap((q) => {
    const v = value(q, a, c);
    return v === null ? [] : [{ question: q, label: c.t(`q.recap.${q}`), value: v }];
  });
}

/** The recap as HTML: one line per answer, each with a button back to its question (data-edit-step). */
export function recapHtml(lines: RecapLine[], t: T): string {
  if (!lines.length) return '';
  const items = lines.map((l) => `<div><dt>${esc(l.label)}</dt><dd>${esc(l.value)} <button type="button" class="linkish" data-edit-step="${esc(l.question)}" aria-label="${esc(t('q.recap.changeOne', { what: l.label }))}">${esc(t('q.recap.change'))}</button></dd></div>`);
  return `<section class="recap" aria-labelledby="recap-title"><h3 id="recap-title">${esc(t('q.recap.title'))}</h3><dl class="pairs">${items.join('')}</dl></section>`;
}
