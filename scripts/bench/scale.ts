/**
 * Build at scale: writes N clearly fictional offers (tests/fixtures/generate.ts) as YAML into a temporary content
 * folder (never into content/), runs the real `npm run build` with DEGMAIL_CONTENT and DEGMAIL_OUT pointing at
 * temporary folders, and measures the wall time, the pages written, the peak memory, the output and the search index,
 * and what one search costs a visitor.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../src/node/paths.ts';
import YAML from 'yaml';
import type { Browser, Request } from 'playwright-core';
import { generateProviders } from '../harness/fictional.ts';
import { session } from '../harness/browser.ts';
import { brotliSize } from './weigh.ts';


/**
 * Writes `n` fictional offers as `<dir>/providers/<id>.yaml`, next to a copy of the real long pages (the pages
 * collection follows the content folder); returns how many offers are published (not drafts).
 */
export function writeFictionalContent(dir: string, n: number, seed = 1): { offers: number; published: number } {
  const folder = path.join(dir, 'providers');
  fs.mkdirSync(folder, { recursive: true });
  fs.cpSync(path.join(ROOT, 'content/pages'), path.join(dir, 'pages'), { recursive: true });
  const offers = generateProviders(n, seed);
  // Strings quoted: the validator rightly refuses unquoted dates, which YAML would read as timestamps.
  for (const { id, ...provider } of offers) fs.writeFileSync(path.join(folder, `${id}.yaml`), YAML.stringify(provider, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  return { offers: offers.length, published: offers.filter((o) => !o.draft).length };
}

export interface BuildFigures {
  ok: boolean;
  /** Why it failed: the end of the build log. */
  error?: string;
  /** Wall time of the whole `npm run build` (validate, font subset, astro build, pagefind). */
  wallMs: number;
  /** What `astro build` itself reports ("36 page(s) built in 2.81s"): its whole run, pagefind included. */
  astroMs: number | null;
  /** HTML files written. */
  pages: number;
  msPerPage: number;
  /** Highest sum of the resident memory of every process of the build at one time (sampled every 100 ms). */
  peakTreeMb: number;
  /** Largest resident memory of any one process of the build (`/usr/bin/time -v`, else /proc VmHWM). */
  peakProcessMb: number;
  peakSource: string;
  outBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Load average when the build started: this machine is shared, figures are noisy when it is high. */
  loadAvg: number;
  log: string;
}

/**
 * Runs `npm run build` with the given environment and measures it. `content` null means the real content/; `env` adds
 * variables (DEGMAIL_KIT=0: the real content without the visual kit).
 */
export async function buildSite(opts: { content: string | null; out: string; log: string; env?: Record<string, string> }): Promise<BuildFigures> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env, DEGMAIL_OUT: opts.out, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
  if (opts.content) env.DEGMAIL_CONTENT = opts.content;
  else delete env.DEGMAIL_CONTENT;
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const timeFile = `${opts.log}.time`;
  const [cmd, args] = timeBin ? [timeBin, ['-v', '-o', timeFile, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  const logFd = fs.openSync(opts.log, 'w');
  const loadAvg = os.loadavg()[0]!;
  const start = performance.now();
  const child = spawn(cmd, args as string[], { cwd: ROOT, env, stdio: ['ignore', logFd, logFd] });
  let peakTree = 0;
  let peakHwm = 0;
  const sample = () => {
    const m = treeMemory(child.pid!);
    peakTree = Math.max(peakTree, m.rssKb);
    peakHwm = Math.max(peakHwm, m.hwmKb);
  };
  const timer = setInterval(sample, 100);
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  const wallMs = performance.now() - start;
  clearInterval(timer);
  fs.closeSync(logFd);
  const log = fs.readFileSync(opts.log, 'utf8');
  let peakProcessKb = peakHwm;
  let peakSource = '/proc VmHWM, sampled';
  if (timeBin && fs.existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'));
    if (m) [peakProcessKb, peakSource] = [Number(m[1]), '/usr/bin/time -v'];
  }
  const astroMs = astroTime(log);
  const pages = code === 0 ? countFiles(opts.out, (f) => f.endsWith('.html')) : 0;
  const pf = path.join(opts.out, 'pagefind');
  return {
    ok: code === 0,
    ...(code === 0 ? {} : { error: log.trim().split('\n').slice(-15).join('\n') }),
    wallMs,
    astroMs,
    pages,
    msPerPage: pages ? wallMs / pages : 0,
    peakTreeMb: peakTree / 1024,
    peakProcessMb: peakProcessKb / 1024,
    peakSource,
    outBytes: code === 0 ? dirBytes(opts.out) : 0,
    pagefindBytes: fs.existsSync(pf) ? dirBytes(pf) : 0,
    pagefindFiles: fs.existsSync(pf) ? countFiles(pf, () => true) : 0,
    loadAvg,
    log: opts.log,
  };
}

/** Astro's own total from its log: "36 page(s) built in 812ms", "… in 2.81s" or "… in 1m 12s". */
export function astroTime(log: string): number | null {
  const m = /page\(s\) built in (?:(\d+)m (\d+)s|([\d.]+)s|(\d+)ms)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
  if (!m) return null;
  if (m[1]) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return m[3] ? Number(m[3]) * 1000 : Number(m[4]);
}

/** Resident memory now (sum) and the highest per-process peak of `pid` and all its descendants, in kB. */
export function treeMemory(pid: number): { rssKb: number; hwmKb: number } {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  let rssKb = 0;
  let hwmKb = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    todo.push(...(children.get(p) ?? []));
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      rssKb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      hwmKb = Math.max(hwmKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // ended
    }
  }
  return { rssKb, hwmKb };
}

export function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n += fs.statSync(path.join(e.parentPath, e.name)).size;
  return n;
}

export function countFiles(dir: string, keep: (name: string) => boolean): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && keep(e.name)).length;
}

