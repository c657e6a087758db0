/**
 * Merging a ChatonsInfos import into offer files without clobbering what maintainers wrote: the pure rules, checked
 * case by case and as properties over fictional offers, then the whole import on fixture files.
 */
import fc from 'fast-check';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isChatonsInfosSource, mergeOffer, newOffer } from '../../src/lib/chatonsinfos/merge.ts';
import type { ImportedOffer } from '../../src/lib/chatonsinfos/types.ts';
import { checkProviders } from '../../src/lib/content/check.ts';
import { FACT_FIELDS, isKnown, providerFields, providerSchema, type Provider } from '../../src/schemas/provider.ts';
import { importChatonsInfos } from '../../src/node/chatonsinfos/import.ts';
import { generateProviders } from '../../scripts/harness/fictional.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../fixtures/chatonsinfos/server.ts';
import { pinToday } from '../fixtures/provider-text.ts';

pinToday(beforeEach, afterEach);

const ORG = 'https://landes.example/.well-known/chatonsinfos/organization.properties';
const MAIL = 'https://landes.example/.well-known/chatonsinfos/webmail.properties';
const orgSource = { id: 'chatonsinfos-org', url: ORG, title: 'ChatonsInfos: Chaton fictif des Landes (organisation file)', checked: '2026-11-02' };
const mailSource = { id: 'chatonsinfos-webmail', url: MAIL, title: 'ChatonsInfos: Chaton fictif des Landes, Webmail (service file)', checked: '2026-11-03' };

function imported(facts: ImportedOffer['facts'], extra: Partial<ImportedOffer> = {}): ImportedOffer {
  return { orgUrl: ORG, name: 'Chaton fictif des Landes', id: 'chaton-fictif-des-landes', website: 'https://landes.example/', facts, sources: [orgSource, mailSource], complete: true, ...extra };
}
const byOrg = (value: unknown) => ({ value, sources: ['chatonsinfos-org'] });
const byMail = (value: unknown) => ({ value, sources: ['chatonsinfos-webmail'] });

/** A valid offer: every fact unknown but those given, each listed source as given. */
function offer(over: Record<string, unknown>): Record<string, unknown> {
  const { chatonsinfos: _link, ...base } = newOffer(imported({}));
  return { ...base, draft: false, ...over };
}
const hand = (backs: string[]) => ({ id: 'site', url: 'https://landes.example/courriel', title: 'Le courriel', checked: '2026-06', backs });
const valid = (data: Record<string, unknown>) => expect(providerSchema.safeParse(data).error?.issues ?? []).toEqual([]);

