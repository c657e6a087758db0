/**
 * Lighthouse (the npm package, mobile emulation: its default) on Debian's Chromium, launched by chrome-launcher with
 * `chromePath`. The build is served behind a small brotli layer, as a real host serves it (scripts/serve.ts sends
 * bodies as they are, which Lighthouse would otherwise count against the site). When Lighthouse cannot run here,
 * the reason is returned instead of thrown, so the bench still prints its other figures.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from '../harness/tools.ts';
import { ROOT } from '../../src/node/paths.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
  label: string;
  path: string;
  /** 0–100 per category; null when the run failed. */
  scores: Record<Category, number | null> | null;
  /** Audits that cost points (score below 1), e.g. "cumulative-layout-shift 0.291". */
  lost: string[];
  /** Lighthouse's measure of this machine's CPU speed during the run (a fast desktop scores about 2,000+). */
  benchmarkIndex: number | null;
  error?: string;
}

export interface LighthouseReport {
  ran: boolean;
  /** Why Lighthouse could not run at all. */
  error?: string;
  version: string;
  rows: LighthouseRow[];
}

/** Serves `upstream` again, compressing text bodies with brotli when the client accepts it. */
export function brotliProxy(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
  const up = new URL(upstream);
  const server = http.createServer((req, res) => {
    const fwd = http.request({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers: { ...req.headers, host: up.host } }, (r) => {
      const headers = { ...r.headers };
      const type = String(headers['content-type'] ?? '');
      const compress = /br/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json|xml|svg|wasm/.test(type) && req.method !== 'HEAD';
      if (!compress) {
        res.writeHead(r.statusCode ?? 502, headers);
        r.pipe(res);
        return;
      }
      delete headers['content-length'];
      headers['content-encoding'] = 'br';
      headers.vary = 'accept-encoding';
      res.writeHead(r.statusCode ?? 502, headers);
      r.pipe(zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })).pipe(res);
    });
    fwd.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(fwd);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}${up.pathname.replace(/\/$/, '')}`,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

function lighthouseVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

/** Runs Lighthouse on each page of `base` (one Chromium, one page after the other). */
export async function runLighthouse(base: string, pages: { label: string; path: string }[]): Promise<LighthouseReport> {
  const version = lighthouseVersion();
  let lighthouse: typeof import('lighthouse').default;
  let launcher: typeof import('chrome-launcher');
  try {
    lighthouse = (await import('lighthouse')).default;
    launcher = await import('chrome-launcher');
  } catch (e) {
    return { ran: false, version, rows: [], error: `lighthouse is not installed (npm i -D -E lighthouse@12.2.3): ${(e as Error).message}` };
  }
  if (!fs.existsSync(chromiumPath())) return { ran: false, version, rows: [], error: `no Chromium at ${chromiumPath()} (sudo apt-get install -y chromium)` };
  const proxy = await brotliProxy(base);
  let chrome: Awaited<ReturnType<typeof launcher.launch>> | undefined;
  try {
    chrome = await launcher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-features=Translate,OptimizationHints'],
      logLevel: 'silent',
    });
    const rows: LighthouseRow[] = [];
    for (const p of pages) {
      try {
        const result = await lighthouse(proxy.url + p.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error('no result');
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])) as Record<Category, number | null>;
        const counted = new Set(CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
        const lost = Object.values(lhr.audits)
          .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1)
          .map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ''} (${Math.round(a.score! * 100)})`);
        rows.push({ ...p, scores, lost, benchmarkIndex: lhr.environment?.benchmarkIndex ?? null });
      } catch (e) {
        rows.push({ ...p, scores: null, lost: [], benchmarkIndex: null, error: (e as Error).message.split('\n')[0] });
      }
    }
    return { ran: true, version, rows };
  } catch (e) {
    return { ran: false, version, rows: [], error: `could not start Chromium for Lighthouse: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    chrome?.kill();
    await proxy.close();
  }
}
