/**
 * What a result leads to: « S’inscrire » (the sign-up page, else the website) and « Leur poser la question » (a short
 * message that asks exactly what is still unknown for this person). The result cards and the plan show the same
 * actions. Pure string building, everything escaped.
 */
import type { Answers } from './answers.ts';
import type { Item } from './recommend.ts';
import { askMessage } from './ask.ts';
import type { MsgContext } from './msg-text.ts';
import { esc, safeHref } from '../shared/html.ts';

export function actionsHtml(item: Item, a: Answers, c: MsgContext): string {
  const { t } = c;
  const o = item.offer;
  const signup = o.signup_url !== 'unknown' ? o.signup_url : o.website;
  const ask = askMessage(item, a, c);
  const page = ask.page === o.website ? t('q.action.website', { host: new URL(o.website).host }) : t('q.action.contactPage');
  return `
<div class="actions">
  <p><a class="button" data-signup href="${safeHref(signup)}">${esc(t(o.signup_url !== 'unknown' ? 'q.action.signup' : 'q.action.signupSite', { name: o.name }))}</a></p>
  <details class="ask" data-ask>
    <summary>${esc(t('q.action.ask', { name: o.name }))}</summary>
    <p>${esc(t(ask.mailto ? 'q.action.askHelpMail' : 'q.action.askHelp'))}</p>
    <pre class="ask-text" data-ask-text>${esc(`${ask.subject}\n\n${ask.body}`)}</pre>
    <p class="row">
      ${ask.mailto ? `<a class="button secondary" href="${safeHref(ask.mailto)}">${esc(t('q.action.mail'))}</a>` : ''}
      <button type="button" class="button secondary" data-copy-ask>${esc(t('q.action.copy'))}</button>
      <a href="${safeHref(ask.page)}">${esc(page)}</a>
    </p>
  </details>
</div>`;
}
