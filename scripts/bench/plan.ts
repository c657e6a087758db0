/**
 * Times buildPlan with the real French dictionary over a few hundred varied answers.
 * Run: `npx node scripts/bench-plan.ts` (prints the figures as JSON).
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../src/node/paths.ts';
import { FROM, MOVE, WHO, type Answers } from '../../src/lib/questionnaire/answers.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';


/** A fully known offer; the bench also runs with an unknown-settings variant and with no offer. */
const OFFER: ProviderEntry = {
  id: 'bench', name: 'Bench', website: 'https://bench.example/', chatons: 'member', organisation_type: 'ASSOCIATION', founded: 2015,
  country: 'FR', region: 'unknown', city: 'unknown', area_served_first: 'none', registration: 'Member', load: 'OPEN',
  audiences: { individuals: 'yes', families: 'yes', associations: 'yes', professionals: 'unknown' },
  price: { model: 'free' }, quota_gb: 10, quota_shared_accounts: 'no', quota_shared_services: 'no', custom_domain: 'no', aliases: 'yes',
  webmail: 'yes', webmail_software: 'Roundcube', imap: 'yes', imap_server: { host: 'mail.bench.example', port: 993, security: 'ssl' },
  smtp_server: { host: 'mail.bench.example', port: 465, security: 'ssl' }, pop: 'no', caldav: 'yes', carddav: 'yes', two_factor: 'yes',
  encryption_at_rest: 'unknown', support_channels: ['email'], support_languages: ['fr'], in_person_help: 'unknown', migration_help: 'yes',
  extra_services: [], signup_url: 'https://bench.example/signup', docs_url: 'https://bench.example/docs',
  sources: [{ id: 'docs', url: 'https://bench.example/docs', title: 'Docs', checked: '2026-01', backs: ['imap_server', 'smtp_server'] }],
};
const OFFERS = [OFFER, { ...OFFER, imap_server: 'unknown', smtp_server: 'unknown', signup_url: 'unknown' } satisfies ProviderEntry, null];

/** Deterministic pseudo-random answers (a small LCG), so runs are comparable. */
function variedAnswers(n: number): Answers[] {
  let s = 42;
  const next = (k: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % k);
  return Array.from({ length: n }, () => {
    const a: Answers = { seed: 0, from: FROM[next(FROM.length)], who: WHO[next(WHO.length)], accounts: 1 + next(5) };
    if (next(3)) a.move = MOVE.filter(() => next(2) === 1);
    if (next(3)) a.size = next(4000) / 10;
    if (next(2)) a.ispEnd = `202${6 + next(2)}-0${1 + next(9)}-${10 + next(19)}`;
    return a;
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Median and 95th percentile of one buildPlan call, in milliseconds, over 300 varied inputs after a warm-up. */
export function benchPlan(): { medianMs: number; p95Ms: number } {
  const t = makeT(JSON.parse(fs.readFileSync(path.join(ROOT, 'src/i18n/fr.json'), 'utf8')));
  const inputs = variedAnswers(300).map((answers, i) => ({ answers, offer: OFFERS[i % OFFERS.length]!, today: '2026-06-01' }));
  for (const input of inputs.slice(0, 50)) buildPlan(input, t); // warm-up: let the JIT settle
  const times = inputs.map((input) => {
    const start = performance.now();
    buildPlan(input, t);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(benchPlan()));
