import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { providerSchema, type ProviderEntry } from '../../src/schemas/provider.ts';
import { generateProviders } from '../../scripts/harness/fictional.ts';
import { arbProvider } from '../fixtures/arbitraries.ts';

function expectValid(p: ProviderEntry): void {
  const { id: _id, ...provider } = p;
  const parsed = providerSchema.safeParse(provider);
  expect(parsed.error?.issues ?? []).toEqual([]);
}

describe('fictional providers', () => {
  const offers = generateProviders(300);

  it('are valid against the provider schema', () => {
    for (const p of offers) expectValid(p);
  });

  it('are clearly fictional', () => {
    for (const p of offers) {
      expect(p.name).toMatch(/^Chaton fictif \d{3,}$/);
      expect(new URL(p.website).hostname).toMatch(/\.example$/);
      for (const s of p.sources) if (s.kind !== 'measured') expect(new URL(s.url).hostname).toMatch(/\.example$/);
    }
  });

  it('are the same for the same seed, and differ for another seed', () => {
    expect(generateProviders(50, 7)).toEqual(generateProviders(50, 7));
    expect(generateProviders(50, 7)).not.toEqual(generateProviders(50, 8));
  });

  it('cover every price model, FULL/OPEN/unknown load, every registration and membership, drafts and unknowns', () => {
    const seen = (f: (p: ProviderEntry) => string) => new Set(offers.map(f));
    expect(seen((p) => (p.price === 'unknown' ? 'unknown' : p.price.model))).toEqual(
      new Set(['free', 'membership', 'subscription', 'pay-what-you-can', 'pack', 'tiered', 'unknown']),
    );
    expect(seen((p) => p.load)).toEqual(new Set(['OPEN', 'FULL', 'unknown']));
    expect(seen((p) => p.registration)).toEqual(new Set(['None', 'Free', 'Member', 'Client', 'unknown']));
    expect(seen((p) => p.chatons)).toEqual(new Set(['member', 'unverified', 'not-member']));
    expect(seen((p) => String(p.draft === true))).toEqual(new Set(['true', 'false']));
    for (const field of ['imap', 'custom_domain', 'quota_gb', 'support_languages', 'caldav', 'carddav'] as const)
      expect(seen((p) => (p[field] === 'unknown' ? 'unknown' : 'known'))).toEqual(new Set(['unknown', 'known']));
  });

  it('from the arbitrary are valid too', () => {
    fc.assert(fc.property(arbProvider(), (p) => expectValid(p)), { numRuns: 200 });
  });
});