describe('mergeOffer', () => {
  it('keeps facts a maintainer backed, and replaces unknown ones', () => {
    const cur = offer({ registration: 'Member', country: 'BE', sources: [hand(['registration', 'country'])] });
    const next = mergeOffer(cur, imported({ registration: byMail('Free'), country: byOrg('FR'), load: byMail('OPEN') }));
    expect([next.registration, next.country, next.load]).toEqual(['Member', 'BE', 'OPEN']);
    expect(next.sources).toEqual([hand(['registration', 'country']), { ...mailSource, backs: ['load'] }]);
    valid(next);
  });

  it('updates facts that came from ChatonsInfos, and rewrites their source (date, URL) in place', () => {
    const old = { ...orgSource, url: 'https://ancien.landes.example/org.properties', checked: '2025-01-10', backs: ['country', 'organisation_type'] };
    const cur = offer({ country: 'BE', organisation_type: 'INFORMAL', sources: [old, hand(['city'])], city: 'Mont-de-Marsan' });
    const next = mergeOffer(cur, imported({ country: byOrg('FR') }));
    expect(next.country).toBe('FR');
    // organisation_type came from the organisation file, which no longer says it.
    expect(next.organisation_type).toBe('unknown');
    expect(next.city).toBe('Mont-de-Marsan');
    expect(next.sources).toEqual([{ ...orgSource, backs: ['country'] }, hand(['city'])]);
    valid(next);
  });

  it('never changes draft, name or website, nor a chatonsinfos link already there', () => {
    for (const draft of [true, false]) {
      const cur = offer({ draft, name: 'Un autre nom', website: 'https://www.landes.example', chatonsinfos: 'https://landes.example/ancien.properties' });
      const next = mergeOffer(cur, imported({ country: byOrg('FR') }));
      expect([next.draft, next.name, next.website, next.chatonsinfos]).toEqual([draft, 'Un autre nom', 'https://www.landes.example', 'https://landes.example/ancien.properties']);
    }
    expect(mergeOffer(offer({}), imported({})).chatonsinfos).toBe(ORG);
    expect(mergeOffer(offer({}), imported({}, { orgUrl: 'http://landes.example/o.properties' })).chatonsinfos).toBeUndefined();
  });

  it('membership: ACTIVE makes a member; IDLE undoes only a membership ChatonsInfos gave', () => {
    expect(mergeOffer(offer({ chatons: 'unverified' }), imported({ chatons: byOrg('member') })).chatons).toBe('member');
    const idle = imported({ chatons: { value: 'unverified', sources: [] } });
    const handMember = offer({ chatons: 'member', sources: [hand(['chatons'])] });
    expect(mergeOffer(handMember, idle)).toEqual({ ...handMember, chatonsinfos: ORG });
    const ciMember = offer({ chatons: 'member', sources: [{ ...orgSource, backs: ['chatons', 'country'] }], country: 'FR' });
    const next = mergeOffer(ciMember, imported({ chatons: { value: 'unverified', sources: [] }, country: byOrg('FR') }));
    expect(next.chatons).toBe('unverified');
    expect(next.sources).toEqual([{ ...orgSource, backs: ['country'] }]);
    // "not-member" is a maintainer's filing, not a ChatonsInfos fact.
    expect(mergeOffer(offer({ chatons: 'not-member' }), imported({ chatons: byOrg('member') })).chatons).toBe('not-member');
  });

  it('keeps what a file not read this time backs, and forgets a file the organisation no longer names', () => {
    const gone = { ...mailSource, id: 'chatonsinfos-ancien', url: 'https://landes.example/ancien.properties', backs: ['load'] };
    const cur = offer({ load: 'FULL', sources: [gone] });
    const unread = mergeOffer(cur, imported({ country: byOrg('FR') }, { complete: false }));
    expect(unread.load).toBe('FULL');
    expect(unread.sources).toEqual([gone, { ...orgSource, backs: ['country'] }]);
    const forgotten = mergeOffer(cur, imported({ country: byOrg('FR') }));
    expect(forgotten.load).toBe('unknown');
    expect(forgotten.sources).toEqual([{ ...orgSource, backs: ['country'] }]);
  });

  it('does not forget a fact that a file read now dropped while an unread file still backs it', () => {
    const smtp = { ...mailSource, id: 'chatonsinfos-smtp', url: 'https://landes.example/smtp.properties', backs: ['registration'] };
    const cur = offer({ registration: 'Free', sources: [{ ...mailSource, backs: ['registration'] }, smtp] });
    const next = mergeOffer(cur, imported({}, { complete: false }));
    expect(next.registration).toBe('Free');
    expect(next.sources).toEqual([smtp]);
  });

  it('writes a new offer with every field, unknown unless imported, as a draft', () => {
    const data = newOffer(imported({ country: byOrg('FR'), webmail: byMail('yes') }));
    expect(Object.keys(data)).toEqual(Object.keys(providerFields).filter((k) => k !== 'notes'));
    expect(data.draft).toBe(true);
    expect(data.chatons).toBe('unverified');
    expect(FACT_FIELDS.filter((f) => isKnown(data[f], f))).toEqual(['country', 'webmail']);
    expect(data.sources).toEqual([{ ...orgSource, backs: ['country'] }, { ...mailSource, backs: ['webmail'] }]);
    valid(data);
  });
});

