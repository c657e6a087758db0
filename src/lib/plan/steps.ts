/**
 * The ten steps of the migration plan, in the order migration.md gives ("An ordered migration plan").
 * Each builder returns null when the step does not apply, so the order lives in one list.
 */
import { backupPart, forwardPart, importPart, serverSettings, SOURCE_URLS } from './old-providers.ts';
import type { Ctx, Link, Part, Setting, Step, StepId } from './types.ts';
import type { Server } from '../../schemas/provider.ts';
import { domainStep } from './domain-step.ts';

function step(c: Ctx, id: StepId, ...parts: Part[]): Step {
  const s: Step = { id, title: c.t(`plan.step.${id}.title`), items: parts.flatMap((p) => p.items) };
  const settings = parts.flatMap((p) => p.settings ?? []);
  const links = parts.flatMap((p) => p.links ?? []);
  if (settings.length) s.settings = settings;
  if (links.length) s.links = links;
  return s;
}

const known = (s: Server | 'unknown' | undefined): s is Server => typeof s === 'object';
/** Mail and contacts are moved unless the person said otherwise ("I don't know" keeps every step). */
const moves = (c: Ctx, what: 'mail' | 'contacts' | 'calendar') => !c.answers.move || c.answers.move.includes(what);

function stock(c: Ctx): Step {
  const { size } = c.answers;
  const quota = c.offer && typeof c.offer.quota_gb === 'number' ? c.offer.quota_gb : undefined;
  const items = [c.t('plan.stock.list', { provider: c.oldName })];
  const links: Link[] = [];
  if (c.from === 'gmail') items.push(c.t('plan.stock.gmail.services'));
  if (size === undefined) items.push(c.t('plan.stock.size.unknown'));
  else {
    items.push(c.t('plan.stock.size.known', { size: c.num(size) }));
    if (quota !== undefined && c.offer)
      items.push(c.t(size > quota ? 'plan.stock.quota.over' : 'plan.stock.quota.ok', { quota: c.num(quota), offer: c.offer.name }));
    if (c.from === 'gmail') {
      items.push(c.t('plan.stock.gmail.labels'));
      links.push(c.source(c.t('plan.src.imapsync.gmail'), SOURCE_URLS.imapsync));
    }
  }
  items.push(c.t('plan.stock.who'));
  if (c.keeps) items.push(c.t('plan.stock.isp.keep', { provider: c.oldName }));
  else if (c.isp) {
    items.push(c.t('plan.stock.isp.law', { provider: c.oldName }));
    const end = c.answers.ispEnd;
    if (end && c.deadline) {
      items.push(c.t('plan.stock.isp.deadline', { end: c.day(end), deadline: c.day(c.deadline) }));
      if (c.deadline < c.today) items.push(c.t('plan.stock.isp.passed'));
    } else items.push(c.t('plan.stock.isp.noDate'));
  }
  return step(c, 'stock', { items, links });
}

function account(c: Ctx): Step {
  const o = c.offer;
  const count = c.answers.accounts ?? 1;
  const several = count > 1 ? [c.t('plan.account.several', { count })] : [];
  if (!o) {
    const items = [c.t('plan.account.choose'), ...several, c.t('plan.account.twoFactor.maybe'), c.t('plan.account.webmail')];
    return step(c, 'account', { items: [...items, c.t('plan.account.askSettings.generic')] });
  }
  const items = [c.t('plan.account.create', { offer: o.name }), ...several];
  const links: Link[] = [];
  if (o.signup_url !== 'unknown') links.push({ label: c.t('plan.link.signup', { offer: o.name }), url: o.signup_url });
  items.push(c.t(o.two_factor === 'yes' ? 'plan.account.twoFactor.yes' : o.two_factor === 'no' ? 'plan.account.twoFactor.no' : 'plan.account.twoFactor.maybe'));
  items.push(c.t('plan.account.webmail'), c.t(c.answers.app === false ? 'plan.account.apps.later' : 'plan.account.apps.now'));
  const settings: Setting[] = [];
  if (known(o.imap_server)) settings.push(...serverSettings(c, 'imap', o.imap_server, o.name));
  if (known(o.smtp_server)) settings.push(...serverSettings(c, 'smtp', o.smtp_server, o.name));
  if (o.imap === 'no') items.push(c.t('plan.account.noImap', { offer: o.name }));
  else if (!known(o.imap_server) || !known(o.smtp_server)) items.push(c.t('plan.account.askSettings.offer', { offer: o.name }));
  // The offer's own sources back its server settings: link them next to the rows.
  for (const s of o.sources.filter((s) => s.backs.some((b) => b === 'imap_server' || b === 'smtp_server')))
    if (s.kind !== 'measured') links.push(c.source(s.title, s.url));
  if (o.docs_url !== 'unknown') links.push({ label: c.t('plan.link.docs', { offer: o.name }), url: o.docs_url });
  if (o.migration_help === 'yes') items.push(c.t('plan.account.migrationHelp', { offer: o.name }));
  return step(c, 'account', { items, settings, links });
}

