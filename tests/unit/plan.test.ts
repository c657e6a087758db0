import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FROM, MOVE, WHO, type Answers, type From } from '../../src/lib/questionnaire/answers.ts';
import { addDays, addMonths, formatIsoDay } from '../../src/lib/shared/dates.ts';
import { daysInMonth } from '../../src/schemas/iso-date.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { STEP_ORDER, type Plan, type PlanInput, type Step } from '../../src/lib/plan/types.ts';
import { SOURCE_URLS } from '../../src/lib/plan/old-providers.ts';
import { ISP_SOURCES } from '../../src/lib/questionnaire/answers.ts';
import { makeT, type Dict, type T } from '../../src/lib/shared/translate.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';

const dict = (lang: string): Dict => JSON.parse(fs.readFileSync(`src/i18n/${lang}.json`, 'utf8'));
const FR = dict('fr');
const EN = dict('en');
const fr = makeT(FR);
const en = makeT(EN);
const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** An offer whose every fact used by the plan is known. Host names avoid "imap."/"smtp." on purpose (see below). */
const KNOWN: ProviderEntry = {
  id: 'exemple', name: 'Exemple', website: 'https://exemple.org/', chatons: 'member', organisation_type: 'ASSOCIATION',
  founded: 2015, country: 'FR', region: 'Bretagne', city: 'Rennes', area_served_first: 'none', registration: 'Member', load: 'OPEN',
  audiences: { individuals: 'yes', families: 'yes', associations: 'yes', professionals: 'no' },
  price: { model: 'membership', amount: 20, period: 'year' }, quota_gb: 10, quota_shared_accounts: 'no', quota_shared_services: 'no',
  custom_domain: 'no', aliases: 'yes', webmail: 'yes', webmail_software: 'Roundcube', imap: 'yes',
  imap_server: { host: 'mail.exemple.org', port: 993, security: 'ssl' }, smtp_server: { host: 'mail.exemple.org', port: 587, security: 'starttls' },
  pop: 'no', caldav: 'no', carddav: 'yes', two_factor: 'yes', encryption_at_rest: 'unknown', support_channels: ['email'],
  support_languages: ['fr'], in_person_help: 'yes', migration_help: 'yes', extra_services: ['cloud'],
  signup_url: 'https://exemple.org/inscription', docs_url: 'https://exemple.org/aide',
  sources: [{ id: 'aide', url: 'https://exemple.org/aide/imap', title: 'Exemple, réglages IMAP', checked: '2026-01', backs: ['imap_server', 'smtp_server'] }],
};
const UNKNOWN_OFFER: ProviderEntry = {
  ...KNOWN, id: 'flou', name: 'Flou', imap: 'unknown', imap_server: 'unknown', smtp_server: 'unknown', signup_url: 'unknown', docs_url: 'unknown',
  migration_help: 'unknown', carddav: 'unknown', caldav: 'unknown', two_factor: 'unknown', quota_gb: 'unknown', sources: [],
};
const ODD_OFFER: ProviderEntry = { ...KNOWN, id: 'odd', name: 'Odd', imap: 'no', smtp_server: 'unknown', two_factor: 'no', carddav: 'no', caldav: 'yes', migration_help: 'no' };
const OFFERS = [null, KNOWN, UNKNOWN_OFFER, ODD_OFFER];

