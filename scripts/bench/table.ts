/**
 * Prints the bench results as plain-text tables, each figure next to its target (✓ within, ✗ over) and the peer
 * site's figures for reference.
 */
import { PEER, TARGETS } from './budgets.ts';
import { KB, SITE_FONTS, TEMPLATES, type Template } from './templates.ts';
import { CATEGORIES, type LighthouseReport } from './lighthouse.ts';
import type { BuildFigures, SearchFigures } from './scale.ts';
import { kb, type Summary } from './weigh.ts';
import type { KitBench } from './kit.ts';

export interface ScaleRow {
  label: string;
  offers: number | null;
  published: number | null;
  build: BuildFigures;
  search: SearchFigures | null;
  kit: { path: string; bytes: number } | null;
}

export interface WeightRow {
  label: string;
  template: Template;
  path: string;
  summary: Summary;
}

export interface BenchResults {
  meta: Record<string, unknown>;
  engine: { medianMs: number; p95Ms: number; offers: number } | { error: string } | null;
  plan: { medianMs: number; p95Ms: number } | { error: string } | null;
  scale: ScaleRow[];
  ratio2000to1000: number | null;
  weights: WeightRow[];
  /** Every page of the seeded build, summarised. */
  pages: { path: string; template: Template; summary: Summary; problems: string[] }[];
  budgets: { rule: string; problems: string[] }[];
  lighthouse: LighthouseReport | { skipped: string };
  /** The visual kit: generation cold and warm, build with and without it; null with --no-kit. */
  kit: KitBench | null;
  notes: string[];
}

