/**
 * The deploy test's header checks, run against each server: the table of headers.ts on a page, the 404, an embed
 * page, the widget files, fingerprinted assets…; compression; framing, CORS and Subresource Integrity as a browser
 * sees them; MIME types; search.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { open, session } from '../../../scripts/harness/browser.ts';
import { EMBED_SAMPLE, headerProblems, resolveSample, SAMPLES } from './headers.ts';
import type { Served } from './process.ts';
import { WIDGET } from './site.ts';

/** A page of another site, with no policy of its own, that frames or loads what it is given. */
async function elsewhere(s: Served, html: string) {
  const w = await session(s.browser());
  await w.page.setContent(html, { waitUntil: 'load' });
  return w;
}

export function headerTests(s: Served): void {
  const { base, origin, server } = s;
  const url = (p: string) => `${origin}${base}${resolveSample(s.site, p)}`;

  describe('headers', () => {
    it.each(SAMPLES.map((x) => [x.path, x] as const))('%s: status, type, security, framing, CORS and cache headers', async (_, sample) => {
      const res = await fetch(url(sample.path), { headers: { 'accept-encoding': 'gzip' } });
      const body = await res.text();
      expect(res.status).toBe(sample.status);
      expect(res.headers.get('server')).toMatch(server.serverHeader);
      // HSTS is checked on every server although nothing here is HTTPS: nginx's and Caddy's site blocks only ever
      // answer HTTPS in production, and this Apache stands behind a pretend TLS proxy (see servers/apache.ts).
      expect(headerProblems(res.headers, sample, { hsts: true, host: 'server' })).toEqual([]);
      if (sample.status === 404) expect(body).toBe(fs.readFileSync(path.join(s.dist, '404.html'), 'utf8'));
    });

    const compressible = SAMPLES.filter((x) => x.compressed !== 'any');
    it.each(compressible.map((x) => [x.path, x] as const))(`%s: compression (gzip${server.brotli ? ', brotli' : ''})`, async (_, sample) => {
      const encoding = async (accept: string) => {
        const res = await fetch(url(sample.path), { headers: { 'accept-encoding': accept } });
        await res.arrayBuffer();
        return { used: res.headers.get('content-encoding'), vary: res.headers.get('vary') ?? '' };
      };
      const gzip = await encoding('gzip');
      const both = await encoding('br, gzip');
      if (sample.compressed === 'no') {
        expect([gzip.used, both.used]).toEqual([null, null]);
        return;
      }
      expect(gzip.used).toBe('gzip');
      expect(gzip.vary).toMatch(/accept-encoding/i);
      expect(both.used).toBe(server.brotli ? 'br' : 'gzip');
      expect((await encoding('identity')).used).toBe(null);
    });

    it('the pages cannot be framed, even by themselves', async () => {
      const w = await open(s.browser(), `${origin}${base}fr/`);
      const blocked = new Promise<string>((r) => w.page.on('console', (m) => m.text().includes('frame-ancestors') && r(m.text())));
      await w.page.evaluate((src) => {
        const f = document.createElement('iframe');
        f.src = src;
        document.body.append(f);
      }, `${origin}${base}en/`);
      expect(await blocked).toMatch(/frame-ancestors 'none'/);
      // Chromium swaps the refused document for its own error page.
      const child = w.page.frames().find((f) => f !== w.page.mainFrame())!;
      await expect.poll(() => child.url()).not.toContain(origin);
      await w.page.context().close();
    });

    it('an embed page can be framed by any site', async () => {
      const src = `${origin}${base}${EMBED_SAMPLE}`;
      const w = await elsewhere(s, `<iframe src="${src}"></iframe>`);
      const child = w.page.frames().find((f) => f !== w.page.mainFrame())!;
      expect(child.url()).toBe(src);
      expect(await child.$('[data-embed-card] h1')).not.toBeNull();
      await w.page.context().close();
    });

    it('another site loads the widget with Subresource Integrity (CORS), and the moving alias, and nothing else', async () => {
      const defined = 'Boolean(customElements.get("degmail-banner") && customElements.get("degmail-nudge"))';
      const w = await elsewhere(s,
        `<script src="${origin}${base}${WIDGET.release}" integrity="${WIDGET.integrity}" crossorigin="anonymous"></script>`);
      expect(await w.page.evaluate(defined)).toBe(true);
      await w.page.setContent(`<script src="${origin}${base}${WIDGET.alias}" crossorigin="anonymous"></script>`, { waitUntil: 'load' });
      expect(await w.page.evaluate(defined)).toBe(true);
      // Without Access-Control-Allow-Origin, the same request from another site fails.
      const reads = await w.page.evaluate(`Promise.all(${JSON.stringify([`${origin}${base}fr/`, `${origin}${base}${WIDGET.alias}`])}
        .map((u) => fetch(u).then((r) => r.ok, () => false)))`);
      expect(reads).toEqual([false, true]);
      await w.page.context().close();
    });

    it('fonts, WebAssembly and the pagefind index get the right MIME types, pagefind files untouched', async () => {
      const types: Record<string, RegExp> = {
        '.woff2': /^font\/woff2$/,
        '.svg': /^image\/svg\+xml/,
        '.pf_meta': /^application\/octet-stream$/,
        '.pf_fragment': /^application\/octet-stream$/,
        '.pf_index': /^application\/octet-stream$/,
        '.pf_filter': /^application\/octet-stream$/,
        '.pagefind': /^application\/octet-stream$/,
        '.wasm': /^application\/wasm$/,
        '.js': /^(text|application)\/javascript/,
        '.css': /^text\/css/,
        '.json': /^application\/json/,
        '.csv': /^text\/csv/,
      };
      const files = fs.readdirSync(s.dist, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.html'));
      const checked = new Set<string>();
      const wrong: string[] = [];
      for (const f of files) {
        const ext = path.extname(f);
        const key = `${path.dirname(f).split(path.sep)[0]}${ext}`;
        if (!types[ext] || checked.has(key)) continue;
        checked.add(key);
        const res = await fetch(`${origin}${base}${f.split(path.sep).join('/')}`, { headers: { 'accept-encoding': 'gzip, br' } });
        await res.arrayBuffer();
        const type = res.headers.get('content-type') ?? '';
        if (res.status !== 200 || !types[ext]!.test(type)) wrong.push(`${f}: ${res.status} ${type}`);
        if (/^\.(pf_|pagefind)/.test(ext) && res.headers.get('content-encoding')) wrong.push(`${f}: re-encoded (${res.headers.get('content-encoding')})`);
      }
      expect([...checked].some((k) => k.endsWith('.pf_meta'))).toBe(true);
      expect(wrong).toEqual([]);
    });

    it(`search works from the sub-path (pagefind finds its index and its WebAssembly through ${server.name})`, async () => {
      const w = await open(s.browser(), `${origin}${base}en/`);
      // A string, not a function: Vitest would rewrite a function's import() into its own module loader.
      const found: { count: number; url?: string } = await w.page.evaluate(`(async () => {
        const pf = await import('${base}pagefind/pagefind.js');
        const r = await pf.search('mail');
        const first = await r.results[0]?.data();
        return { count: r.results.length, url: first?.url };
      })()`);
      expect(found.count).toBeGreaterThan(0);
      expect(found.url?.startsWith(`${base}en/`)).toBe(true);
      await w.close();
      expect(w.problems).toEqual([]);
    });
  });
}
