/**
 * Ordering within a result tier: the person's weighted preferences first, then a seeded hash, so that ties are
 * rotated fairly between small hosts and never depend on the order the offers were read in. Scores stay internal.
 */
import type { Answers, Pref } from './answers.ts';
import type { ProviderEntry } from '../../schemas/provider.ts';

/** Lower case, no accents, dashes and apostrophes as spaces: "Île-de-France" equals "ile de france". */
export function normalizeRegion(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑'’_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A function giving the yes/no preferences an offer satisfies (all but `price`, which is ranked). An unknown fact
 * satisfies nothing and costs nothing. The person's region is normalised once per call, not once per offer.
 */
export function prefMatcher(a: Answers): (offer: ProviderEntry) => Exclude<Pref, 'price'>[] {
  const region = a.region ? normalizeRegion(a.region) : null;
  return (offer) => {
    const hits: Exclude<Pref, 'price'>[] = [];
    if (a.country && offer.country === a.country) hits.push('country');
    if (region !== null && offer.region !== 'unknown' && normalizeRegion(offer.region) === region) hits.push('region');
    if (offer.organisation_type === 'ASSOCIATION' || offer.organisation_type === 'COOPERATIVE') hits.push('coop');
    if (offer.aliases === 'yes') hits.push('aliases');
    if (offer.two_factor === 'yes') hits.push('2fa');
    if (Array.isArray(offer.extra_services) && offer.extra_services.length > 0) hits.push('extras');
    return hits;
  };
}

/**
 * Rank-based price bonus in [-0.5, 0.5] for each known yearly cost: the cheapest +0.5, the dearest -0.5, equal costs
 * share their mid-rank. Offers whose cost is unknown get 0, the middle: no bonus and no malus. O(n log n).
 */
export function priceBonuses(costs: (number | null)[]): number[] {
  const known = costs.filter((c): c is number => c !== null).sort((x, y) => x - y);
  const n = known.length;
  return costs.map((c) => {
    if (c === null || n < 2) return 0;
    const lower = bound(known, c, false);
    const equal = bound(known, c, true) - lower;
    return 0.5 - (lower + (equal - 1) / 2) / (n - 1);
  });
}

/** Index of the first element > c (upper) or ≥ c (lower) in a sorted array. */
function bound(sorted: number[], c: number, upper: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < c || (upper && sorted[mid] === c)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The preference score: weight × hit for each preference, weight × price bonus for price. */
export function prefScore(hits: readonly Pref[], priceBonus: number, a: Answers): number {
  const w = a.prefs ?? {};
  let score = (w.price ?? 0) * priceBonus;
  for (const h of hits) score += w[h] ?? 0;
  return score;
}

/** murmur3's 32-bit finaliser: every input bit flips each output bit with probability about 1/2. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A 32-bit hash of (seed, id): FNV-1a of the id, xor the mixed seed, mixed again. Mixing the seed on its own first
 * matters: consecutive seeds then give unrelated orders of neighbouring ids (fictif-020, fictif-021).
 */
export function tieHash(seed: number, id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return fmix32((h ^ fmix32((seed + 0x9e3779b9) >>> 0)) >>> 0);
}

/** What the tier order needs of an item. */
export interface Ranked {
  id: string;
  /** 0 for a confirmed CHATONS member (and for every offer outside CHATONS, ranked among themselves), 1 unverified. */
  membership: 0 | 1;
  score: number;
  /**
   * How many of the person's needs are unknown for this offer, leaving out the needs no offer has confirmed (they
   * tell nothing apart).
   */
  unknowns: number;
  hash: number;
}

/**
 * The order within a tier, said in one sentence on the page (`q.result.order`): confirmed CHATONS members before
 * unverified ones, then the person's preferences (score descending), then how much is known of what they asked
 * (fewer unknowns first), then the seeded rotation, then the id: a total order, so the input order never shows.
 */
export function compareRanked(x: Ranked, y: Ranked): number {
  return x.membership - y.membership || y.score - x.score || x.unknowns - y.unknowns || x.hash - y.hash || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}