function plan(answers: Partial<Answers>, offer: ProviderEntry | null = null, t: T = fr, today = '2026-06-01'): Plan {
  return buildPlan({ answers: { seed: 0, ...answers }, offer, today }, t);
}
/** Every string in the plan (texts, setting values, URLs). */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}
const text = (x: Plan | Step) => strings(x).join('\n');
const urls = (p: Plan) => [...p.steps.flatMap((s) => s.links ?? []), ...p.sources].map((l) => l.url);
/** The step, or a thrown error: a missing step must not make "not.toContain" checks pass vacuously. */
function step(p: Plan, id: string): Step {
  const s = p.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step "${id}" in ${p.steps.map((x) => x.id).join(', ')}`);
  return s;
}

// --- Generators ---
const isoDay = (min: number, max: number) =>
  fc.record({ year: fc.integer({ min, max }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => formatIsoDay({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
const answers: fc.Arbitrary<Answers> = fc.record(
  {
    seed: fc.nat(),
    who: fc.constantFrom(...WHO),
    accounts: fc.integer({ min: 1, max: 50 }),
    from: fc.constantFrom(...FROM),
    move: fc.subarray([...MOVE]),
    size: fc.double({ min: 0, max: 2000, noNaN: true }),
    app: fc.boolean(),
    ispEnd: isoDay(2020, 2030),
  },
  { requiredKeys: ['seed'] },
);
const input: fc.Arbitrary<PlanInput> = fc.record({ answers, offer: fc.constantFrom(...OFFERS), today: isoDay(2024, 2030) });

describe('plan shape', () => {
  it('keeps the documented step order, with every always-needed step', () => {
    fc.assert(fc.property(input, (i) => {
      const ids = buildPlan(i, fr).steps.map((s) => s.id);
      expect(ids).toEqual(STEP_ORDER.filter((id) => ids.includes(id)));
      for (const id of ['stock', 'account', 'backup', 'forward', 'announce', 'accounts', 'transition', 'end'] as const) expect(ids).toContain(id);
    }));
    expect(plan({}).steps.map((s) => s.id)).toEqual([...STEP_ORDER]);
  });

  it('skips imports the person does not want, and keeps them when unknown', () => {
    expect(plan({ move: ['mail'] }).steps.map((s) => s.id)).not.toContain('import-contacts');
    expect(plan({ move: [] }).steps.map((s) => s.id)).not.toContain('import-mail');
    expect(plan({ move: [] }).steps.map((s) => s.id)).not.toContain('import-contacts');
    expect(step(plan({ move: ['contacts'] }), 'import-contacts')?.title).toBe(FR['plan.step.import-contacts.contacts.title']);
    expect(step(plan({ move: ['calendar'] }), 'import-contacts')?.title).toBe(FR['plan.step.import-contacts.calendar.title']);
    expect(text(plan({ move: ['contacts'] }))).not.toContain('.ics');
    expect(step(plan({}), 'import-contacts')?.title).toBe(FR['plan.step.import-contacts.title']);
  });

  it('gives every step a title and at least one item', () => {
    fc.assert(fc.property(input, (i) => {
      for (const s of buildPlan(i, fr).steps) expect(s.title.length > 0 && s.items.length > 0 && s.items.every((x) => x.length > 0)).toBe(true);
    }));
  });

  it('rejects a malformed today', () => {
    expect(() => plan({}, null, fr, '2026-02-30')).toThrow(RangeError);
  });
});

describe('texts', () => {
  for (const [lang, t, d] of [['fr', fr, FR], ['en', en, EN]] as const) {
    it(`asks only for existing keys and interpolates everything (${lang})`, () => {
      const asked = new Set<string>();
      const recording: T = (key, vars) => (asked.add(key), t(key, vars));
      fc.assert(fc.property(input, (i) => {
        for (const s of strings(buildPlan(i, recording))) {
          expect(s).not.toContain('{{');
          expect(s).not.toMatch(/^plan\.[\w.-]+$/);
        }
      }));
      expect([...asked].filter((k) => !(k in d))).toEqual([]);
    });
  }

  it('has the same plan keys in French and English, none a dotted prefix of another', () => {
    const keys = (d: Dict) => Object.keys(d).filter((k) => k.startsWith('plan.')).sort();
    expect(keys(FR)).toEqual(keys(EN));
    const all = keys(FR);
    expect(all.filter((k) => all.some((o) => o.startsWith(k + '.')))).toEqual([]);
  });

  it('follows French typography', () => {
    for (const [k, v] of Object.entries(FR).filter(([k]) => k.startsWith('plan.'))) {
      expect([k, v.includes("'")]).toEqual([k, false]);
      expect([k, /[ \u00a0][;:!?»%€]/.test(v)]).toEqual([k, false]);
      expect([k, /[^\s\u202f\u00a0][;!?»]/.test(v.replace(/\{\{\w+\}\}/g, ''))]).toEqual([k, false]);
      expect([k, /«(?!\u202f)/.test(v)]).toEqual([k, false]);
      expect([k, /\w :/.test(v)]).toEqual([k, false]);
    }
  });

  it('writes dates and decimals the French way', () => {
    const p = plan({ from: 'orange', ispEnd: '2026-08-31', size: 2.5 });
    expect(text(p)).toContain('28 février 2027');
    expect(text(p)).toContain(`2,5${NBSP}Go`);
    expect(text(plan({}, null, fr, '2026-05-18'))).toContain('1er juin 2026'); // 2 weeks later
    expect(text(plan({ from: 'orange', ispEnd: '2026-08-31' }, null, en))).toContain('28 February 2027');
  });
});

describe('per source', () => {
  it('Gmail: app password, 2-Step Verification, the IMAP limit and folders to exclude', () => {
    const p = plan({ from: 'gmail', size: 12 });
    const s = text(step(p, 'import-mail'));
    expect(s).toContain('myaccount.google.com/apppasswords');
    expect(urls(p)).toContain('https://myaccount.google.com/apppasswords');
    expect(s).toContain(`2${NNBSP}500${NBSP}Mo`);
    expect(s).toContain('sans les espaces');
    expect(s).toContain('validation en deux étapes');
    expect(s).toContain(`«${NNBSP}All Mail${NNBSP}»`);
    expect(s).toContain('--gmail1');
    expect(step(p, 'import-mail')?.settings).toEqual(expect.arrayContaining([{ label: 'Serveur IMAP (Gmail)', value: 'imap.gmail.com' }]));
    expect(text(step(p, 'forward'))).toContain('2026');
    expect(text(step(p, 'end'))).toContain('2 ans');
    expect(text(step(p, 'end'))).toContain('compte Google');
  });

  it('Gmail: estimates transfer days from the size at 2.5 GB a day', () => {
    expect(text(plan({ from: 'gmail', size: 12 }))).toContain('environ 5 jours');
    expect(text(plan({ from: 'gmail', size: 25 }))).toContain('environ 10 jours');
    expect(text(plan({ from: 'gmail', size: 2 }))).toContain('une journée devrait suffire');
    expect(text(plan({ from: 'gmail' }))).not.toMatch(/environ \d+ jours/);
    fc.assert(fc.property(fc.double({ min: 2.6, max: 5000, noNaN: true }), (size) => {
      const days = Math.ceil(size / 2.5 - 1e-9);
      expect(text(plan({ from: 'gmail', size }))).toMatch(new RegExp(`environ ${days} jours`));
    }));
  });

  it('Gmail: puts the new host into the imapsync command when known', () => {
    expect(text(plan({ from: 'gmail' }, KNOWN))).toContain('--host2 mail.exemple.org');
    expect(text(plan({ from: 'gmail' }, UNKNOWN_OFFER))).toContain('--host2 <serveur IMAP du nouvel hébergeur>');
  });

  it('Outlook: enable IMAP, OAuth2 only, app passwords broken', () => {
    const s = text(step(plan({ from: 'outlook' }), 'import-mail'));
    expect(s).toContain('désactivé par défaut');
    expect(s).toContain('Settings → Mail → Forwarding and IMAP');
    expect(s).toContain('OAuth2');
    expect(s).toContain('--office1');
    expect(s).toContain('outlook.office365.com');
    expect(text(plan({ from: 'outlook' }, null, en))).toContain('POP and IMAP access is off by default');
  });

  it('Orange: shows imap.orange.fr on port 993 with the full address as username', () => {
    const settings = step(plan({ from: 'orange' }), 'import-mail')?.settings ?? [];
    expect(settings).toEqual(expect.arrayContaining([
      { label: 'Serveur IMAP (Orange)', value: 'imap.orange.fr' },
      { label: 'Port IMAP (Orange)', value: '993' },
      { label: 'Sécurité IMAP (Orange)', value: 'SSL/TLS' },
      { label: 'Identifiant (Orange)', value: 'votre adresse complète' },
    ]));
  });

  const unsourced: (From | undefined)[] = ['yahoo', 'sfr', 'free-fr', 'bouygues', 'laposte', 'other', undefined];
  it('Yahoo, SFR, Free, Bouygues, La Poste and others: no host name and no invented link', () => {
    const allowed = new Set<string>([...Object.values(SOURCE_URLS), 'https://exemple.org/inscription', 'https://exemple.org/aide', 'https://exemple.org/aide/imap']);
    for (const from of unsourced)
      for (const offer of OFFERS)
        for (const t of [fr, en]) {
          const p = plan({ from, size: 3, ispEnd: '2026-08-31' }, offer, t);
          const prose = strings(p).filter((x) => !x.startsWith('https://')).join('\n');
          expect(prose).not.toMatch(/imap\.|smtp\./i);
          // Any host-like token must be the test offer's server or a cited secondary source for the ISP law.
          const hosts = prose.match(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|fr|net|org|io|eu|de|be|ch)\b/gi) ?? [];
          expect(hosts.filter((h) => !['mail.exemple.org', 'parlonsdeco.fr', 'sydec40.fr'].includes(h))).toEqual([]);
          expect(urls(p).filter((u) => !allowed.has(u))).toEqual([]);
          expect(step(p, 'import-mail')?.settings?.filter((s) => !s.label.includes(offer?.name ?? '\0')) ?? []).toEqual([]);
        }
    expect(text(step(plan({ from: 'sfr' }), 'backup'))).toContain('page d’aide');
    expect(text(step(plan({ from: 'laposte' }), 'forward'))).toContain('chez La Poste (voir sa page d’aide)');
  });
});

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
