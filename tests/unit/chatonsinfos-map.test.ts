/** From ChatonsInfos files to the facts of an offer: mail detection, the mapping rules, ids, matching, the diff. */
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/lib/chatonsinfos/diff.ts';
import { fileDate } from '../../src/lib/chatonsinfos/file-date.ts';
import { isMailService, webmailSoftware } from '../../src/lib/chatonsinfos/mail.ts';
import { mapOrganisation } from '../../src/lib/chatonsinfos/map.ts';
import { findOffer, slugify, websiteKey } from '../../src/lib/chatonsinfos/match.ts';
import { parseProperties, serializeProperties } from '../../src/lib/chatonsinfos/properties.ts';
import { formatSummary } from '../../src/lib/chatonsinfos/summary.ts';
import type { FetchedFile } from '../../src/lib/chatonsinfos/types.ts';
import { decimal } from '../../src/lib/chatonsinfos/values.ts';

const TODAY = '2026-11-25';
const props = (o: Record<string, string>) => parseProperties(serializeProperties(Object.entries(o)));
const file = (url: string, o: Record<string, string>): FetchedFile => ({ url, props: props(o) });
const ORG_URL = 'https://landes.example/.well-known/chatonsinfos/organization.properties';
const org = (o: Record<string, string> = {}) =>
  file(ORG_URL, { 'file.datetime': '2026-11-02T09:30:00', 'organization.name': 'Chaton fictif des Landes', 'organization.website': 'https://landes.example/', ...o });
const service = (name: string, o: Record<string, string> = {}) =>
  file(`https://landes.example/.well-known/chatonsinfos/${slugify(name)}.properties`, { 'file.datetime': '2026-11-03T10:00:00', 'service.name': name, ...o });
const map = (services: FetchedFile[], o: Record<string, string> = {}) => mapOrganisation({ org: org(o), services, complete: true }, TODAY);
const webmail = service('Webmail', { 'software.name': 'Roundcube', 'service.registration': 'Free', 'service.registration.load': 'OPEN' });

describe('mail services', () => {
  it.each([
    ['Roundcube'], ['roundcube webmail'], ['SOGo'], ['SnappyMail'], ['RainLoop'], ['Postfix'], ['Dovecot'], ['Mailu'], ['mailcow: dockerized'],
    ['Stalwart Mail Server'], ['Maddy'], ['iRedMail'], ['Zimbra'], ['Mail-in-a-Box'],
  ])('software %s is mail', (software) => {
    expect(isMailService(props({ 'software.name': software, 'service.name': 'Service' }))).toBe(true);
  });

  it.each([
    ['Courriel', ''], ['E-mail', ''], ['Mail', ''], ['Service', 'Boîtes aux lettres et messagerie'], ['Service', 'Votre adresse e-mail chez nous'],
  ])('a service named %s / described "%s" is mail', (name, description) => {
    expect(isMailService(props({ 'service.name': name, 'service.description': description, 'software.name': 'Inconnu' }))).toBe(true);
  });

  it.each([
    [{ 'software.name': 'Nextcloud', 'service.name': 'Nuage' }],
    [{ 'software.name': 'Element', 'service.name': 'Messagerie instantanée' }],
    [{ 'software.name': 'Sympa', 'service.name': 'Listes', 'service.description': 'Listes de diffusion par courriel' }],
    [{ 'service.name': 'Listes', 'service.description': 'Listes de diffusion par e-mail' }],
    [{ 'service.name': 'Mailman' }],
    [{ 'service.name': 'Hotmail-like? no: Gmailish' }],
  ])('%j is not a mail service', (o) => {
    expect(isMailService(props(o))).toBe(false);
  });

  it('names the webmail software the way its authors do, and only webmails', () => {
    expect(webmailSoftware(props({ 'software.name': 'roundcube' }))).toBe('Roundcube');
    expect(webmailSoftware(props({ 'software.name': 'sogo' }))).toBe('SOGo');
    expect(webmailSoftware(props({ 'software.name': 'Postfix' }))).toBeUndefined();
    expect(webmailSoftware(props({ 'software.name': 'Mailcow' }))).toBeUndefined();
  });
});

