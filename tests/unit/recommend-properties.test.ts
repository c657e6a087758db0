/** Properties of the questionnaire engine, checked against the independent oracle of tests/fixtures/oracle.ts. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONSTRAINTS } from '../../src/lib/questionnaire/constraints.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import type { Answers } from '../../src/lib/questionnaire/answers.ts';
import { shown, answers, chatonsTiers, everyItem, expectedTier, ids, oracle, prop, run, type Expected } from '../fixtures/oracle.ts';
import { arbProviders } from '../fixtures/arbitraries.ts';
import type { Item, Recommendation } from '../../src/lib/questionnaire/recommend.ts';

type Reach = { matches: number; toConfirm: number; nearMisses: number; outsideMatches: number; outsideToConfirm: number };
/** Counts the runs that reached each tier: a property that never reaches a tier proves nothing about it. */
function reach(): Reach & { add: (r: Recommendation) => void } {
  const n = { matches: 0, toConfirm: 0, nearMisses: 0, outsideMatches: 0, outsideToConfirm: 0 };
  return Object.assign(n, {
    add: (r: Recommendation) => {
      n.matches += r.matches.length ? 1 : 0;
      n.toConfirm += r.toConfirm.length ? 1 : 0;
      n.nearMisses += r.nearMisses.length ? 1 : 0;
      n.outsideMatches += r.outside.matches.length ? 1 : 0;
      n.outsideToConfirm += r.outside.toConfirm.length ? 1 : 0;
    },
  });
}
/**
 * Every tier named must be reached by at least 1 % of the runs and at least 3 of them: with 300 runs, a tier reached
 * by a few per cent of them fails this about once in thousands of runs, and a tier never reached always fails it.
 */
const expectReached = (n: Reach, runs: number, tiers: (keyof Reach)[]) => {
  for (const t of tiers) expect(n[t], `runs that reached ${t}`).toBeGreaterThanOrEqual(Math.max(3, Math.ceil(runs / 100)));
};

/**
 * Runs a property over answers and offers (mapped by `change` first), checks it on every result, and then that the
 * runs reached each tier named in `reaches`.
 */
function everyRun(
  check: (r: Recommendation, a: Answers, offers: ProviderEntry[]) => void,
  opts: { reaches: (keyof Reach)[]; runs?: number; change?: (o: ProviderEntry) => ProviderEntry },
): void {
  const runs = opts.runs ?? 300;
  const n = reach();
  fc.assert(
    fc.property(prop, ([a, generated]) => {
      const offers = opts.change ? generated.map(opts.change) : generated;
      const r = run(a, offers);
      n.add(r);
      check(r, a, offers);
    }),
    { numRuns: runs },
  );
  expectReached(n, runs, opts.reaches);
}

