/**
 * Which source backs which fact, and when the entry was last checked (staleness: staleness.ts).
 */
import type { FactField, ProviderEntry, Source } from '../../schemas/provider.ts';

/** The sources that back a field, most recently checked first. */
export function sourcesFor(p: ProviderEntry, field: FactField | string): Source[] {
  return p.sources.filter((s) => s.backs.includes(field)).sort((a, b) => b.checked.localeCompare(a.checked));
}

/** The most recent check date among all sources of the entry, for "last checked". */
export function lastChecked(p: ProviderEntry): string | undefined {
  return p.sources.map((s) => s.checked).sort().at(-1);
}
