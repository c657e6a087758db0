/**
 * The ChatonsInfos crawler against a local HTTP server serving fictional files, with every failure a crawl meets:
 * each is reported with its URL and reason, and the crawl carries on with the other organisations.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prop } from '../../src/lib/chatonsinfos/properties.ts';
import { crawlFederation, type CrawlResult, type Progress } from '../../src/node/chatonsinfos/crawl.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../fixtures/chatonsinfos/server.ts';

let server: FixtureServer;
let result: CrawlResult;
const progress: Progress[] = [];
const TIMEOUT_MS = 300;

beforeAll(async () => {
  server = await startFixtureServer({ slowMs: 3000 });
  result = await crawlFederation(`${server.url}/federation-errors.properties`, { timeoutMs: TIMEOUT_MS, onProgress: (p) => progress.push(p) });
});
afterAll(() => server.close());

const reasonFor = (urlEnd: string) => result.problems.filter((p) => p.url.endsWith(urlEnd)).map((p) => p.reason);
const orgNamed = (name: string) => result.organisations.find((o) => prop(o.org.props, 'organization.name') === name);

describe('crawlFederation over HTTP', () => {
  it('reads every organisation that answers, and their service files', () => {
    expect(result.organisations.map((o) => prop(o.org.props, 'organization.name'))).toEqual([
      'Chaton fictif des Landes',
      'Collectif fictif du Marais',
      "Chaton fictif de l'Étang",
      'Collectif fictif des Dunes',
    ]);
    expect(result.services).toBe(6);
    expect(orgNamed('Chaton fictif des Landes')!.services.map((s) => prop(s.props, 'software.name'))).toEqual(['Roundcube', 'Postfix', 'Nextcloud']);
  });

  it('reports a 404 with the URL named, having tried the other .well-known spelling', () => {
    expect(reasonFor('/absent/.well-known/chatonsinfos/organization.properties')).toEqual([
      `not found (HTTP 404), and not found either at ${server.url}/absent/.well_known/chatonsinfos/organization.properties`,
    ]);
  });

  it('gives up on an answer slower than the timeout (set low here)', () => {
    expect(reasonFor('/slow/organization.properties')).toEqual([`no complete answer within ${TIMEOUT_MS / 1000} s`]);
  });

  it('stops reading a file over the size limit', () => {
    expect(reasonFor('/big/organization.properties')).toEqual(['larger than 1 MiB: stopped reading']);
  });

  it('detects a redirect loop', () => {
    expect(reasonFor('/loop/a.properties')).toEqual([
      `redirect loop (${server.url}/loop/a.properties → ${server.url}/loop/b.properties → ${server.url}/loop/a.properties)`,
    ]);
  });

  it('reports a malformed file', () => {
    expect(reasonFor('/broken.properties')).toEqual(['malformed: malformed \\uXXXX escape on line 2']);
  });

  it('reads an ISO-8859-1 file (with CRLF line endings)', () => {
    const etang = orgNamed("Chaton fictif de l'Étang")!;
    expect(prop(etang.services[0]!.props, 'service.name')).toBe("Messagerie de l'Étang");
  });

  it('finds a file under /.well_known/ when /.well-known/ gives 404, and keeps the URL it was read at', () => {
    const marais = orgNamed('Collectif fictif du Marais')!;
    expect(marais.org.url).toBe(`${server.url}/marais/.well_known/chatonsinfos/organization.properties`);
    expect(marais.org.named).toBe(`${server.url}/marais/.well-known/chatonsinfos/organization.properties`);
    // Quoted YunoHost values, and the service named relative to where the organisation file really is.
    expect(marais.services.map((s) => s.url)).toEqual([`${server.url}/marais/.well_known/chatonsinfos/sogo.properties`]);
  });

  it('follows a redirect, and records where the file was read', () => {
    const landes = orgNamed('Chaton fictif des Landes')!;
    expect(landes.services[1]!.url).toBe(`${server.url}/landes/services/smtp.properties`);
    expect(server.requested).toContain('/moved/landes/services/smtp.properties');
  });

  it('never opens a file: URL named by a remote file', () => {
    expect(reasonFor('/dunes/.well-known/chatonsinfos/organization.properties')).toEqual([
      'subs.secret: expected an http(s) URL (a file served over the network may not open local files), got file:///etc/hostname: not followed',
    ]);
    const dunes = orgNamed('Collectif fictif des Dunes')!;
    expect(dunes.services.map((s) => prop(s.props, 'service.name'))).toEqual(['Courriel']);
    expect(dunes.complete).toBe(false);
  });

  it('lists each problem once, every one with a URL', () => {
    expect(result.problems).toHaveLength(6);
    for (const p of result.problems) expect(p.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('keeps at most 4 requests in flight, and does run them in parallel', () => {
    expect(server.maxInFlight()).toBeLessThanOrEqual(4);
    expect(server.maxInFlight()).toBeGreaterThan(1);
  });

  it('reports progress: done / total and the errors so far', () => {
    const last = progress.at(-1)!;
    expect(last).toEqual({ done: last.total, total: 1 + 9 + 6, errors: 6 });
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
  });
});

describe('crawlFederation limits', () => {
  it('follows at most 5 redirects', async () => {
    const s = await startFixtureServer();
    const dir = mkdtempSync(path.join(tmpdir(), 'degmail-ci-'));
    try {
      const target = 'landes/services/smtp.properties';
      writeFileSync(path.join(dir, 'fed.properties'), `subs.five = ${s.url}${'/moved'.repeat(5)}/${target}\nsubs.six = ${s.url}${'/moved'.repeat(6)}/${target}\n`);
      const r = await crawlFederation(path.join(dir, 'fed.properties'));
      expect(r.organisations.map((o) => o.org.url)).toEqual([`${s.url}/${target}`]);
      expect(r.problems).toEqual([{ url: `${s.url}${'/moved'.repeat(6)}/${target}`, reason: expect.stringMatching(/^more than 5 redirects/) }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await s.close();
    }
  });

  it('runs one request at a time when told to', async () => {
    const s = await startFixtureServer();
    try {
      await crawlFederation(`${s.url}/federation.properties`, { concurrency: 1 });
      expect(s.maxInFlight()).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe('crawlFederation from local files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'degmail-ci-local-'));
    mkdirSync(path.join(dir, 'org/.well_known/chatonsinfos'), { recursive: true });
    writeFileSync(path.join(dir, 'federation.properties'), 'subs.org = org/.well-known/chatonsinfos/organization.properties\nsubs.big = big.properties\nsubs.gone = nowhere.properties\n');
    writeFileSync(path.join(dir, 'org/.well_known/chatonsinfos/organization.properties'), 'organization.name = Chaton fictif local\nsubs.mail = mail.properties\n');
    writeFileSync(path.join(dir, 'org/.well_known/chatonsinfos/mail.properties'), 'service.name = Courriel\n');
    writeFileSync(path.join(dir, 'big.properties'), `a = ${'x'.repeat(2000)}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads paths relative to the file naming them, with both .well-known spellings, within the size limit', async () => {
    const r = await crawlFederation(path.join(dir, 'federation.properties'), { maxBytes: 1024 });
    expect(r.organisations).toHaveLength(1);
    expect(r.organisations[0]!.org.url).toBe(pathToFileURL(path.join(dir, 'org/.well_known/chatonsinfos/organization.properties')).href);
    expect(r.services).toBe(1);
    expect(r.problems).toEqual([
      { url: pathToFileURL(path.join(dir, 'big.properties')).href, reason: 'larger than 1 KiB (2005 bytes): not read' },
      { url: pathToFileURL(path.join(dir, 'nowhere.properties')).href, reason: 'not found (ENOENT)' },
    ]);
  });

  it('reports a federation file that names no organisation file', async () => {
    writeFileSync(path.join(dir, 'empty.properties'), '# rien\nfile.class = federation\n');
    const r = await crawlFederation(path.join(dir, 'empty.properties'));
    expect(r.problems).toEqual([{ url: pathToFileURL(path.join(dir, 'empty.properties')).href, reason: 'names no organisation file (no subs.* key): is it a federation file?' }]);
  });

  it('reports a federation file that cannot be read, and nothing else', async () => {
    const r = await crawlFederation(path.join(FIXTURES, 'no-such-federation.properties'));
    expect(r).toEqual({ organisations: [], services: 0, problems: [{ url: expect.stringMatching(/^file:.*no-such-federation\.properties$/), reason: 'not found (ENOENT)' }] });
  });
});