/** Aligns rows under headers; numbers and figures right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = (i: number) => i > 0 && rows.every((r) => /^(—|[\d.,]+(?: [a-zA-Z]+)?)$/.test(r[i] ?? '—'));
  const line = (cells: string[]) => cells.map((c, i) => (right(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ok = (pass: boolean) => (pass ? '✓' : '✗');
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const n = (x: number) => x.toLocaleString('en-US');
const k = (bytes: number) => (bytes / KB).toFixed(1);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function render(r: BenchResults): string {
  const out: string[] = [];
  const m = r.meta;
  out.push(`degmail bench · ${m.date} · ${m.commit} · Node ${m.node} · ${m.chromium} · ${m.cores} cores, ${m.memory} · load at start ${m.loadAvg}`);
  out.push('All byte figures are brotli (quality 11, done by the bench), 1 KB = 1,024 B.');

  out.push('', '1. Build at scale: `npm run build` with DEGMAIL_CONTENT = clearly fictional offers in a temporary folder');
  if (!r.scale.length) out.push('   skipped (--no-scale)');
  else {
    out.push(table(
      ['offers', 'pages', 'wall', 'ms/page', `≤ ${TARGETS.msPerPage} (aim ${TARGETS.msPerPageAim})`, 'astro says', 'peak RSS tree/process', 'output', 'pagefind', `search "${r.scale[0]?.search?.query ?? 'mail'}"`, 'load'],
      r.scale.map((s) => {
        const b = s.build;
        if (!b.ok) return [s.label, '—', 'FAILED', '—', '—', '—', '—', '—', '—', (b.error ?? '').split('\n').at(-1) ?? '', b.loadAvg.toFixed(1)];
        const search = s.search ? (s.search.ok ? `${s.search.requests} req, ${k(s.search.bytes)} KB (${k(s.search.brotli)} KB br), ${s.search.results} hits` : `failed: ${s.search.error}`) : '—';
        return [
          s.label, n(b.pages), ms(b.wallMs), b.msPerPage.toFixed(1), ok(b.msPerPage <= TARGETS.msPerPage) + (b.msPerPage <= TARGETS.msPerPageAim ? ' aim ✓' : ''),
          b.astroMs === null ? '—' : ms(b.astroMs), `${Math.round(b.peakTreeMb)} / ${Math.round(b.peakProcessMb)} MB`, mb(b.outBytes),
          `${mb(b.pagefindBytes)} (${n(b.pagefindFiles)} files)`, search, b.loadAvg.toFixed(1),
        ];
      }),
    ));
    out.push(r.ratio2000to1000 === null
      ? '   time(2000)/time(1000): not measured (needs N = 1000 and 2000 in BENCH_N)'
      : `   time(2000)/time(1000) = ${r.ratio2000to1000.toFixed(2)} (target ≤ ${TARGETS.ratio2000to1000}) ${ok(r.ratio2000to1000 <= TARGETS.ratio2000to1000)}`);
    const kit = r.scale.find((s) => s.kit)?.kit;
    out.push(kit ? `   kit: ${kit.path}, ${mb(kit.bytes)}` : '   kit: not built yet');
    out.push('   wall = the whole npm run build (validate, font subset, astro build, sitemap, pagefind); "astro says" = the total astro build reports (pagefind included; not validate nor the font subset).');
    out.push('   peak RSS: highest sum over the process tree (sampled every 100 ms) / largest single process (/usr/bin/time -v).');
    out.push('   search: pagefind JS API in Chromium on /fr/: pagefind.js, worker, wasm, index chunks and the first result\'s fragment, as served (br = if the host compressed).');
    out.push('   load = 1-minute load average when the build started (the machine is shared: timings are noisy when it is above the core count).');
    out.push(`   Peer (Starlight, same 1,000 fictional offers, 2 locales; ${PEER.measured}): ${n(PEER.pages)} pages in ~${PEER.buildS} s (~${PEER.msPerPage} ms/page).`);
  }

  out.push('', '2. Page weight, first visit (fresh cache) and repeat visit (only what is not cacheable: no-cache HTML and unhashed files)');
  if (!r.weights.length) out.push('   not measured');
  else {
    out.push(table(
      ['template', 'page', 'HTML', 'CSS', 'JS', 'inline JS', 'fonts', 'img', 'other', 'first', 'req', 'w/o fonts', 'repeat', 'req'],
      r.weights.map((w) => {
        const f = w.summary.first;
        return [w.label, w.path, k(f.html.brotli), k(f.css.brotli), k(f.js.brotli), k(w.summary.inlineJs), k(f.font.brotli), k(f.image.brotli), k(f.other.brotli),
          k(f.total.brotli), String(f.total.requests), k(f.withoutFonts.brotli), k(w.summary.repeat.brotli), String(w.summary.repeat.requests)];
      }),
    ));
    out.push('   KB brotli; per template the heaviest built page; "inline JS" is already inside the HTML; img includes the favicon.');
    const offer = r.weights.find((w) => w.template === 'offer');
    if (offer) {
      const f = offer.summary.first;
      out.push(`   offer page targets: first visit without fonts ${kb(f.withoutFonts.brotli)} ≤ ${kb(TARGETS.offerFirstNoFonts, 0)} ${ok(f.withoutFonts.brotli <= TARGETS.offerFirstNoFonts)}` +
        ` · with fonts ${kb(f.total.brotli)} ≤ ${kb(TARGETS.offerFirstWithFonts, 0)} ${ok(f.total.brotli <= TARGETS.offerFirstWithFonts)}` +
        ` · repeat ${kb(offer.summary.repeat.brotli)} ≤ ${kb(TARGETS.offerRepeat, 0)} ${ok(offer.summary.repeat.brotli <= TARGETS.offerRepeat)}`);
    }
    const p = PEER.offerPage;
    out.push(`   Peer offer page (${PEER.measured}): ~${k(p.brotli)} KB in ${p.requests} requests (HTML ${k(p.html)}, CSS ${k(p.css)}, JS ${k(p.js)}).`);
  }

  out.push('', `3. Budgets (the checks of tests/e2e/budgets.test.ts, on every page of the seeded build: ${r.pages.length} pages)`);
  const lines = (Object.entries(TEMPLATES) as [Template, (typeof TEMPLATES)[Template]][])
    .filter(([, b]) => b.total !== null || (b.js ?? 0) > 0)
    .map(([name, b]) => (b.total !== null ? `${name} ≤ ${kb(b.total, 0)} without fonts${b.js ? `, JS ≤ ${kb(b.js, 0)}` : ''}` : `${name} JS ≤ ${kb(b.js ?? 0, 0)}`));
  const limits: Record<string, string> = {
    javascript: 'none on content pages; the template table gives the others',
    'critical path': `HTML + CSS ≤ ${kb(TEMPLATES.home.criticalPath!, 0)} per content page`,
    fonts: `site font ≤ ${SITE_FONTS.files} files, ≤ ${kb(SITE_FONTS.bytes, 0)} per page and site-wide (the kit's fonts on its own templates)`,
    'interactive pages': lines.join('; '),
    images: 'width/height, srcset, lazy below the fold',
  };
  for (const b of r.budgets) {
    out.push(`   ${ok(!b.problems.length)} ${b.rule}: ${limits[b.rule] ?? ''}${b.problems.length ? '' : ' — all within'}`);
    for (const p of b.problems) out.push(`       ${p}`);
  }
  const cp = r.pages.filter((p) => TEMPLATES[p.template].criticalPath !== null)
    .map((p) => ({ path: p.path, b: p.summary.first.html.brotli + p.summary.first.css.brotli })).sort((a, b) => b.b - a.b)[0];
  if (cp) out.push(`   heaviest critical path: ${cp.path} ${kb(cp.b, 2)} of ${kb(TEMPLATES.home.criticalPath!, 0)}`);

  out.push('', '4. Engine');
  const e = r.engine;
  if (!e) out.push('   skipped');
  else if ('error' in e) out.push(`   recommend: failed: ${e.error}`);
  else out.push(`   recommend() over ${n(e.offers)} offers: median ${e.medianMs.toFixed(3)} ms, p95 ${e.p95Ms.toFixed(3)} ms (recommend ≤ ${TARGETS.engineMedianMs} ms median) ${ok(e.medianMs <= TARGETS.engineMedianMs)}`);
  const pl = r.plan;
  if (pl && 'error' in pl) out.push(`   buildPlan: failed: ${pl.error}`);
  else if (pl) out.push(`   buildPlan(): median ${pl.medianMs.toFixed(3)} ms, p95 ${pl.p95Ms.toFixed(3)} ms`);

  out.push('', '4b. Visual kit (real content; `generateKit` in the bench process, then `npm run build` with and without it)');
  out.push(...renderKit(r.kit));

  out.push('', '5. Lighthouse (mobile emulation, the default; seeded build served with brotli as a real host would)');
  const lh = r.lighthouse;
  if ('skipped' in lh) out.push(`   skipped: ${lh.skipped}`);
  else if (!lh.ran) out.push(`   could not run (lighthouse ${lh.version}): ${lh.error}`);
  else {
    out.push(table(
      ['template', 'page', ...CATEGORIES, 'CPU index', `= ${TARGETS.lighthouse} ×4`],
      lh.rows.map((row) => row.scores
        ? [row.label, row.path, ...CATEGORIES.map((c) => String(row.scores![c] ?? '—')), row.benchmarkIndex === null ? '—' : String(Math.round(row.benchmarkIndex)),
          ok(CATEGORIES.every((c) => row.scores![c] === TARGETS.lighthouse))]
        : [row.label, row.path, ...CATEGORIES.map(() => '—'), '—', `failed: ${row.error}`]),
    ));
    out.push('   CPU index = Lighthouse\'s benchmarkIndex during the run: performance (TBT above all) drops when other work loads the machine.');
    out.push(`   lighthouse ${lh.version}. Audits that cost points:`);
    for (const row of lh.rows) if (row.lost.length) out.push(`     ${row.label} ${row.path}: ${row.lost.join('; ')}`);
    if (lh.rows.every((row) => !row.lost.length)) out.push('     none');
  }

  if (r.notes.length) out.push('', 'Notes:', ...r.notes.map((x) => `   - ${x}`));
  return out.join('\n');
}

function renderKit(kit: KitBench | null): string[] {
  if (!kit) return ['   skipped (--no-kit)'];
  const out: string[] = [];
  const f = kit.figures;
  if ('error' in f) out.push(`   generation failed: ${f.error}`);
  else {
    out.push(`   cold (empty cache): ${ms(f.coldMs)}, ${n(f.coldWritten)} files drawn · warm: ${ms(f.warmMs)}, ${n(f.warmWritten)} drawn · load at start ${f.loadAvg.toFixed(1)}`);
    out.push(table(['locale', 'files', 'PDF', 'PNG', 'SVG', 'bytes', 'ZIP'], f.perLocale.map((l) => [l.lang, n(l.files), n(l.pdf), n(l.png), n(l.svg), mb(l.bytes), mb(l.zipBytes)])));
  }
  const step = kit.withKit?.step;
  out.push(`   npm run build with the kit: ${kit.withKit ? ms(kit.withKit.wallMs) : '—'}${step ? ` (kit step ${ms(step.ms)}, ${n(step.written)} files drawn)` : ''} · without (DEGMAIL_KIT=0): ${kit.withoutKit ? ms(kit.withoutKit.wallMs) : '—'}`);
  out.push('   files: PDFs, PNGs and SVG sources, previews and ZIPs not counted; a warm run only plans and hashes.');
  return out;
}
