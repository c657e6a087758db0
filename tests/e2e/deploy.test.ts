/**
 * The deploy test: the site built once for a sub-path (BASE=/degmail/), then served in turn by a real nginx, Caddy
 * and Apache, each running its example of deploy/ itself: nginx.conf.example and Caddyfile.example with only their
 * listen, TLS, site address, root and include paths swapped for a loopback port and a temporary folder (a change of
 * shape fails here rather than running another configuration), htaccess.example unchanged as the .htaccess of the
 * deployed folder. For each: every page loads, every internal URL stays under /degmail/ and resolves, nothing leaves
 * the origin, unknown paths get the 404 page, and the headers of one shared table are there (servers/headers.ts).
 * public/_headers is read the way Netlify-style hosts read it and checked against the same table.
 *
 * There is no TLS here: HSTS is checked as sent by the HTTPS-only blocks served over plain HTTP (nginx, Caddy) and
 * behind a pretend TLS proxy (Apache); certificates, HTTP/2 and the HTTP→HTTPS redirects of nginx and Caddy are not.
 *
 * Like the rest of the end-to-end tests it fails (never skips) without its servers:
 * apt-get install -y nginx caddy apache2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { apachePath, caddyPath, installLine, nginxPath } from '../../scripts/harness/tools.ts';
import { builtPages, launch } from '../../scripts/harness/browser.ts';
import { apacheServer } from './servers/apache.ts';
import { buildUnder, freePort } from './servers/build.ts';
import { caddyServer } from './servers/caddy.ts';
import { headerProblems, SAMPLES } from './servers/headers.ts';
import { headersFor, parseHeadersFile } from './servers/headers-file.ts';
import { nginxServer } from './servers/nginx.ts';
import type { Served } from './servers/process.ts';
import { servedCopy } from './servers/site.ts';
import { headerTests } from './servers/suite-headers.ts';
import { pageTests } from './servers/suite-pages.ts';

const BASE = '/degmail/';
const SERVERS = [nginxServer(), caddyServer(), apacheServer()];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-deploy-'));
const dist = path.join(tmp, 'dist-sub');
const www = path.join(tmp, 'www');
// One port for the three servers, one after the other: it is the build's SITE, so canonical, hreflang and sitemap
// URLs can be checked against whichever server answers.
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
let site = '';
let browser: Browser | undefined;

beforeAll(async () => {
  // Global setup already refuses to run without them; this keeps the message if this file runs on its own.
  const missing = [nginxPath() ? '' : 'nginx', caddyPath() ? '' : 'caddy', apachePath() ? '' : 'apache2'].filter(Boolean);
  if (missing.length) throw new Error(`the deploy test needs ${missing.join(', ')}: ${installLine(missing)}`);
  // Workers drop to an unprivileged user when the tests run as root: they must be able to read the build.
  fs.chmodSync(tmp, 0o755);
  await buildUnder({ site: origin, base: BASE, out: dist });
  site = servedCopy(dist, www, BASE);
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(SERVERS.map((s) => s.stop()));
  if (!process.env.DEGMAIL_KEEP_DEPLOY) fs.rmSync(tmp, { recursive: true, force: true });
});

for (const server of SERVERS) {
  describe(`${server.name} running ${server.example}`, () => {
    const served: Served = {
      server,
      base: BASE,
      origin,
      dist,
      get site() { return site; },
      browser: () => browser!,
    };

    beforeAll(async () => {
      expect(await server.start({ port, www, tmp: path.join(tmp, server.name.toLowerCase()) })).toBe(origin);
    }, 60_000);
    afterAll(() => server.stop());

    it(`${server.name} accepts the configuration without warnings`, () => {
      expect(server.configWarnings()).toEqual([]);
    });

    pageTests(served);
    headerTests(served);
    server.tests?.(served);

    it(`${server.name} logged no warning or error`, () => {
      expect(server.logProblems()).toEqual([]);
    });
  });
}

describe('public/_headers, as Netlify-style hosts read it (from the root build in dist/)', () => {
  const rules = () => parseHeadersFile(fs.readFileSync('dist/_headers', 'utf8'));

  it.each(SAMPLES.filter((x) => x.status === 200).map((x) => [x.path, x] as const))('/%s: the headers of the table', (p, sample) => {
    expect(headerProblems(headersFor(rules(), `/${p}`), sample, { hsts: true, host: 'headers-file' })).toEqual([]);
  });

  it('every page of the build is covered: no framing (but the /embed/ cards, framed by anyone), revalidated', () => {
    const bad = builtPages('dist').flatMap((p) => {
      const h = headersFor(rules(), p);
      const framing = p.startsWith('/embed/') ? null : "frame-ancestors 'none'";
      return h.get('content-security-policy') === framing && h.get('cache-control') === 'no-cache'
        ? [] : [`${p}: ${h.get('content-security-policy')} / ${h.get('cache-control')}`];
    });
    expect(bad).toEqual([]);
  });
});