describe('recommend: properties', () => {
  it('puts every published offer in the tier the oracle expects, and only there', () => {
    everyRun((r, a, offers) => {
      const want: Record<Expected, string[]> = { matches: [], toConfirm: [], nearMisses: [], dropped: [] };
      const outside: Record<Expected, string[]> = { matches: [], toConfirm: [], nearMisses: [], dropped: [] };
      for (const o of offers.filter((o) => shown(o))) (o.chatons === 'not-member' ? outside : want)[expectedTier(o, a)].push(o.id);
      expect(ids(r.matches)).toEqual(want.matches.sort());
      expect(ids(r.toConfirm)).toEqual(want.toConfirm.sort());
      expect(ids(r.nearMisses)).toEqual(want.nearMisses.sort());
      const fallback = want.matches.length === 0;
      expect(ids(r.outside.matches)).toEqual(fallback ? outside.matches.sort() : []);
      expect(ids(r.outside.toConfirm)).toEqual(fallback ? outside.toConfirm.sort() : []);
    }, { reaches: ['matches', 'toConfirm', 'nearMisses', 'outsideMatches', 'outsideToConfirm'] });
  });

  it('lists outside offers by the same rules when every CHATONS offer is full', () => {
    const change = (o: ProviderEntry): ProviderEntry => (o.chatons === 'not-member' ? o : { ...o, load: 'FULL' });
    everyRun((r, a, offers) => {
      const published = offers.filter((o) => shown(o) && o.chatons === 'not-member');
      expect(r.matches.length).toBe(0);
      expect(ids(r.outside.matches)).toEqual(published.filter((o) => expectedTier(o, a) === 'matches').map((o) => o.id).sort());
      expect(ids(r.outside.toConfirm)).toEqual(published.filter((o) => expectedTier(o, a) === 'toConfirm').map((o) => o.id).sort());
    }, { reaches: ['outsideMatches', 'outsideToConfirm'], runs: 300, change });
  });

  it('never lets a match violate or leave unknown a checked hard constraint', () => {
    everyRun((r, a) => {
      for (const m of [...r.matches, ...r.outside.matches]) {
        const { load, ...needs } = oracle(m.offer, a);
        expect(Object.values(needs).every((v) => v === 'ok')).toBe(true);
        expect(load).not.toBe('bad');
        expect(m.toCheck).toEqual([]);
        expect(m.failed).toBeUndefined();
      }
    }, { reaches: ['matches', 'outsideMatches'] });
  });

  it('lists exactly the unknown constraints of an offer to confirm', () => {
    everyRun((r, a) => {
      for (const t of [...r.toConfirm, ...r.outside.toConfirm]) {
        const o = oracle(t.offer, a);
        const unknown = CONSTRAINTS.filter((c) => c !== 'load' && o[c] === '?');
        expect(Object.values(o)).not.toContain('bad');
        expect(unknown.length).toBeGreaterThan(0);
        expect(t.toCheck).toEqual(unknown);
        expect(t.loadUnknown).toBe(o.load === '?');
      }
    }, { reaches: ['toConfirm', 'outsideToConfirm'], runs: 300 });
  });

  it('gives every near miss exactly one known violation: the one it names', () => {
    everyRun((r, a) => {
      for (const nm of r.nearMisses) {
        const o = oracle(nm.offer, a);
        expect(CONSTRAINTS.filter((c) => o[c] === 'bad')).toEqual([nm.failed]);
      }
    }, { reaches: ['nearMisses'] });
  });

  it('gives the same result for the same answers and seed', () => {
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        expect(run({ ...a }, [...offers])).toEqual(run(a, offers));
      }),
    );
  });

  it('does not depend on the order of the offers', () => {
    const shuffled = fc
      .tuple(answers, arbProviders())
      .chain(([a, offers]) => fc.tuple(fc.constant(a), fc.constant(offers), fc.shuffledSubarray(offers, { minLength: offers.length })));
    fc.assert(
      fc.property(shuffled, ([a, offers, other]) => {
        expect(run(a, other)).toEqual(run(a, offers));
      }),
      { numRuns: 200 },
    );
  });

  it('never makes a FULL offer a match', () => {
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        const r = run(a, offers);
        for (const m of [...r.matches, ...r.outside.matches]) expect(m.offer.load).not.toBe('FULL');
      }),
    );
  });

  it('never turns unknown facts into a near miss or a match', () => {
    // Every fact a constraint reads is made unknown: nothing can be known to pass or to fail.
    const blur = (o: ProviderEntry): ProviderEntry => ({
      ...o,
      load: 'unknown',
      registration: 'unknown',
      audiences: { individuals: 'unknown', families: 'unknown', associations: 'unknown', professionals: 'unknown' },
      price: 'unknown',
      quota_gb: 'unknown',
      quota_shared_accounts: 'unknown',
      imap: 'unknown',
      caldav: 'unknown',
      carddav: 'unknown',
      custom_domain: 'unknown',
      support_languages: 'unknown',
      in_person_help: 'unknown',
    });
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        const blurred = offers.map(blur);
        const r = run(a, blurred);
        const published = blurred.filter((o) => shown(o) && o.chatons !== 'not-member').length;
        expect(r.nearMisses).toEqual([]);
        expect(r.matches.length + r.toConfirm.length).toBe(published);
        // A match is left only when nothing the person needs reads a fact (unknown sign-ups being a caveat).
        for (const m of r.matches) expect(m.toCheck).toEqual([]);
        for (const i of r.toConfirm) expect(i.toCheck.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps not-member offers out of the CHATONS tiers', () => {
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        const r = run(a, offers);
        for (const i of chatonsTiers(r)) expect(i.offer.chatons).not.toBe('not-member');
        for (const i of [...r.outside.matches, ...r.outside.toConfirm]) expect(i.offer.chatons).toBe('not-member');
      }),
    );
  });

  it('shows the offers outside CHATONS exactly when no CHATONS offer is a full match', () => {
    everyRun((r, a, offers) => {
      const outside = offers.filter((o) => shown(o) && o.chatons === 'not-member');
      const fit = outside.filter((o) => ['matches', 'toConfirm'].includes(expectedTier(o, a))).length;
      expect(r.outside.matches.length + r.outside.toConfirm.length).toBe(r.matches.length ? 0 : fit);
    }, { reaches: ['matches', 'outsideMatches', 'outsideToConfirm'] });
  });

  it('never demotes an offer for an unknown sign-up status alone', () => {
    const open = (o: ProviderEntry): ProviderEntry => (o.load === 'unknown' ? { ...o, load: 'OPEN' } : o);
    everyRun((r, a, offers) => {
      const opened = run(a, offers.map(open));
      for (const k of ['matches', 'toConfirm', 'nearMisses'] as const) expect(r[k].map((i) => i.id)).toEqual(opened[k].map((i) => i.id));
      for (const i of everyItem(r)) expect(i.loadUnknown).toBe(i.offer.load === 'unknown');
    }, { reaches: ['matches', 'toConfirm', 'nearMisses'], runs: 300 });
  });

  it('keeps "to confirm" for a need that no offer has confirmed, and says it once', () => {
    const blurDomain = (o: ProviderEntry): ProviderEntry => ({ ...o, custom_domain: 'unknown' });
    everyRun((r, a, offers) => {
      if (a.domain !== true || !offers.some((o) => shown(o))) return;
      expect(r.unconfirmed).toContain('domain');
      expect(r.matches.length + r.outside.matches.length).toBe(0);
      for (const i of [...r.toConfirm, ...r.outside.toConfirm]) expect(i.toCheck).toContain('domain');
    }, { reaches: ['toConfirm'], runs: 300, change: blurDomain });
  });

  it('never shows drafts nor closed offers', () => {
    fc.assert(fc.property(prop, ([a, offers]) => everyItem(run(a, offers)).forEach((i) => expect(shown(i.offer)).toBe(true))));
  });

  it('never drops a match when a hard-constraint answer is left out', () => {
    const keys = ['who', 'accounts', 'budget', 'size', 'app', 'move', 'domain', 'support'] as const;
    fc.assert(
      fc.property(prop, fc.constantFrom(...keys), ([a, offers], key) => {
        const { [key]: _dropped, ...fewer } = a;
        const kept = new Set(run(fewer, offers).matches.map((m) => m.id));
        for (const m of run(a, offers).matches) expect(kept.has(m.id)).toBe(true);
      }),
    );
  });

  /** Offers of the same membership status, in tier order: preferences order them first. */
  const byMembership = (tiers: Item[][]) =>
    tiers.flatMap((tier) => [...Map.groupBy(tier, (i) => (i.offer.chatons === 'unverified' ? 1 : 0)).values()]);

  it('puts confirmed CHATONS members before unverified ones in every tier', () => {
    everyRun((r) => {
      for (const tier of [r.matches, r.toConfirm, r.nearMisses]) {
        const rank = tier.map((i) => (i.offer.chatons === 'unverified' ? 1 : 0));
        expect(rank).toEqual([...rank].sort((x, y) => x - y));
      }
    }, { reaches: ['matches', 'toConfirm', 'nearMisses'] });
  });

  it('with no preference, puts the offers that confirmed more of the needs first (needs no offer confirmed aside)', () => {
    fc.assert(
      fc.property(prop, ([{ prefs: _prefs, ...a }, offers]) => {
        const r = run(a, offers);
        for (const group of byMembership([r.matches, r.toConfirm, r.nearMisses])) {
          const n = group.map((i) => i.toCheck.filter((c) => !r.unconfirmed.includes(c)).length);
          expect(n).toEqual([...n].sort((x, y) => x - y));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts the offers with a wanted feature first in every tier; unknown counts as not having it', () => {
    const has = { aliases: (o: ProviderEntry) => o.aliases === 'yes', '2fa': (o: ProviderEntry) => o.two_factor === 'yes',
      coop: (o: ProviderEntry) => o.organisation_type === 'ASSOCIATION' || o.organisation_type === 'COOPERATIVE',
      extras: (o: ProviderEntry) => Array.isArray(o.extra_services) && o.extra_services.length > 0 };
    fc.assert(
      fc.property(prop, fc.constantFrom(...(Object.keys(has) as (keyof typeof has)[])), fc.constantFrom<1 | 2>(1, 2), ([a, offers], pref, w) => {
        const r = run({ ...a, prefs: { [pref]: w } }, offers);
        for (const group of byMembership([r.matches, r.toConfirm, r.nearMisses])) {
          const flags = group.map((i) => has[pref](i.offer));
          expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x)));
        }
      }),
    );
  });

  it('orders offers of known cost from the cheapest when price matters', () => {
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        const r = run({ ...a, prefs: { price: 2 } }, offers);
        for (const group of byMembership([r.matches, r.toConfirm, r.nearMisses])) {
          const costs = group.filter((i) => i.cost).map((i) => i.cost!.total);
          expect(costs).toEqual([...costs].sort((x, y) => x - y));
        }
      }),
    );
  });

  it('exposes no score: items hold only the documented fields', () => {
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        for (const i of everyItem(run(a, offers)))
          expect(Object.keys(i).every((k) => ['id', 'offer', 'reasons', 'caveats', 'toCheck', 'loadUnknown', 'failed', 'cost'].includes(k))).toBe(true);
      }),
    );
  });

  it('only uses messages that exist in both languages, with every variable they need', () => {
    const dicts: Record<string, string>[] = [fr, en];
    fc.assert(
      fc.property(prop, ([a, offers]) => {
        for (const i of everyItem(run(a, offers)))
          for (const m of [...i.reasons, ...i.caveats])
            for (const d of dicts) {
              expect(d[m.key], m.key).toBeTypeOf('string');
              for (const [, name] of d[m.key]!.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(m.vars?.[name!], `${m.key} ${name}`).toBeDefined();
            }
      }),
      { numRuns: 300 },
    );
  });
});
