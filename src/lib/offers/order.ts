/**
 * The neutral order used without JavaScript: by country code, then region, then name (unknowns last in each).
 * It favours no one and a visitor can predict it; the criteria page documents it.
 */
import type { ProviderEntry } from '../../schemas/provider.ts';

const key = (v: string) => (v === 'unknown' ? '\uffff' : v);
const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function neutralOrder(a: ProviderEntry, b: ProviderEntry): number {
  return (
    collator.compare(key(a.country), key(b.country)) ||
    collator.compare(key(a.region), key(b.region)) ||
    collator.compare(a.name, b.name) ||
    a.id.localeCompare(b.id)
  );
}

/** CHATONS offers (member or unverified) and the others, each list in the order given. */
export function splitChatons(offers: ProviderEntry[]): { chatons: ProviderEntry[]; outside: ProviderEntry[] } {
  return {
    chatons: offers.filter((o) => o.chatons !== 'not-member'),
    outside: offers.filter((o) => o.chatons === 'not-member'),
  };
}

/** Offers the directory lists: all but the closed ones (which keep their page). */
export function isListed(o: ProviderEntry): boolean {
  return o.status !== 'closed';
}