describe('mapOrganisation', () => {
  it('maps the organisation file and the mail services, each fact with its file as source', () => {
    const smtp = service('Serveur', { 'software.name': 'Postfix', 'service.registration': 'free', 'service.guide.user': 'https://docs.landes.example/smtp' });
    const cloud = service('Nuage', { 'software.name': 'Nextcloud', 'service.registration': 'Member' });
    const guide = { 'service.guide.user': 'https://docs.landes.example/webmail' };
    const withGuide = { ...webmail, props: props({ ...Object.fromEntries(webmail.props), ...guide }) };
    const { offer, mailServices, problems } = map([smtp, cloud, withGuide], {
      'organization.type': 'association', 'organization.country.code': 'fr', 'organization.geolocation.latitude': '43,89',
      'organization.geolocation.longitude': '-0.5', 'organization.contact.email': 'mailto:contact@landes.example',
      'organization.memberof.chatons.status.level': 'ACTIVE',
    });
    expect(problems).toEqual([]);
    expect(mailServices).toBe(2);
    expect(offer!.id).toBe('chaton-fictif-des-landes');
    const values = Object.fromEntries(Object.entries(offer!.facts).map(([k, f]) => [k, f.value]));
    expect(values).toEqual({
      organisation_type: 'ASSOCIATION', country: 'FR', latitude: 43.89, longitude: -0.5, contact: 'contact@landes.example', chatons: 'member',
      registration: 'Free', load: 'OPEN', docs_url: 'https://docs.landes.example/webmail', webmail: 'yes', webmail_software: 'Roundcube',
    });
    expect(offer!.facts.country!.sources).toEqual(['chatonsinfos-org']);
    expect(offer!.facts.registration!.sources).toEqual(['chatonsinfos-serveur', 'chatonsinfos-webmail']);
    expect(offer!.facts.webmail!.sources).toEqual(['chatonsinfos-webmail']);
    expect(offer!.sources).toEqual([
      { id: 'chatonsinfos-org', url: ORG_URL, title: 'ChatonsInfos: Chaton fictif des Landes (organisation file)', checked: '2026-11-02' },
      { id: 'chatonsinfos-serveur', url: smtp.url, title: 'ChatonsInfos: Chaton fictif des Landes, Serveur (service file)', checked: '2026-11-03' },
      { id: 'chatonsinfos-webmail', url: webmail.url, title: 'ChatonsInfos: Chaton fictif des Landes, Webmail (service file)', checked: '2026-11-03' },
    ]);
  });

  it('gives no offer for an organisation without mail services', () => {
    expect(map([service('Nuage', { 'software.name': 'Nextcloud' })])).toEqual({ mailServices: 0, problems: [] });
  });

  it('reports registration None on a mail service, and leaves it unknown', () => {
    const { offer, problems } = map([service('Courriel', { 'software.name': 'Postfix', 'service.registration': 'None' })]);
    expect(offer!.facts.registration).toBeUndefined();
    expect(problems).toEqual([{ url: expect.stringContaining('courriel.properties'), reason: expect.stringMatching(/^service\.registration: "None".*mail service/) }]);
  });

  it('reports mail services that disagree, and leaves the fact unknown', () => {
    const { offer, problems } = map([webmail, service('Serveur', { 'software.name': 'Postfix', 'service.registration': 'Member', 'service.registration.load': 'OPEN' })]);
    expect(offer!.facts.registration).toBeUndefined();
    expect(offer!.facts.load!.value).toBe('OPEN');
    expect(problems.map((p) => p.reason)).toEqual([expect.stringMatching(/^service\.registration: the mail services of this organisation disagree \(Free in .*, Member in .*\)/)]);
  });

  it('IDLE and AWAY members are unverified, with no source; other levels are reported', () => {
    for (const level of ['IDLE', 'AWAY']) expect(map([webmail], { 'organization.memberof.chatons.status.level': level }).offer!.facts.chatons).toEqual({ value: 'unverified', sources: [] });
    const odd = map([webmail], { 'organization.memberof.chatons.status.level': 'SLEEPING' });
    expect(odd.offer!.facts.chatons).toBeUndefined();
    expect(odd.problems[0]!.reason).toBe('organization.memberof.chatons.status.level: expected ACTIVE, IDLE or AWAY, got "SLEEPING"');
  });

  it('checks values against the schema: bad codes, types, coordinates and non-https links are reported or skipped', () => {
    const { offer, problems } = map([service('Webmail', { 'software.name': 'SOGo', 'service.guide.user': 'http://docs.landes.example/' })], {
      'organization.country.code': 'XX', 'organization.type': 'CLUB', 'organization.geolocation.latitude': '91',
      'organization.geolocation.longitude': '2', 'organization.contact.email': 'not an address', 'organization.contact.url': 'http://landes.example/c',
    });
    expect(offer!.facts.country).toBeUndefined();
    expect(offer!.facts.organisation_type).toBeUndefined();
    expect(offer!.facts.latitude).toBeUndefined();
    expect(offer!.facts.contact).toBeUndefined();
    expect(offer!.facts.docs_url).toBeUndefined();
    expect(problems.map((p) => p.reason.split(':')[0])).toEqual(['organization.type', 'organization.country.code', 'organization.geolocation.latitude']);
  });

  it('takes the contact page when there is no usable address', () => {
    expect(map([webmail], { 'organization.contact.url': 'https://landes.example/contact' }).offer!.facts.contact!.value).toBe('https://landes.example/contact');
  });

  it('dates the facts of each file by its own file.datetime, and reports a file without one', () => {
    const undated = { ...webmail, props: props({ 'software.name': 'Roundcube', 'service.registration': 'Free' }) };
    const { offer, problems } = map([undated]);
    expect(offer!.sources.map((s) => s.id)).toEqual(['chatonsinfos-org']);
    expect(offer!.facts.registration).toBeUndefined();
    expect(offer!.complete).toBe(false);
    expect(problems).toEqual([{ url: webmail.url, reason: 'file.datetime: missing, so the facts of this file have no date' }]);
    expect(map([webmail], { 'file.datetime': 'hier' }).problems[0]!.reason).toMatch(/^file\.datetime: expected a date/);
  });

  it('reports an organisation file without a name', () => {
    const { offer, problems } = mapOrganisation({ org: file(ORG_URL, { 'file.datetime': '2026-11-02' }), services: [webmail], complete: true }, TODAY);
    expect(offer).toBeUndefined();
    expect(problems[0]!.reason).toMatch(/^organization\.name: missing/);
  });
});

