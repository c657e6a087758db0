/**
 * The questionnaire's result as HTML: matches, offers to confirm, near misses, and the outside-CHATONS block,
 * with the stable hooks tests and embedders rely on (data-provider, data-to-confirm, data-near-miss, data-failed).
 * Pure string building (everything escaped), so it is tested without a browser.
 */
import type { Item, Msg, Recommendation } from './recommend.ts';
import { MSG_VARS } from './reasons.ts';
import { checkedDate, countryName, euros, gigabytes, languageName } from '../shared/format.ts';
import { esc, safeHref } from '../shared/html.ts';
import type { ExtraService, FactField } from '../../schemas/provider.ts';
import type { T } from '../shared/translate.ts';


export interface ResultContext {
  t: T;
  lang: string;
  intl: string;
  /** Link to an offer's page. */
  offerUrl: (id: string) => string;
  /** The CHATONS collective's directory, for the honest "nothing fits". */
  chatonsUrl: string;
}

/** Formats a message's raw variables as MSG_VARS says, then translates it. */
export function msgText(m: Msg, c: ResultContext): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.vars ?? {})) {
    const kind = (MSG_VARS as Record<string, string>)[k];
    vars[k] =
      kind === 'euros' ? euros(Number(v), c.intl)
      : kind === 'gb' ? gigabytes(Number(v), c.intl, c.t)
      // The engine writes these lists from field names and extra-service codes (reasons.ts); the browser bundle
      // must not import the schema itself to check them.
      : kind === 'fields' ? (String(v).split(',') as FactField[]).map((f) => c.t(`field.${f}`)).join(', ')
      : kind === 'extras' ? (String(v).split(',') as ExtraService[]).map((f) => c.t(`extra.${f}`)).join(', ')
      : kind === 'country' ? countryName(String(v), c.lang)
      : kind === 'language' ? languageName(String(v), c.lang)
      : kind === 'date' ? checkedDate(String(v), c.intl)
      : v;
  }
  return c.t(m.key, vars);
}


type Kind = 'match' | 'confirm' | 'near' | 'outside';
// Outside offers get their own hook: data-provider marks CHATONS matches only, in rank order.
const HOOK: Record<Kind, string> = { match: 'data-provider', confirm: 'data-to-confirm', near: 'data-near-miss', outside: 'data-outside-offer' };

function itemHtml(item: Item, kind: Kind, c: ResultContext): string {
  const { t } = c;
  const name = item.offer.name;
  const list = (cls: string, title: string, msgs: Msg[]) =>
    msgs.length ? `<h4>${esc(title)}</h4><ul class="${cls}">${msgs.map((m) => `<li>${esc(msgText(m, c))}</li>`).join('')}</ul>` : '';
  const failed = item.failed ? ` data-failed="${esc(item.failed)}"` : '';
  const cost = item.cost ? t('q.result.cost', { total: euros(item.cost.total, c.intl) }) : t('q.result.costUnknown');
  return `
<li class="card result-item" ${HOOK[kind]}="${esc(item.id)}"${failed}>
  <h3><a href="${safeHref(c.offerUrl(item.id))}">${esc(name)}</a></h3>
  ${item.failed ? `<p class="badge no">${esc(t('q.result.failed', { what: t(`q.constraint.${item.failed}`) }))}</p>` : ''}
  ${item.toCheck.length ? `<p class="badge warn">${esc(t('q.result.toCheck', { list: item.toCheck.map((k) => t(`q.constraint.${k}`)).join(', ') }))}</p>` : ''}
  <p>${esc(cost)}</p>
  ${list('reasons', t('q.result.why'), item.reasons)}
  ${list('caveats', t('q.result.know'), item.caveats)}
  <p class="no-print"><button type="button" class="button secondary" data-plan-for="${esc(item.id)}">${esc(t('q.result.planFor', { name }))}</button></p>
</li>`;
}

function block(title: string, help: string, items: Item[], kind: Kind, c: ResultContext): string {
  if (!items.length) return '';
  return `<section class="tier tier-${kind}"><h2>${esc(title)}</h2>${help ? `<p>${esc(help)}</p>` : ''}<ol class="results">${items.map((i) => itemHtml(i, kind, c)).join('')}</ol></section>`;
}

export function resultHtml(r: Recommendation, c: ResultContext): string {
  const { t } = c;
  const nothing = !r.matches.length && !r.toConfirm.length;
  const none = nothing
    ? `<div class="notice" data-nothing-fits><p><strong>${esc(t('q.result.none'))}</strong></p><p>${esc(t('q.result.noneHelp'))} <a href="${safeHref(c.chatonsUrl)}">${esc(t('q.result.chatons'))}</a></p></div>`
    : '';
  const outside = r.outside.matches.length + r.outside.toConfirm.length
    ? `<section class="tier tier-outside" data-outside><h2>${esc(t('q.result.outside'))}</h2><p>${esc(t('q.result.outsideHelp'))}</p>
       <ol class="results">${[...r.outside.matches, ...r.outside.toConfirm].map((i) => itemHtml(i, 'outside', c)).join('')}</ol></section>`
    : '';
  return [
    none,
    block(t('q.result.matches'), '', r.matches, 'match', c),
    block(t('q.result.toConfirm'), t('q.result.toConfirmHelp'), r.toConfirm, 'confirm', c),
    block(t('q.result.nearMisses'), '', r.nearMisses, 'near', c),
    outside,
  ].join('');
}