/** The campaign kit, once it exists: any file or folder named like "kit" at the top two levels of the output. */
export function findKit(out: string): { path: string; bytes: number } | null {
  for (const e of fs.readdirSync(out, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(out, path.join(e.parentPath, e.name));
    if (rel.split(path.sep).length > 2 || !/(^|[-_.])kit([-_.]|$)/i.test(e.name)) continue;
    const full = path.join(out, rel);
    return { path: rel, bytes: e.isDirectory() ? dirBytes(full) : fs.statSync(full).size };
  }
  return null;
}

export interface SearchFigures {
  ok: boolean;
  error?: string;
  query: string;
  results: number;
  firstResult: string | null;
  requests: number;
  /** Bytes as transferred (the static server sends them as they are; pagefind's index chunks are gzipped already). */
  bytes: number;
  /** The same with brotli where it helps (pagefind.js, the wasm, JSON). */
  brotli: number;
  files: { url: string; bytes: number }[];
}

/**
 * What one typical search costs: on `/fr/`, loads `/pagefind/pagefind.js` through pagefind's JS API, searches,
 * loads the first result's data, and adds up every pagefind request.
 */
export async function searchCost(browser: Browser, base: string, query = 'mail'): Promise<SearchFigures> {
  const s = await session(browser);
  const { page } = s;
  const done: Promise<{ url: string; bytes: number; brotli: number }>[] = [];
  page.on('requestfinished', (r: Request) => {
    if (!r.url().includes('/pagefind/')) return;
    done.push((async () => {
      const body = await (await r.response())?.body().catch(() => Buffer.alloc(0)) ?? Buffer.alloc(0);
      return { url: new URL(r.url()).pathname, bytes: body.length, brotli: brotliSize(body) };
    })());
  });
  try {
    await page.goto(`${base}/fr/`, { waitUntil: 'load' });
    const loaded = done.length;
    const r = await page.evaluate(async ({ url, query }) => {
      type Pagefind = { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
      const pagefind = (await import(url)) as Pagefind;
      const found = await pagefind.search(query);
      const first = found.results[0] ? await found.results[0].data() : null;
      return { results: found.results.length, firstResult: first?.url ?? null };
    }, { url: `${base}/pagefind/pagefind.js`, query });
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(done);
    return {
      ok: true, query, ...r, requests: files.length, files: files.map(({ url, bytes }) => ({ url, bytes })),
      bytes: files.reduce((n, f) => n + f.bytes, 0), brotli: files.reduce((n, f) => n + f.brotli, 0),
      ...(loaded ? { error: `${loaded} pagefind request(s) before any search` } : {}),
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0], query, results: 0, firstResult: null, requests: 0, bytes: 0, brotli: 0, files: [] };
  } finally {
    await s.close();
  }
}
