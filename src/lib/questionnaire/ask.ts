/**
 * "Ask them": a short message to the host, in the person's language, that asks exactly what is still unknown for this
 * person (sign-ups open? their own domain? the space? help in person?). Kept short, as mail links get cut when long.
 */
import type { Answers } from './answers.ts';
import type { Constraint } from './constraints.ts';
import type { Item } from './recommend.ts';
import type { T } from '../shared/translate.ts';
import { gigabytes, languageName } from '../shared/format.ts';

export interface AskMessage {
  subject: string;
  body: string;
  /** A `mailto:` link with subject and body, when the offer's contact is an address. */
  mailto?: string;
  /** The page to write from, when the contact is a web page; else the website. */
  page: string;
}

type Ctx = { t: T; lang: string; intl: string };

/** One question per unknown need, worded for this person. */
function question(c: Constraint, a: Answers, x: Ctx): string[] {
  const { t } = x;
  switch (c) {
    case 'load': return [t('q.ask.load')];
    case 'who': return a.who ? [t(`q.ask.who.${a.who}`)] : [];
    case 'member': return [t('q.ask.member')];
    case 'budget': return [t('q.ask.budget', { accounts: a.accounts ?? 1 })];
    case 'size': return [t('q.ask.size', { size: gigabytes(a.size ?? 0, x.intl, t) })];
    case 'app': return [t('q.ask.app')];
    case 'move': return [...(a.move?.includes('contacts') ? [t('q.ask.contacts')] : []), ...(a.move?.includes('calendar') ? [t('q.ask.calendar')] : [])];
    case 'domain': return [t('q.ask.domain')];
    case 'support': return [t('q.ask.support', { lang: languageName(a.support ?? x.lang, x.lang) })];
    case 'help': return [t('q.ask.help')];
  }
}

/** The questions of the message: sign-ups first when unknown, then each unknown need. */
export function askQuestions(item: Item, a: Answers, x: Ctx): string[] {
  const needs: Constraint[] = [...(item.loadUnknown ? (['load'] as const) : []), ...item.toCheck];
  return needs.flatMap((c) => question(c, a, x));
}

export function askMessage(item: Item, a: Answers, x: Ctx): AskMessage {
  const { t } = x;
  const lines = askQuestions(item, a, x);
  const subject = t('q.ask.subject', { offer: item.offer.name });
  const body = [t('q.ask.hello'), '', t(lines.length ? 'q.ask.intro' : 'q.ask.introNone', { offer: item.offer.name }), ...lines.map((l) => `- ${l}`), '', t('q.ask.thanks')].join('\n');
  const contact = item.offer.contact;
  const email = contact && contact !== 'unknown' && !contact.startsWith('https:') ? contact : null;
  const page = contact && contact !== 'unknown' && contact.startsWith('https:') ? contact : item.offer.website;
  return {
    subject,
    body,
    page,
    ...(email ? { mailto: `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` } : {}),
  };
}
