/**
 * The validator's warnings: sources read more than 12 months ago (the one staleness rule of offers/staleness.ts).
 * They do not fail a check: the facts stay true until someone re-reads the source, but they are due for it.
 */
import type { ProviderEntry } from '../../schemas/provider.ts';
import { isStale } from '../offers/staleness.ts';

/** One line per stale source of `entry`, naming the file, the source, its date and the facts it backs. */
export function staleWarnings(file: string, entry: ProviderEntry, today: string): string[] {
  return entry.sources
    .filter((s) => isStale(s.checked, today))
    .map((s) =>
      s.kind === 'measured'
        ? `${file}: source "${s.id}" was measured ${s.checked}, more than 12 months ago; measure again (npm run check:mail -- --offers) for: ${s.backs.join(', ')}`
        : `${file}: source "${s.id}" was checked ${s.checked}, more than 12 months ago; re-read it for: ${s.backs.join(', ')}`,
    );
}
