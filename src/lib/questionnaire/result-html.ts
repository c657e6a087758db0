/**
 * The questionnaire's result as HTML: one highlighted suggestion, then the CHATONS tiers (matches, offers to confirm,
 * near misses) and, apart, the offers outside CHATONS. Every card says why, what is still unknown, and leads somewhere
 * (sign up, ask them). Stable hooks for tests and embedders: data-provider (CHATONS matches, rank order),
 * data-to-confirm, data-near-miss with data-failed, data-outside-offer, data-suggestion. Pure string building, every
 * text escaped, so it is tested without a browser.
 */
import type { Answers } from './answers.ts';
import type { Constraint } from './constraints.ts';
import type { Item, Msg, Recommendation } from './recommend.ts';
import { msgText, type MsgContext } from './msg-text.ts';
import { actionsHtml } from './actions-html.ts';
import { euros } from '../shared/format.ts';
import { esc, safeHref } from '../shared/html.ts';

export { msgText };

export interface ResultContext extends MsgContext {
  /** Link to an offer's page. */
  offerUrl: (id: string) => string;
  /** The CHATONS collective's directory, for the honest "nothing fits". */
  chatonsUrl: string;
}

type Kind = 'match' | 'confirm' | 'near' | 'outside';
const HOOK: Record<Kind, string> = { match: 'data-provider', confirm: 'data-to-confirm', near: 'data-near-miss', outside: 'data-outside-offer' };

/** The best non-empty tier's first offer: matches, then to confirm, then outside matches, then near misses. */
export function suggestion(r: Recommendation): { item: Item; kind: Kind } | null {
  const order: [Item[], Kind][] = [[r.matches, 'match'], [r.toConfirm, 'confirm'], [r.outside.matches, 'outside'], [r.nearMisses, 'near']];
  for (const [items, kind] of order) if (items[0]) return { item: items[0], kind };
  return null;
}

function costText(item: Item, c: ResultContext): string {
  const { t } = c;
  if (!item.cost) return t('q.result.costUnknown');
  if (item.cost.payWhatYouCan) return t('q.result.costSuggested', { total: euros(item.cost.total, c.intl) });
  if (item.cost.total === 0) return t('q.result.costFree');
  return t('q.result.cost', { total: euros(item.cost.total, c.intl) });
}

function itemHtml(item: Item, kind: Kind, a: Answers, c: ResultContext, extra = ''): string {
  const { t } = c;
  const list = (cls: string, title: string, msgs: Msg[]) =>
    msgs.length ? `<h4>${esc(title)}</h4><ul class="${cls}">${msgs.map((m) => `<li>${esc(msgText(m, c))}</li>`).join('')}</ul>` : '';
  const label = (k: Constraint) => t(`q.constraint.${k}`);
  const failed = item.failed ? ` data-failed="${esc(item.failed)}"` : '';
  return `
<li class="card result-item"${extra} ${HOOK[kind]}="${esc(item.id)}"${failed}>
  <h3><a href="${safeHref(c.offerUrl(item.id))}">${esc(item.offer.name)}</a></h3>
  ${item.offer.chatons !== 'member' ? `<p class="badge${item.offer.chatons === 'unverified' ? ' warn' : ''}">${esc(t(`chatons.${item.offer.chatons}`))}</p>` : ''}
  ${item.failed ? `<p class="badge no">${esc(t('q.result.failed', { what: label(item.failed) }))}</p>` : ''}
  ${item.toCheck.length ? `<p class="badge warn">${esc(t('q.result.toCheck', { list: item.toCheck.map(label).join(', ') }))}</p>` : ''}
  <p>${esc(costText(item, c))}</p>
  ${list('reasons', t('q.result.why'), item.reasons)}
  ${list('caveats', t('q.result.know'), item.caveats)}
  ${actionsHtml(item, a, c)}
  <p class="no-print"><button type="button" class="button secondary" data-plan-for="${esc(item.id)}">${esc(t('q.result.planFor', { name: item.offer.name }))}</button></p>
</li>`;
}

function block(title: string, help: string, items: Item[], kind: Kind, a: Answers, c: ResultContext, cls = ''): string {
  if (!items.length) return '';
  return `<section class="tier tier-${kind}${cls}"><h3 class="tier-title">${esc(title)}</h3>${help ? `<p>${esc(help)}</p>` : ''}<ol class="results">${items.map((i) => itemHtml(i, kind, a, c)).join('')}</ol></section>`;
}

export function resultHtml(r: Recommendation, a: Answers, c: ResultContext): string {
  const { t } = c;
  const best = suggestion(r);
  const rest = (items: Item[]) => items.filter((i) => i !== best?.item);
  const unconfirmed = r.unconfirmed.length
    ? `<p class="notice" data-unconfirmed>${esc(t('q.result.unconfirmed', { list: r.unconfirmed.map((k) => t(`q.constraint.${k}`)).join(', ') }))}</p>`
    : '';
  const top = best
    ? `<section class="suggestion" aria-labelledby="suggestion-title"><h3 id="suggestion-title">${esc(t('q.result.suggestion'))}</h3>
       <ol class="results">${itemHtml(best.item, best.kind, a, c, ' data-suggestion')}</ol></section>`
    : `<div class="notice" data-nothing-fits><p><strong>${esc(t('q.result.none'))}</strong></p><p>${esc(t('q.result.noneHelp'))} <a href="${safeHref(c.chatonsUrl)}">${esc(t('q.result.chatons'))}</a></p></div>`;
  const outside = rest([...r.outside.matches, ...r.outside.toConfirm]);
  return [
    unconfirmed,
    top,
    `<p class="muted">${esc(t('q.result.order'))}</p>`,
    block(t('q.result.matches', { n: r.matches.length }), '', rest(r.matches), 'match', a, c),
    block(t('q.result.toConfirm', { n: r.toConfirm.length }), t('q.result.toConfirmHelp'), rest(r.toConfirm), 'confirm', a, c),
    block(t('q.result.nearMisses', { n: r.nearMisses.length }), '', rest(r.nearMisses), 'near', a, c),
    outside.length ? `<div data-outside>${block(t('q.result.outside', { n: outside.length }), t('q.result.outsideHelp'), outside, 'outside', a, c, ' tier-apart')}</div>` : '',
  ].join('');
}
