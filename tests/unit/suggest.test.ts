/** "Did you mean": close enough to be a typo, never a guess for unlike words. */
import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/lib/shared/suggest.ts';
import { knownKeysAt } from '../../src/lib/content/known-keys.ts';

describe('suggestions', () => {
  it('counts a swap of neighbours as one edit, case aside', () => {
    expect(distance('yse', 'yes')).toBe(1);
    expect(distance('Quota_GB', 'quota_gb')).toBe(0);
    expect(distance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only near words', () => {
    expect(closest('membre', ['member', 'unverified', 'not-member'])).toBe('member');
    expect(closest('colour', ['name', 'website', 'city'])).toBeUndefined();
    expect(closest('XX', ['AX', 'FR'])).toBeUndefined();
  });

  it('knows the fields at every depth of the schema', () => {
    expect(knownKeysAt([])).toContain('quota_gb');
    expect(knownKeysAt(['audiences'])).toEqual(['individuals', 'families', 'associations', 'professionals']);
    expect(knownKeysAt(['price'])).toEqual(expect.arrayContaining(['model', 'amount', 'suggested', 'tiers', 'per']));
    expect(knownKeysAt(['sources', 0])).toEqual(expect.arrayContaining(['url', 'checked', 'backs']));
    expect(knownKeysAt(['nowhere'])).toEqual([]);
  });
});
