/**
 * The benchmark (`npm run bench`, through scripts/bench.ts): figures, not pass/fail. Prints a table and writes bench/results.json (ignored by git).
 *
 *  1. Build at scale: N clearly fictional offers (N from BENCH_N, default 100,1000,2000) in a temporary content
 *     folder, the real `npm run build` into a temporary output: wall time, pages, ms per page, peak memory, output
 *     and pagefind index size, bytes one search fetches, time(2000)/time(1000). Nothing is written to content/.
 *  2. Page weight of each template on the real (seeded) content, built into a temporary folder too so that dist/
 *     stays as it is; the directory page also on the 1,000-offer build.
 *  3. The byte budgets of tests/e2e/budgets.test.ts, on every seeded page.
 *  4. Engine speed: benchEngine() and benchPlan().
 *  4b. The visual kit: generated cold (empty cache) and warm, and the seeded build with and without it (DEGMAIL_KIT=0).
 *  5. Lighthouse on each template.
 *
 * Flags: --no-scale (skip 1), --no-lighthouse (skip 5), --no-kit (skip 4b), --keep (keep the temporary builds and print where).
 * Example, quick: BENCH_N=100,1000 npm run bench -- --no-lighthouse
 *
 * The seeded build runs last, so the font subset and Astro's content cache it leaves behind are the real site's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { benchEngine } from './engine.ts';
import { benchPlan } from './plan.ts';
import { startServer } from '../harness/serve.ts';
import { chromiumPath } from '../harness/tools.ts';
import { builtPages, launch } from '../harness/browser.ts';
import { buildSite, findKit, searchCost, writeFictionalContent } from './scale.ts';
import { ROOT } from '../../src/node/paths.ts';
import { summarize, weighPage, type PageWeight } from './weigh.ts';
import type { Template } from './templates.ts';
import { criticalPathProblems, imageProblems, javascriptProblems, pageFontProblems, pageProblems, siteFontProblems, totalProblems } from './budgets.ts';
import { runLighthouse } from './lighthouse.ts';
import { benchKit, kitStep } from './kit.ts';
import { render, type BenchResults, type ScaleRow, type WeightRow } from './table.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--no-scale', '--no-lighthouse', '--no-kit', '--keep'].includes(a));
if (unknown.length) {
  console.error(`bench: unknown option ${unknown.join(' ')} (known: --no-scale --no-lighthouse --no-kit --keep; BENCH_N=100,1000 for the sizes)`);
  process.exit(2);
}
const sizes = (process.env.BENCH_N ?? '100,1000,2000').split(',').map((s) => s.trim()).filter(Boolean).map(Number);
if (sizes.some((x) => !Number.isInteger(x) || x < 1)) {
  console.error(`bench: BENCH_N must be a comma-separated list of positive integers, got "${process.env.BENCH_N}"`);
  process.exit(2);
}
const keep = args.has('--keep');
const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** Template order in the tables, and the one page of each that Lighthouse visits. */
const TEMPLATES: Template[] = ['home', 'directory', 'offer', 'criteria', 'content', 'questionnaire', 'search', 'contribute', 'kit', 'kit-customizer', 'widgets', 'analyser', 'commit', '404', 'other'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-bench-'));
const results: BenchResults = {
  meta: meta(),
  engine: null,
  plan: null,
  scale: [],
  ratio2000to1000: null,
  weights: [],
  pages: [],
  budgets: [],
  lighthouse: { skipped: '--no-lighthouse' },
  kit: null,
  notes: [],
};

let browser: Browser | undefined;
try {
  log('engine: recommend() and buildPlan()');
  results.engine = attempt(() => benchEngine());
  results.plan = attempt(() => benchPlan());

  browser = await launch();

  if (!args.has('--no-scale')) {
    for (const size of sizes) {
      const dir = path.join(tmp, `n${size}`);
      const { offers, published } = writeFictionalContent(path.join(dir, 'content'), size);
      log(`build with ${size} fictional offers (${published} published)…`);
      const out = path.join(dir, 'out');
      const build = await buildSite({ content: path.join(dir, 'content'), out, log: path.join(dir, 'build.log') });
      log(build.ok ? `  ${build.pages} pages in ${(build.wallMs / 1000).toFixed(1)} s` : `  build failed, see ${build.log}`);
      const row: ScaleRow = { label: String(size), offers, published, build, search: null, kit: null };
      if (build.ok) {
        row.kit = findKit(out);
        const server = await startServer({ root: out, base: '/' });
        try {
          row.search = await searchCost(browser, server.url);
          if (size === 1000) {
            const w = await weighPage(browser, '/fr/providers/', { base: server.url });
            results.weights.push({ label: 'directory, 1,000 offers', template: 'directory', path: w.path, summary: summarize(w) });
          }
        } finally {
          await server.close();
        }
      }
      results.scale.push(row);
      if (!keep) fs.rmSync(out, { recursive: true, force: true });
    }
    const t = (label: string) => results.scale.find((s) => s.label === label && s.build.ok)?.build.wallMs;
    const [t1000, t2000] = [t('1000'), t('2000')];
    if (t1000 && t2000) results.ratio2000to1000 = t2000 / t1000;
  }

  if (!args.has('--no-kit')) {
    log('kit: generated into an empty cache, then again…');
    results.kit = { figures: await benchKit().catch((e: Error) => ({ error: e.message.split('\n')[0]! })), withKit: null, withoutKit: null };
    log('build of the real content without the kit (DEGMAIL_KIT=0)…');
    const noKit = path.join(tmp, 'no-kit');
    fs.mkdirSync(noKit, { recursive: true });
    const b = await buildSite({ content: null, out: path.join(noKit, 'out'), log: path.join(noKit, 'build.log'), env: { DEGMAIL_KIT: '0' } });
    if (b.ok) results.kit.withoutKit = { wallMs: b.wallMs };
    else results.notes.push(`the build without the kit failed, see ${b.log}`);
    if (!keep) fs.rmSync(path.join(noKit, 'out'), { recursive: true, force: true });
  }

  log('build of the real (seeded) content…');
  const out = path.join(tmp, 'seeded', 'out');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const build = await buildSite({ content: null, out, log: path.join(tmp, 'seeded', 'build.log') });
  const seededOffers = fs.readdirSync(path.join(ROOT, 'content/providers')).filter((f) => /\.ya?ml$/.test(f)).length;
  const seededRow: ScaleRow = { label: `seeded (${seededOffers})`, offers: seededOffers, published: null, build, search: null, kit: null };
  results.scale.unshift(seededRow);
  if (args.has('--no-scale')) results.scale = [seededRow];
  if (!build.ok) throw new Error(`the seeded build failed:\n${build.error}`);
  seededRow.kit = findKit(out);
  if (results.kit) results.kit.withKit = { wallMs: build.wallMs, step: kitStep(fs.readFileSync(build.log, 'utf8')) };

  const server = await startServer({ root: out, base: '/' });
  try {
    seededRow.search = await searchCost(browser, server.url);
    // Every page of the seeded build ("/" only redirects to /fr/).
    const paths = builtPages(out).filter((p) => p !== '/');
    log(`weighing ${paths.length} pages…`);
    const weights: PageWeight[] = [];
    for (const p of paths) weights.push(await weighPage(browser, p, { base: server.url }));
    results.pages = weights.map((w) => ({
      path: w.path, template: w.template, summary: summarize(w),
      problems: pageProblems(w),
    }));
    results.budgets = [
      { rule: 'javascript', problems: weights.flatMap(javascriptProblems) },
      { rule: 'critical path', problems: weights.flatMap(criticalPathProblems) },
      { rule: 'fonts', problems: [...weights.flatMap(pageFontProblems), ...siteFontProblems(weights)] },
      { rule: 'interactive pages', problems: weights.flatMap(totalProblems) },
      { rule: 'images', problems: weights.flatMap((w) => imageProblems(w.path, w.images, w.fold, w.resources)) },
    ];
    const problems = weights.flatMap((w) => w.problems.map((p) => `${w.path}: ${p}`));
    if (problems.length) results.notes.push(`the browser saw problems while weighing: ${problems.join('; ')}`);

    // Per template, the heaviest page (first visit, brotli); the 1,000-offer directory stays after the seeded rows.
    const heaviest: WeightRow[] = [];
    for (const t of TEMPLATES) {
      const of = results.pages.filter((p) => p.template === t).sort((a, b) => b.summary.first.total.brotli - a.summary.first.total.brotli);
      if (of[0]) heaviest.push({ label: t === 'offer' ? `offer (heaviest of ${of.length})` : t, template: t, path: of[0].path, summary: of[0].summary });
    }
    results.weights = [...heaviest, ...results.weights];
    if (!results.pages.some((p) => p.template === 'questionnaire')) results.notes.push('questionnaire: no page built yet, not weighed.');

    if (!args.has('--no-lighthouse')) {
      const pages = heaviest.map((w) => ({ label: w.template, path: w.path }));
      log(`lighthouse on ${pages.length} pages…`);
      results.lighthouse = await runLighthouse(server.url, pages);
      if (results.lighthouse.ran) results.notes.push('Lighthouse visits /404.html (HTTP 200) for the 404 template: with a real 404 status, the SEO category rightly fails "page has unsuccessful HTTP status code".');
    }
  } finally {
    await server.close();
  }
} catch (e) {
  results.notes.push(`bench stopped early: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  if (keep) results.notes.push(`temporary builds kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}

fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(render(results));
console.log('\nwritten: bench/results.json');

function attempt<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0]! };
  }
}

function meta(): Record<string, unknown> {
  const run = (cmd: string, a: string[]) => {
    try {
      return execFileSync(cmd, a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no']) ? '+changes' : '';
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: `${run('git', ['rev-parse', '--short', 'HEAD'])}${dirty}`,
    node: process.version,
    chromium: run(chromiumPath(), ['--version']).split('\n').at(-1),
    cores: os.availableParallelism(),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    loadAvg: os.loadavg().map((x) => x.toFixed(1)).join(' '),
    sizes,
    flags: [...args],
  };
}