describe('values', () => {
  it('reads decimal degrees with a dot or a comma', () => {
    expect([decimal('48,39'), decimal('-0.5'), decimal('+2'), decimal('.5'), decimal('1,2,3'), decimal('48°'), decimal('')]).toEqual([48.39, -0.5, 2, 0.5, undefined, undefined, undefined]);
  });

  it('dates: ISO date-times, dd/mm/yyyy, today at most (a day ahead is a time zone, not the future)', () => {
    expect(fileDate('2026-11-02T09:30:00', TODAY)).toEqual({ date: '2026-11-02' });
    expect(fileDate('2026-11-02 09:30', TODAY)).toEqual({ date: '2026-11-02' });
    expect(fileDate('10/11/2026', TODAY)).toEqual({ date: '2026-11-10' });
    expect(fileDate('2026-11-26T00:30:00', TODAY)).toEqual({ date: TODAY });
    expect(fileDate('2026-12-25T00:00:00', TODAY)).toEqual({ reason: expect.stringContaining('not in the future') });
    expect(fileDate('2026-02-30T00:00:00', TODAY)).toEqual({ reason: expect.stringContaining('expected a date') });
  });
});

describe('ids and matching', () => {
  it('slugs organisation names to lower-case ASCII with dashes', () => {
    expect(slugify("Chaton fictif de l'Étang")).toBe('chaton-fictif-de-l-etang');
    expect(slugify('  Œuvre   Fictive & Cie — Zoé ')).toBe('oeuvre-fictive-cie-zoe');
  });

  it('ignores scheme, www., case and trailing slash in websites', () => {
    expect(websiteKey('http://www.Marais.example')).toBe(websiteKey('https://marais.example/'));
    expect(websiteKey('https://marais.example/courriel/')).not.toBe(websiteKey('https://marais.example/'));
    expect(websiteKey('mailto:x@marais.example')).toBeNull();
  });

  const offers = [
    { id: 'linked', website: 'https://autre.example/', chatonsinfos: ORG_URL },
    { id: 'by-site', website: 'https://www.landes.example' },
    { id: 'other-file', website: 'https://dunes.example/', chatonsinfos: 'https://dunes.example/org.properties' },
  ];
  it('finds an offer by its chatonsinfos link first, then by website', () => {
    expect(findOffer(offers, [ORG_URL], 'https://landes.example/')).toEqual({ kind: 'existing', id: 'linked' });
    expect(findOffer(offers.slice(1), [ORG_URL], 'http://landes.example')).toEqual({ kind: 'existing', id: 'by-site' });
    expect(findOffer(offers, ['https://neuf.example/o.properties'], 'https://neuf.example/')).toEqual({ kind: 'new' });
    // A maintainer's link to the URL the federation names finds the offer even when the file was read elsewhere.
    const moved = ORG_URL.replace('.well-known', '.well_known');
    expect(findOffer(offers, [moved, ORG_URL], 'https://autre-site.example/')).toEqual({ kind: 'existing', id: 'linked' });
    expect(findOffer(offers, [moved], 'https://autre-site.example/')).toEqual({ kind: 'new' });
  });

  it('refuses an offer whose website matches but which names another organisation file', () => {
    expect(findOffer(offers, ['https://dunes.example/new.properties'], 'https://dunes.example')).toEqual({ kind: 'conflict', reason: expect.stringContaining('"other-file"') });
  });
});

describe('summary and diff', () => {
  it('counts and lists every outcome, each error with its URL and reason', () => {
    const text = formatSummary({ organisations: 2, services: 5, mailServices: 1, created: ['a.yaml'], updated: [], errors: [{ url: 'https://x.example/o', reason: 'not found (HTTP 404)' }] }, true);
    expect(text).toBe(
      'chatonsinfos: 2 organisations, 5 services, 1 mail service; offers created: 1, offers updated: 0, 1 error (dry run: nothing written)\n' +
        '  created: a.yaml\n  error: https://x.example/o: not found (HTTP 404)\n',
    );
  });

  it('writes a unified diff with context, removals before additions', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = before.replace('b\n', 'B\n').replace('j\n', 'j\nk\n');
    expect(unifiedDiff(before, after, 'a/x', 'b/x', 1)).toBe('--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -10,1 +10,2 @@\n j\n+k\n');
    expect(unifiedDiff('', 'x\n', '/dev/null', 'b/x')).toBe('--- /dev/null\n+++ b/x\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff(before, before, 'a', 'b')).toBe('');
  });
});
