/** The migration plan, continued: ISP addresses and their legal window, the chosen offer, the checklist and reminders. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ISP_SOURCES } from '../../src/lib/questionnaire/answers.ts';
import { addDays, addMonths } from '../../src/lib/shared/dates.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { en, fr, input, KNOWN, NBSP, NNBSP, ODD_OFFER, plan, step, text, UNKNOWN_OFFER, urls } from '../fixtures/plan.ts';

describe('ISP addresses', () => {
  it('mention the 6-month window only for Orange, SFR, Free and Bouygues', () => {
    fc.assert(fc.property(input, (i) => {
      const isp = ISP_SOURCES.includes(i.answers.from ?? 'other');
      expect(text(buildPlan(i, fr)).includes('6 mois')).toBe(isp);
      expect(text(buildPlan(i, en)).includes('6 months')).toBe(isp);
      expect(buildPlan(i, fr).reminders.some((r) => r.id.startsWith('isp-'))).toBe(isp && !!i.answers.ispEnd && addMonths(i.answers.ispEnd, 6) >= i.today);
    }));
    expect(ISP_SOURCES).toEqual(['orange', 'sfr', 'free-fr', 'bouygues']);
  });

  it('say to start before cancelling, and compute the deadline from the contract end', () => {
    const p = plan({ from: 'free-fr', ispEnd: '2026-08-31' });
    expect(text(step(p, 'stock'))).toContain('avant de résilier');
    expect(text(step(p, 'stock'))).toContain('le 31 août 2026');
    expect(text(step(p, 'stock'))).toContain('jusqu’au 28 février 2027');
    const isp = p.reminders.filter((r) => r.id.startsWith('isp-'));
    expect(isp.map((r) => [r.id, r.date])).toEqual([['isp-last-export', '2027-01-28'], ['isp-deadline', '2027-02-28']]);
    expect(isp[0]?.description).toContain('28 février 2027');
    expect(plan({ from: 'sfr', ispEnd: '2027-08-31' }).reminders.at(-1)?.date).toBe('2028-02-29');
  });

  it('ask for the contract end when it is unknown, and warn when the window has passed', () => {
    expect(text(plan({ from: 'bouygues' }))).toContain('Notez la date de fin de votre contrat');
    const late = plan({ from: 'orange', ispEnd: '2025-01-15' });
    expect(text(late)).toContain('déjà passée');
    expect(late.reminders.map((r) => r.id)).toEqual(['check-2w', 'check-1m', 'check-3m']);
  });

  it('ignore a contract end for non-ISP sources', () => {
    const p = plan({ from: 'laposte', ispEnd: '2026-08-31' });
    expect(p.reminders.map((r) => r.id)).toEqual(['check-2w', 'check-1m', 'check-3m']);
    expect(text(p)).not.toContain('2027');
  });
});

describe('the chosen offer', () => {
  it('shows its IMAP and SMTP settings, links and migration help when known', () => {
    const s = step(plan({}, KNOWN), 'account')!;
    expect(s.settings).toEqual([
      { label: 'Serveur IMAP (Exemple)', value: 'mail.exemple.org' },
      { label: 'Port IMAP (Exemple)', value: '993' },
      { label: 'Sécurité IMAP (Exemple)', value: 'SSL/TLS' },
      { label: 'Serveur SMTP (Exemple)', value: 'mail.exemple.org' },
      { label: 'Port SMTP (Exemple)', value: '587' },
      { label: 'Sécurité SMTP (Exemple)', value: 'STARTTLS' },
    ]);
    expect(s.links?.map((l) => l.url)).toEqual(['https://exemple.org/inscription', 'https://exemple.org/aide/imap', 'https://exemple.org/aide']);
    expect(text(s)).not.toContain('Demandez');
    expect(text(s)).toContain('Exemple aide à déménager');
    expect(text(s)).toContain('activez la double authentification.');
  });

  it('says to ask the provider when settings are unknown', () => {
    const s = step(plan({}, UNKNOWN_OFFER), 'account')!;
    expect(s.settings).toBeUndefined();
    expect(text(s)).toContain('Demandez à Flou les réglages IMAP et SMTP');
    expect(s.links).toBeUndefined();
    expect(text(step(plan({}, null), 'account'))).toContain('Demandez à votre nouvel hébergeur les réglages');
    expect(text(step(plan({}, ODD_OFFER), 'account'))).toContain('Odd ne propose pas l’accès IMAP');
  });

  it('follows its CardDAV and CalDAV support', () => {
    const known = text(step(plan({}, KNOWN), 'import-contacts'));
    expect(known).toContain('(CardDAV)');
    expect(known).toContain('Exemple ne synchronise pas les agendas');
    expect(text(step(plan({}, UNKNOWN_OFFER), 'import-contacts'))).toContain('demandez si elle synchronise');
  });

  it('compares the mailbox size with its quota', () => {
    expect(text(step(plan({ size: 12 }, KNOWN), 'stock'))).toContain(`plus que les 10${NBSP}Go prévus par Exemple`);
    expect(text(step(plan({ size: 4 }, KNOWN), 'stock'))).toContain('c’est suffisant');
    expect(text(step(plan({ size: 4 }, UNKNOWN_OFFER), 'stock'))).toContain(`4${NBSP}Go`);
    expect(text(step(plan({}, KNOWN), 'stock'))).toContain('Notez la taille');
  });
});

describe('checklist, announcement, reminders, sources', () => {
  it('lists accounts in priority order, then recovery email and 2FA', () => {
    expect(plan({}).checklist.map((c) => c.id)).toEqual(['bank', 'tax', 'caf', 'health', 'employer', 'daily', 'shops', 'recovery', '2fa']);
    expect(plan({}).checklist.find((c) => c.id === 'shops')?.label).toContain('désabonnez-vous');
  });

  it('prepares a short announcement, in Bcc, in the person’s language', () => {
    expect(plan({}).announcement.body).toContain('[nouvelle adresse]');
    expect(plan({ who: 'association' }).announcement.body).toContain('Nous changeons');
    expect(plan({}, null, en).announcement.subject).toBe('My new email address');
    expect(text(step(plan({}), 'announce'))).toContain('copie cachée (Cci)');
  });

  it('schedules the old-box checks 2 weeks, 1 month and 3 months after today, sorted and never in the past', () => {
    fc.assert(fc.property(input, (i) => {
      const r = buildPlan(i, fr).reminders;
      expect(r.filter((x) => x.id.startsWith('check-')).map((x) => [x.id, x.date])).toEqual([
        ['check-2w', addDays(i.today, 14)], ['check-1m', addMonths(i.today, 1)], ['check-3m', addMonths(i.today, 3)],
      ]);
      expect(r.map((x) => x.date)).toEqual(r.map((x) => x.date).sort());
      expect(r.every((x) => x.date >= i.today)).toBe(true);
    }));
  });

  it('lists each linked source once, each backed by a step link', () => {
    fc.assert(fc.property(input, (i) => {
      const p = buildPlan(i, fr);
      const keys = p.sources.map((s) => s.label + s.url);
      expect(new Set(keys).size).toBe(keys.length);
      const stepLinks = p.steps.flatMap((s) => s.links ?? []);
      for (const s of p.sources) expect(stepLinks).toContainEqual({ label: `Source${NNBSP}: ${s.label}`, url: s.url });
      expect(urls(p).every((u) => u.startsWith('https://'))).toBe(true);
    }));
    expect(plan({ from: 'gmail' }).sources.map((s) => s.url)).toContain('https://stalw.art/docs/migration/import-export/import/takeout/');
  });
});

describe('keeping the internet contract', () => {
  it('says the old address stays and suggests forwarding rather than closing', () => {
    const p = plan({ from: 'orange', keep: true, ispEnd: '2026-09-30' }, KNOWN);
    const all = text(p);
    expect(all).toContain(fr('plan.stock.isp.keep', { provider: fr('plan.from.orange') }));
    expect(text(step(p, 'forward'))).toContain(fr('plan.forward.keep', { provider: fr('plan.from.orange') }));
    expect(text(step(p, 'end'))).toContain(fr('plan.end.keep', { provider: fr('plan.from.orange') }));
    // Nothing about the address closing, and no reminder of a deadline that will not come.
    expect(all).not.toContain(fr('plan.stock.isp.noDate'));
    expect(p.reminders.map((r) => r.id)).not.toContain('isp-deadline');
  });

  it('still counts the legal six months for someone who leaves the contract', () => {
    const p = plan({ from: 'orange', keep: false, ispEnd: '2026-09-30' }, KNOWN);
    expect(p.reminders.map((r) => r.id)).toContain('isp-deadline');
    expect(text(step(p, 'end'))).not.toContain(fr('plan.end.keep', { provider: fr('plan.from.orange') }));
  });
});

describe('an own domain name', () => {
  it('adds the step that moves it: the records the host gives, the TTL, the host confirms; sourced, no host invented', () => {
    const p = plan({ from: 'gmail', domain: true }, KNOWN);
    const s = step(p, 'domain');
    expect(s.items).toContain(fr('plan.domain.ttl'));
    expect(s.items).toContain(fr('plan.domain.records', { offer: KNOWN.name }));
    expect(s.items).toContain(fr('plan.domain.confirm', { offer: KNOWN.name }));
    expect((s.links ?? []).map((l) => l.url)).toEqual(expect.arrayContaining(['https://www.rfc-editor.org/rfc/rfc7489', 'https://support.google.com/mail/answer/81126']));
    // The records come from the host: no host name of ours in the step.
    expect(text(s)).not.toMatch(/\b(mx|mail|smtp)\.[a-z0-9-]+\.[a-z]{2,}/i);
    expect(text(step(plan({ domain: true }, null), 'domain'))).toContain(fr('plan.domain.theHost'));
  });

  it('is left out for someone who does not need one', () => {
    expect(plan({ domain: false }, KNOWN).steps.map((s) => s.id)).not.toContain('domain');
  });
});