function backup(c: Ctx): Step {
  return step(c, 'backup', { items: [c.t('plan.backup.first')] }, backupPart(c), { items: [c.t('plan.backup.keep')] });
}

function importMail(c: Ctx): Step | null {
  if (!moves(c, 'mail')) return null;
  const host = c.offer && known(c.offer.imap_server) ? c.offer.imap_server.host : c.t('plan.import.host2');
  return step(c, 'import-mail', { items: [c.t('plan.import.providerTool')] }, importPart(c, host), { items: [c.t('plan.import.archiveOnly')] });
}

function importContacts(c: Ctx): Step | null {
  const contacts = moves(c, 'contacts');
  const calendar = moves(c, 'calendar');
  if (!contacts && !calendar) return null;
  const o = c.offer;
  const items: string[] = [];
  if (c.from === 'gmail') items.push(c.t('plan.contacts.gmail'));
  if (contacts) {
    if (c.from !== 'gmail') items.push(c.t('plan.contacts.export', { provider: c.oldName }));
    const dav = o ? o.carddav : 'unknown';
    items.push(dav === 'unknown' ? c.t('plan.contacts.import.unknown') : c.t(`plan.contacts.import.${dav}`, { offer: o?.name ?? '' }));
  }
  if (calendar) {
    if (c.from !== 'gmail') items.push(c.t('plan.calendar.export', { provider: c.oldName }));
    const dav = o ? o.caldav : 'unknown';
    items.push(dav === 'unknown' ? c.t('plan.calendar.import.unknown') : c.t(`plan.calendar.import.${dav}`, { offer: o?.name ?? '' }));
  }
  const s = step(c, 'import-contacts', { items });
  if (!contacts || !calendar) s.title = c.t(contacts ? 'plan.step.import-contacts.contacts.title' : 'plan.step.import-contacts.calendar.title');
  return s;
}

function forward(c: Ctx): Step {
  const keep = c.keeps ? [c.t('plan.forward.keep', { provider: c.oldName })] : [];
  return step(c, 'forward', forwardPart(c), { items: [...keep, c.t('plan.forward.autoreply'), c.t('plan.forward.test')] });
}

function announce(c: Ctx): Step {
  return step(c, 'announce', { items: (['plan.announce.bcc', 'plan.announce.short', 'plan.announce.signature', 'plan.announce.addContact'] as const).map((k) => c.t(k)) });
}

function accounts(c: Ctx): Step {
  return step(c, 'accounts', { items: (['plan.accounts.order', 'plan.accounts.unsubscribe', 'plan.accounts.recovery'] as const).map((k) => c.t(k)) });
}

function transition(c: Ctx, checks: string[]): Step {
  const items = [
    c.keeps
      ? c.t('plan.transition.length.keep', { provider: c.oldName })
      : c.isp
        ? c.t(c.deadline ? 'plan.transition.length.ispDate' : 'plan.transition.length.isp', { provider: c.oldName, deadline: c.deadline ? c.day(c.deadline) : '' })
        : c.t('plan.transition.length.default'),
    c.t('plan.transition.watch'),
    c.t('plan.transition.spam'),
    c.undated
      ? c.t('plan.transition.checkAfter')
      : c.t('plan.transition.reminders', { d1: c.day(checks[0]!), d2: c.day(checks[1]!), d3: c.day(checks[2]!) }),
  ];
  return step(c, 'transition', { items });
}

function end(c: Ctx): Step {
  const items = [c.t(c.keeps ? 'plan.end.keep' : 'plan.end.choice', { provider: c.oldName })];
  if (c.from === 'gmail') items.push(c.t('plan.end.gmail.inactive'), c.t('plan.end.gmail.account'));
  if (c.isp && !c.keeps) items.push(c.deadline ? c.t('plan.end.isp.date', { provider: c.oldName, deadline: c.day(c.deadline) }) : c.t('plan.end.isp.noDate', { provider: c.oldName }));
  items.push(c.t('plan.end.lastExport'));
  return step(c, 'end', { items });
}

/** All applicable steps, in plan order. `checks` are the three "look at the old box" reminder dates. */
export function buildSteps(c: Ctx, checks: string[]): Step[] {
  const all = [stock(c), account(c), backup(c), importMail(c), importContacts(c), domainStep(c), forward(c), announce(c), accounts(c), transition(c, checks), end(c)];
  return all.filter((s): s is Step => s !== null);
}
