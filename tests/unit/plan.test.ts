/** The migration plan: its shape, its texts in both languages, and the steps for each old provider. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type From } from '../../src/lib/questionnaire/answers.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { STEP_ORDER } from '../../src/lib/plan/types.ts';
import { SOURCE_URLS } from '../../src/lib/plan/old-providers.ts';
import type { Dict, T } from '../../src/lib/shared/translate.ts';
import { EN, en, FR, fr, input, KNOWN, NBSP, NNBSP, OFFERS, plan, step, strings, text, UNKNOWN_OFFER, urls } from '../fixtures/plan.ts';

describe('plan shape', () => {
  it('keeps the documented step order, with every always-needed step', () => {
    fc.assert(fc.property(input, (i) => {
      const ids = buildPlan(i, fr).steps.map((s) => s.id);
      expect(ids).toEqual(STEP_ORDER.filter((id) => ids.includes(id)));
      for (const id of ['stock', 'account', 'backup', 'forward', 'announce', 'accounts', 'transition', 'end'] as const) expect(ids).toContain(id);
    }));
    expect(plan({}).steps.map((s) => s.id)).toEqual(STEP_ORDER.filter((id) => id !== 'domain'));
    expect(plan({ domain: true }).steps.map((s) => s.id)).toEqual([...STEP_ORDER]);
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
