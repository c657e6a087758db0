/** The MTA-STS policy fetch (node:https) against a loopback HTTPS server with a throw-away CA. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lookup } from '../../src/lib/mailcheck/contract.ts';
import { httpsPolicyFetch, MAX_POLICY_BYTES } from '../../src/node/mailcheck/policy.ts';
import { startHttpsServer, type HttpsServer } from '../fixtures/mailcheck/https-server.ts';
import { makeTestPki, type TestPki } from '../fixtures/mailcheck/tls.ts';

const POLICY = 'version: STSv1\nmode: enforce\nmx: mx1.example.test\nmax_age: 86400\n';
const DOMAINS = ['ok', 'html', 'moved', 'big', 'slow', 'gone'].map((d) => `${d}.example.test`);

let pki: TestPki;
let server: HttpsServer;
beforeAll(async () => {
  pki = makeTestPki(DOMAINS.map((d) => `mta-sts.${d}`));
  server = await startHttpsServer(pki, {
    'mta-sts.ok.example.test': { status: 200, type: 'text/plain; charset=utf-8', body: POLICY },
    'mta-sts.html.example.test': { status: 200, type: 'text/html', body: POLICY },
    'mta-sts.moved.example.test': { redirect: 'https://mta-sts.ok.example.test/.well-known/mta-sts.txt' },
    'mta-sts.big.example.test': { status: 200, body: Buffer.alloc(MAX_POLICY_BYTES + 1, 'a') },
    'mta-sts.slow.example.test': { hang: true },
  });
});
afterAll(async () => {
  await server.stop();
  rmSync(pki.dir, { recursive: true, force: true });
});

const fetchPolicy = (extra: { timeoutMs?: number; ca?: string | undefined } = {}) =>
  httpsPolicyFetch({ host: server.host, port: server.port, ca: pki.ca, timeoutMs: 3000, ...extra });

describe('httpsPolicyFetch', () => {
  it('reads a text/plain policy, asking for mta-sts.<domain>', async () => {
    const seen = server.requests.length;
    expect(await fetchPolicy()('ok.example.test')).toEqual({ status: 'ok', text: POLICY });
    expect(server.requests.slice(seen)).toEqual(['mta-sts.ok.example.test']);
  });

  it('says missing for a 404, another Content-Type, a redirect (not followed) or an oversized body', async () => {
    const f = fetchPolicy();
    expect(await f('gone.example.test')).toEqual({ status: 'missing', reason: 'HTTP 404' });
    expect(await f('html.example.test')).toEqual({ status: 'missing', reason: 'Content-Type: text/html' });
    const seen = server.requests.length;
    const moved = await f('moved.example.test');
    expect(moved).toMatchObject({ status: 'missing', reason: expect.stringMatching(/^HTTP 301 → https:\/\/mta-sts\.ok\.example\.test\//) });
    expect(server.requests.length - seen).toBe(1);
    expect(await f('big.example.test')).toEqual({ status: 'missing', reason: `> ${MAX_POLICY_BYTES} bytes` });
  });

  it('cannot tell when the server never answers, the certificate is not trusted or not for that name', async () => {
    expect(await fetchPolicy({ timeoutMs: 300 })('slow.example.test')).toEqual({ status: 'error', reason: 'ETIMEDOUT (300 ms)' });
    const untrusted = await fetchPolicy({ ca: undefined })('ok.example.test');
    expect(untrusted).toMatchObject({ status: 'error', reason: expect.stringMatching(/CERT|SIGNATURE|ISSUER/) });
    expect(await fetchPolicy()('other.example.test')).toEqual({ status: 'error', reason: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('cannot tell when nothing listens', async () => {
    const closed = await startHttpsServer(pki, {});
    await closed.stop();
    const answer = await httpsPolicyFetch({ host: closed.host, port: closed.port, ca: pki.ca })('ok.example.test');
    expect(answer).toEqual({ status: 'error', reason: 'ECONNREFUSED' });
  });

  it('resolves mta-sts.<domain> with the check’s own lookup', async () => {
    const asked: string[] = [];
    const lookup: Lookup = async (name, type) => {
      asked.push(`${type} ${name}`);
      if (name === 'mta-sts.ok.example.test' && type === 'A') return { status: 'ok', records: ['127.0.0.1'] };
      return name.startsWith('mta-sts.ok.') ? { status: 'nodata' } : { status: 'nxdomain' };
    };
    const f = httpsPolicyFetch({ port: server.port, ca: pki.ca, lookup, timeoutMs: 3000 });
    expect(await f('ok.example.test')).toEqual({ status: 'ok', text: POLICY });
    expect(asked).toEqual(expect.arrayContaining(['A mta-sts.ok.example.test', 'AAAA mta-sts.ok.example.test']));
    expect(await f('nowhere.example.test')).toEqual({ status: 'missing', reason: 'ENOTFOUND' });
    const silent: Lookup = async () => ({ status: 'timeout', reason: 'ETIMEOUT' });
    expect(await httpsPolicyFetch({ port: server.port, ca: pki.ca, lookup: silent })('ok.example.test')).toEqual({ status: 'error', reason: 'EAI_AGAIN' });
  });
});
