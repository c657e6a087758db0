/**
 * Times the questionnaire engine (recommend) over 1000 fictional offers and ~200 varied answers.
 * Run: `npx node scripts/bench-engine.ts` (prints the figures as JSON). Target: median ≤ 5 ms.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { FROM, MOVE, PREFS, WHO, type Answers, type Weight } from '../../src/lib/questionnaire/answers.ts';
import { recommend } from '../../src/lib/questionnaire/recommend.ts';
import { generateProviders, mulberry32 } from '../harness/fictional.ts';

const OFFERS = 1000;
const RUNS = 200;
const WARM_UP = 50;

/** Deterministic varied answers: each answer present about half the time, as people skip questions. */
function variedAnswers(n: number, seed = 42): Answers[] {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const maybe = () => rand() < 0.5;
  return Array.from({ length: n }, (_, i) => {
    const a: Answers = { seed: i };
    if (maybe()) a.who = pick(WHO);
    if (maybe()) a.accounts = 1 + Math.floor(rand() * 12);
    if (maybe()) a.from = pick(FROM);
    if (maybe()) a.move = MOVE.filter(() => maybe());
    if (maybe()) a.size = Math.round(rand() * 400) / 10;
    if (maybe()) a.budget = pick([0, 15, 30, 50, 100, 500]);
    if (maybe()) a.member = maybe();
    if (maybe()) a.domain = maybe();
    if (maybe()) a.app = maybe();
    if (maybe()) a.country = pick(['FR', 'BE', 'CH', 'CA']);
    if (maybe()) a.region = pick(['Alsace', 'ile-de-france', 'Bretagne']);
    if (maybe()) a.support = pick(['fr', 'en', 'nl']);
    if (maybe()) a.prefs = Object.fromEntries(PREFS.filter(() => maybe()).map((p) => [p, pick<Weight>([0, 1, 2])]));
    return a;
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Median and 95th percentile of one recommend call over 1000 offers, in milliseconds, after a warm-up. */
export function benchEngine(): { medianMs: number; p95Ms: number; offers: 1000 } {
  const offers = generateProviders(OFFERS);
  const inputs = variedAnswers(RUNS + WARM_UP);
  for (const a of inputs.slice(0, WARM_UP)) recommend(a, offers, { today: '2026-11-25' }); // let the JIT settle
  const times = inputs.slice(WARM_UP).map((a) => {
    const start = performance.now();
    recommend(a, offers, { today: '2026-11-25' });
    return performance.now() - start;
  });
  times.sort((x, y) => x - y);
  const ms = (x: number) => Math.round(x * 1000) / 1000;
  return { medianMs: ms(percentile(times, 50)), p95Ms: ms(percentile(times, 95)), offers: OFFERS };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(benchEngine()));