describe('mergeOffer properties, over fictional offers', () => {
  const offers = generateProviders(120, 11).map(({ id: _id, ...p }) => p as Provider & Record<string, unknown>);
  const arbImport = fc
    .record({
      registration: fc.constantFrom('Free', 'Member', 'Client', undefined),
      load: fc.constantFrom('OPEN', 'FULL', undefined),
      country: fc.constantFrom('FR', 'BE', undefined),
      organisation_type: fc.constantFrom('ASSOCIATION', 'COOPERATIVE', undefined),
      chatons: fc.constantFrom('member', 'unverified', undefined),
      webmail_software: fc.constantFrom('Roundcube', 'SOGo', undefined),
      complete: fc.boolean(),
    })
    .map(({ complete, ...values }) => {
      const facts: ImportedOffer['facts'] = {};
      for (const [k, v] of Object.entries(values))
        if (v !== undefined) facts[k as keyof typeof facts] = k === 'chatons' && v === 'unverified' ? { value: v, sources: [] } : ['registration', 'load', 'webmail_software'].includes(k) ? byMail(v) : byOrg(v);
      return imported(facts, { complete });
    });

  it('keeps every hand-backed known fact, draft, name and website; stays valid; is idempotent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offers), arbImport, fc.constantFrom(...offers), (cur, imp, other) => {
        // Some offers carry facts from an earlier import: the sources of another offer, renamed as ChatonsInfos'.
        const earlier = { ...cur, sources: [...cur.sources, ...other.sources.slice(0, 1).map((s) => ({ ...s, id: 'chatonsinfos-org', url: ORG }))] };
        for (const start of [cur, earlier]) {
          if (!providerSchema.safeParse(start).success) continue;
          const next = mergeOffer(start, imp);
          const handBacked = new Set(start.sources.filter((s) => !isChatonsInfosSource(s)).flatMap((s) => s.backs));
          for (const f of FACT_FIELDS) if (handBacked.has(f) && isKnown(start[f], f)) expect(next[f], f).toEqual(start[f]);
          for (const s of start.sources) if (!isChatonsInfosSource(s)) expect(next.sources).toContainEqual(s);
          expect([next.draft, next.name, next.website]).toEqual([start.draft, start.name, start.website]);
          valid(next);
          expect(mergeOffer(next, imp)).toEqual(next);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('importChatonsInfos on files', () => {
  let server: FixtureServer;
  let dir: string;
  const MARAIS = 'collectif-du-marais.yaml';
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const snapshot = () => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, read(n)]));
  const run = (dryRun = false) => importChatonsInfos({ source: `${server.url}/federation.properties`, outDir: dir, dryRun });

  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'degmail-ci-merge-'));
    cpSync(path.join(FIXTURES, 'providers'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('updates only ChatonsInfos facts of a hand-kept offer, keeping its comments and every other line', async () => {
    const before = read(MARAIS);
    const report = await run();
    expect(report.updated).toEqual([path.join(dir, MARAIS)]);
    const after = read(MARAIS);
    const removed = before.split('\n').filter((l) => !after.split('\n').includes(l));
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(removed).toEqual([
      'organisation_type: unknown',
      'country: BE',
      'load: unknown',
      'webmail: unknown',
      'webmail_software: unknown',
      'contact: unknown',
      '    url: https://ancien.marais.example/.well-known/chatonsinfos/organization.properties',
      '    checked: "2025-01-10"',
      '    backs: [country]',
    ]);
    expect(added).toEqual([
      'organisation_type: INFORMAL',
      'country: FR',
      'load: FULL',
      'webmail: "yes"',
      'webmail_software: SOGo',
      'contact: https://www.marais.example/nous-ecrire',
      `    url: ${server.url}/marais/.well_known/chatonsinfos/organization.properties`,
      '    checked: "2026-11-10"',
      '    backs: [organisation_type, country, contact]',
      '  - id: chatonsinfos-sogo',
      `    url: ${server.url}/marais/.well_known/chatonsinfos/sogo.properties`,
      '    title: "ChatonsInfos: Collectif fictif du Marais, SOGo (service file)"',
      '    checked: "2026-11-10"',
      '    backs: [load, webmail, webmail_software]',
    ]);
    // Hand-kept: registration Free (ChatonsInfos says Member), membership (ChatonsInfos says IDLE), draft: false.
    expect(after).toMatch(/^registration: Free$/m);
    expect(after).toMatch(/^chatons: member # confirmé par l'annuaire fictif, pas par ChatonsInfos$/m);
    expect(after).toMatch(/^draft: false$/m);
  });

  it('writes new offers as drafts, every field written, all files passing the checks', async () => {
    const report = await run();
    expect(report.created.map((f) => path.basename(f)).sort()).toEqual(['chaton-fictif-de-l-etang.yaml', 'chaton-fictif-des-landes.yaml', 'collectif-fictif-des-dunes.yaml']);
    const files = readdirSync(dir).map((n) => ({ path: n, text: read(n) }));
    const checked = checkProviders(files);
    expect(checked.errors).toEqual([]);
    for (const f of report.created) {
      const text = readFileSync(f, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/provider.schema.json');
      const entry = checked.entries.find((e) => e.id === path.basename(f, '.yaml'))!;
      expect(entry.draft).toBe(true);
      // The test server speaks http, and the chatonsinfos link must be https: the one field left out here.
      for (const field of Object.keys(providerFields)) if (field !== 'notes' && field !== 'chatonsinfos') expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
      expect(text).not.toMatch(/^chatonsinfos:/m);
    }
    const landes = read('chaton-fictif-des-landes.yaml');
    expect(landes).toMatch(/^latitude: 43\.89$/m);
    expect(landes).toMatch(/^registration: Free$/m);
    expect(landes).toMatch(/^chatons: member$/m);
    expect(landes).toMatch(/^    checked: "2026-11-02"$/m);
  });

  it('changes nothing on a second run: byte-identical files', async () => {
    await run();
    const first = snapshot();
    const again = await run();
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(snapshot()).toEqual(first);
  });

  it('--dry-run writes nothing and shows the diff of what would change', async () => {
    const before = snapshot();
    const report = await run(true);
    expect(snapshot()).toEqual(before);
    expect(report.created).toHaveLength(3);
    expect(report.diff).toContain(`--- a/${path.join(dir, MARAIS)}\n+++ b/${path.join(dir, MARAIS)}\n`);
    expect(report.diff).toContain('-country: BE\n+country: FR\n');
    expect(report.diff).toContain(`--- /dev/null\n+++ b/${path.join(dir, 'chaton-fictif-des-landes.yaml')}\n`);
  });

  it('writes no offer from local files (no http(s) source), nor a new one without an https website', async () => {
    const src = mkdtempSync(path.join(tmpdir(), 'degmail-ci-src-'));
    const fed = path.join(src, 'federation.properties');
    writeFileSync(path.join(src, 'org.properties'), 'file.datetime = 2026-11-01\norganization.name = Chaton fictif local\norganization.website = https://local.example/\nsubs.m = m.properties\n');
    writeFileSync(path.join(src, 'm.properties'), 'file.datetime = 2026-11-01\nservice.name = Courriel\n');
    writeFileSync(fed, `subs.local = org.properties\nsubs.plaine = ${server.url}/plaine/organization.properties\n`);
    const before = snapshot();
    const report = await importChatonsInfos({ source: fed, outDir: dir });
    rmSync(src, { recursive: true, force: true });
    expect(snapshot()).toEqual(before);
    expect(report.created).toEqual([]);
    expect(report.errors.map((e) => e.reason)).toEqual([
      `no offer written: facts need sources at http(s) URLs, and ${pathToFileURL(path.join(src, 'org.properties')).href}, ` +
        `${pathToFileURL(path.join(src, 'm.properties')).href} are local files`,
      `no offer written: organization.website: expected an https:// URL for the new offer's website, got "http://plaine.example/"`,
    ]);
  });

  it('leaves a file as it was, and says why, when its result would not pass the checks or keep its formatting', async () => {
    const broken = read(MARAIS).replace('founded: 2019', 'founded: 2019\ncolour: blue');
    writeFileSync(path.join(dir, MARAIS), broken);
    const padded = ['# yaml-language-server: $schema=../../schemas/provider.schema.json', ...newOfferLines('https://dunes.example/')].join('\n');
    writeFileSync(path.join(dir, 'dunes-a-la-main.yaml'), padded);
    const report = await run();
    expect(read(MARAIS)).toBe(broken);
    expect(read('dunes-a-la-main.yaml')).toBe(padded);
    const reasons = report.errors.map((e) => e.reason);
    expect(reasons).toContainEqual(expect.stringMatching(new RegExp(`${MARAIS}: left as it was: the result would not pass the checks \\(.*colour: unknown field`)));
    expect(reasons).toContainEqual(expect.stringMatching(/dunes-a-la-main\.yaml: not updated: its formatting cannot be kept/));
    expect(report.updated).toEqual([]);
  });
});

/** A valid offer file in a formatting the YAML writer would not keep (padded brackets). */
function newOfferLines(website: string): string[] {
  return [
    'name: Dunes',
    `website: ${website}`,
    'chatons: unverified',
    ...['organisation_type', 'founded', 'country', 'region', 'city', 'area_served_first', 'registration', 'load'].map((f) => `${f}: unknown`),
    'audiences: { individuals: unknown, families: unknown, associations: unknown, professionals: unknown }',
    ...['price', 'quota_gb', 'quota_shared_accounts', 'quota_shared_services', 'custom_domain', 'aliases', 'webmail', 'webmail_software', 'imap', 'imap_server', 'smtp_server', 'pop', 'caldav', 'carddav', 'two_factor', 'encryption_at_rest', 'support_channels', 'support_languages', 'in_person_help', 'migration_help', 'extra_services', 'signup_url', 'docs_url'].map((f) => `${f}: unknown`),
    'sources: [ ]',
    '',
  ];
}
